import { DataLoadError } from '../data-error';
import type { Problem } from '../data-error';
import { dataUrl, fetchDataFile } from '../fetch-data-file';
import { checked } from './load';
import type { ObservationQuery } from '../data-protocol';
import type { DatasetSummary } from '../dataset-summary';
import { queryParquet } from './parquet-query';
import { parquetDescriptorSchema } from '../parquet-schema';
import type { ParquetDescriptor } from '../parquet-schema';
import { checkParquet } from './parquet-validate';
import type { ParquetProblem } from './parquet-validate';
import type { ManifestEntry, Observation, RegionsFile } from '../schema';
import type { SqlEngine } from './sql-engine';
import { jsonPath } from './validate';
import type { Validation } from './validate';

/** An opened Parquet dataset: what the data service answers for it. */
export interface ParquetDataset {
  summary: DatasetSummary;
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

/**
 * Opens a Parquet dataset: its descriptor (zod, like every JSON file), then its rows checked in
 * SQL; a problem anywhere is a DataLoadError naming the file, row and column.
 */
export const openParquetDataset = async (
  entry: ManifestEntry,
  regions: RegionsFile,
  engine: () => Promise<ParquetEngine>,
  fetchImpl?: typeof fetch,
): Promise<ParquetDataset> => {
  const codes = new Set(regions.regions.map((r) => r.code));
  const descriptor = checked(
    entry.file,
    validateDescriptor(await fetchDataFile(entry.file, fetchImpl), codes, entry.id),
  );
  const { files } = descriptor;
  let db: ParquetEngine;
  try {
    db = await engine();
  } catch (error) {
    if (isOffline()) throw engineError(error, files);
    throw new DataLoadError(entry.file, 'network', [
      {
        path: '$',
        message: `the Parquet engine (DuckDB-WASM) could not start: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  const check = await (async () => {
    for (const file of files) await db.register(file, absolute(file));
    return checkParquet(db, files, descriptor, codes);
  })().catch((error: unknown) => {
    throw engineError(error, files);
  });
  if (!check.ok) throw parquetError(check.problems);
  const table = { files, optional: check.optional };
  return {
    summary: {
      id: descriptor.id,
      title: descriptor.title,
      topic: descriptor.topic,
      sources: descriptor.sources,
      indicators: descriptor.indicators,
      observationCount: check.stats.rows,
      years: check.stats.years,
      regionCounts: check.stats.regionCounts,
    },
    query: (q) =>
      queryParquet(db, table, q).catch((error: unknown) => {
        throw engineError(error, files);
      }),
  };
};
