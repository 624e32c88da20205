import { DataLoadError } from '../data-error';
import type { Problem } from '../data-error';
import { dataUrl, fetchDataFile } from '../fetch-data-file';
import { checked } from './load';
import type { ObservationQuery } from '../data-protocol';
import { explorerIndicators } from '../dataset-summary';
import type { DatasetOpening, DatasetSummary } from '../dataset-summary';
import { queryIndex } from './observation-index';
import { loadIndicator } from './parquet-indicator';
import type { IndicatorLoad } from './parquet-indicator';
import { checkParquetKeys, checkParquetOpen } from './parquet-open-check';
import type { ParquetKeysCheck } from './parquet-open-check';
import { parquetDescriptorSchema } from '../parquet-schema';
import type { ParquetDescriptor } from '../parquet-schema';
import type { ParquetProblem } from './parquet-validate';
import type { ManifestEntry, Observation, RegionsFile } from '../schema';
import type { SqlEngine } from './sql-engine';
import { jsonPath } from './validate';
import type { Validation } from './validate';

/** An opened Parquet dataset: what the data service answers for it. */
export interface ParquetDataset {
  /** What the footers prove, answered at open (the data service's `opening`). */
  opened: DatasetOpening;
  /**
   * The whole summary, once the key columns of every row were read and checked (a fault
   * there rejects with the dataset's DataLoadError, and so does every query after it).
   * Started by the first call or right after the first query is answered.
   */
  summary(): Promise<DatasetSummary>;
  query(q: ObservationQuery): Promise<Observation[]>;
}

export interface ParquetEngine extends SqlEngine {
  register(name: string, url: string): Promise<void>;
}

export const validateDescriptor = (
  json: unknown,
  regionCodes: ReadonlySet<string>,
  expectedId?: string,
): Validation<ParquetDescriptor> => {
  const parsed = parquetDescriptorSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  const d = parsed.data;
  const problems: Problem[] = d.regions.flatMap((code, i) =>
    regionCodes.has(code)
      ? []
      : [{ path: `$.regions[${i}]`, message: `region code ${code} is not in regions.json` }],
  );
  if (expectedId !== undefined && d.id !== expectedId)
    problems.push({
      path: '$.id',
      message: `is "${d.id}" but the manifest expects "${expectedId}"`,
    });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: d };
};

/** All problems as one typed error, named after the file of the first; others say their file. */
export const parquetError = (problems: readonly ParquetProblem[]): DataLoadError => {
  const file = problems[0]?.file ?? 'parquet';
  return new DataLoadError(
    file,
    'schema',
    problems.map((p) => ({
      path: p.file === file ? p.path : `${p.file}: ${p.path}`,
      message: p.message,
    })),
  );
};

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** What DuckDB throws (a missing file, bytes that are not Parquet) as the app's typed error. */
export const engineError = (error: unknown, files: readonly string[]): DataLoadError => {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  const file = files.find((f) => text.includes(f)) ?? files[0] ?? 'parquet';
  if (isOffline())
    return new DataLoadError(file, 'network', [
      {
        path: '$',
        message:
          'needs the network: a Parquet dataset is read piece by piece from the server and is not kept for offline use',
      },
    ]);
  return /HTTP|fetch|XMLHttpRequest|NetworkError/i.test(text)
    ? new DataLoadError(file, 'http', [{ path: '$', message: `could not be read (${text})` }])
    : new DataLoadError(file, 'schema', [
        { path: '$', message: `is not a readable Parquet file (${text})` },
      ]);
};

/** DuckDB's own worker resolves nothing relative to the page: give it the whole URL. */
const absolute = (file: string) => {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  return base ? new URL(dataUrl(file), base).href : dataUrl(file);
};

/** How long a summary holds the key scan back for a first question (see openParquetDataset). */
const QUESTION_GRACE_MS = 2_000;

/** Indicators kept read and indexed per dataset: a few thousand rows each. */
const KEPT_INDICATORS = 24;

/**
 * A user-timing measure of one phase of opening (`imde:parquet:<phase>`), which the scale
 * benchmark reads from the worker to say where the time goes.
 */
const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`imde:parquet:${phase}`, { start, end: performance.now() });
  }
};

/**
 * Opens a Parquet dataset: its descriptor (zod, like every JSON file) while the engine starts,
 * then what the footers prove (parquet-open-check.ts); each indicator's rows are read, checked
 * and indexed when it is first asked for (parquet-indicator.ts), and every row's keys are
 * scanned for the summary, after the first answer if that comes first. A problem is a
 * DataLoadError naming the file, row and column: of the dataset at open or from the key scan
 * (then of every query after it), of one query for one indicator's rows.
 */
export const openParquetDataset = async (
  entry: ManifestEntry,
  regions: RegionsFile,
  engine: () => Promise<ParquetEngine>,
  fetchImpl?: typeof fetch,
): Promise<ParquetDataset> => {
  // Started before the descriptor is read: fetching and compiling the engine takes longest.
  const starting = timed('engine', engine);
  starting.catch(() => undefined);
  const codes = new Set(regions.regions.map((r) => r.code));
  const descriptor = checked(
    entry.file,
    validateDescriptor(
      await timed('descriptor', () => fetchDataFile(entry.file, fetchImpl)),
      codes,
      entry.id,
    ),
  );
  const { files } = descriptor;
  let db: ParquetEngine;
  try {
    db = await starting;
  } catch (error) {
    if (isOffline()) throw engineError(error, files);
    throw new DataLoadError(entry.file, 'network', [
      {
        path: '$',
        message: `the Parquet engine (DuckDB-WASM) could not start: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  const check = await timed('check', async () => {
    for (const file of files) await db.register(file, absolute(file));
    return checkParquetOpen(db, files, descriptor, codes);
  }).catch((error: unknown) => {
    throw engineError(error, files);
  });
  if (!check.ok) throw parquetError(check.problems);
  const { opening } = check;
  const table = { files, optional: opening.optional };

  // The page asks for every dataset's summary as it starts, and the explorer for its first
  // figures a moment later: read while the key scan runs, those took 1.5–2 s at 10M rows
  // instead of 0.3 s. So a summary waits for the first answer, or QUESTION_GRACE_MS.
  let answered = (): void => undefined;
  const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
  const graceOver = new Promise<void>((resolve) => setTimeout(resolve, QUESTION_GRACE_MS));

  // The scan of every row's keys, at most once; an engine failure (the network) is forgotten
  // so that Retry reads again, a fault found in the rows is kept.
  let keysRun: Promise<ParquetKeysCheck> | null = null;
  let keysFault: DataLoadError | null = null;
  const keys = (): Promise<ParquetKeysCheck> => {
    keysRun ??= timed('keys', () => checkParquetKeys(db, files, descriptor, codes, opening)).then(
      (result) => {
        if (!result.ok) keysFault = parquetError(result.problems);
        return result;
      },
      (error: unknown) => {
        keysRun = null;
        throw engineError(error, files);
      },
    );
    return keysRun;
  };

  // Most recently asked last; a failed read or check is forgotten, so Retry reads again.
  const indicators = new Map<string, Promise<IndicatorLoad>>();
  const indicator = (id: string): Promise<IndicatorLoad> => {
    const hit = indicators.get(id);
    if (hit) {
      indicators.delete(id);
      indicators.set(id, hit);
      return hit;
    }
    const load = timed('indicator', () => loadIndicator(db, table, descriptor, codes, id));
    indicators.set(id, load);
    load.then(
      (r) => r.ok || indicators.delete(id),
      () => indicators.delete(id),
    );
    for (const old of indicators.keys())
      if (indicators.size > KEPT_INDICATORS) indicators.delete(old);
    return load;
  };
  const { id, title, topic, sources, indicators: listed } = descriptor;
  const meta = { id, title, topic, sources, indicators: listed };
  // The explorer's first question is known: its first indicator, which is read now rather than
  // after the opening has gone to the page and the question come back (on a page still
  // rendering, that round trip took up to 0.4 s). A fault is reported when it is asked.
  const first = explorerIndicators(listed)[0];
  if (first) indicator(first.id).catch(() => undefined);
  return {
    opened: {
      ...meta,
      observationCount: opening.rows,
      years: opening.years,
      regions: descriptor.regions,
    },
    summary: async () => {
      await Promise.race([firstAnswer, graceOver]);
      const result = await keys();
      if (!result.ok) throw parquetError(result.problems);
      return {
        ...meta,
        observationCount: result.stats.rows,
        years: result.stats.years,
        regionCounts: result.stats.regionCounts,
      };
    },
    query: async (q) => {
      if (keysFault) throw keysFault;
      if (q.regions.length === 0 || q.from > q.to) return [];
      const loaded = await indicator(q.indicator).catch((error: unknown) => {
        throw engineError(error, files);
      });
      if (!loaded.ok) throw parquetError(loaded.problems);
      // Every figure drawn is checked with its indicator's rows; the whole-file scan follows
      // the first answer rather than delaying it (its outcome is the summary's).
      answered();
      keys().catch(() => undefined);
      return queryIndex(loaded.index, q);
    },
  };
};
