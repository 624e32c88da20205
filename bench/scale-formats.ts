/**
 * `npm run bench:scale -- [--sizes 1000000,10000000] [--formats json,parquet] [--loads 3]
 *   [--filter-changes 30] [--from dist]`
 *
 * The same synthetic dataset (generate-synthetic.ts) published both ways, JSON and Parquet
 * (generate-parquet.ts), each in a copy of the built app (run `npm run build` first) served by
 * a server that counts the bytes it sends (range-server.ts). Per size and format: `loads`
 * cold loads of `/?lang=en`, going to the explorer panel as soon as it is on the page (medians
 * of the app's `imde:load:synthetic` measure and of when it started, of the time to the
 * panel's first ready chart, and of the dataset bytes sent by then), then one
 * session of filter changes on that panel (p95). Writes bench/results/scale.json and prints a
 * table. Generated copies are deleted after each measurement. Times are never asserted.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { DIST } from './build.ts';
import { generateParquetSite } from './generate-parquet.ts';
import { generateSyntheticSite, SYNTHETIC_ID } from './generate-synthetic.ts';
import { startCountingServer } from './range-server.ts';
import { scaleLoad } from './scale.ts';
import { ROOT, errorText, log, median, percentile } from './util.ts';

const PORT = Number(process.env.BENCH_SCALE_PORT ?? 4193);
const OUT = path.join(ROOT, 'bench/results/scale.json');
/** Above this, the Parquet rows are made by DuckDB itself (generate-parquet.ts, sqlRows). */
const SQL_ABOVE = 2_000_000;

export interface FormatResult {
  observations: number;
  format: 'json' | 'parquet';
  /** Median bytes of the dataset's files sent from navigation to the first chart. */
  bytesFetched: number | null;
  /** Median count of requests for the dataset's files (range reads included) by then. */
  dataRequests: number | null;
  loadMs: number | null;
  /** Navigation to the explorer panel's first ready chart, the bench going to the panel at once. */
  firstChartMs: number | null;
  /**
   * Navigation to the first live chart of any panel on the same load, the small bundled JSON
   * panels included: how soon this page draws any live chart at all, the floor under
   * firstChartMs whatever the dataset's format.
   */
  pageFirstChartMs: number | null;
  /** Navigation to the app asking for the dataset: the page's own start, before any opening. */
  openedAtMs: number | null;
  filterP95Ms: number | null;
  /** Size of the dataset file (JSON) or of the Parquet file, for comparison. */
  datasetBytes: number;
  /** The engine's code and wasm sent (Parquet only): DuckDB-WASM, fetched once per visit. */
  engineBytes: number | null;
  /** Parquet: medians of the data worker's phases (imde:parquet:<phase>, ms). */
  phasesMs: Record<string, number>;
  notes: string[];
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

const sum = (entries: Iterable<[string, number]>, keep: (p: string) => boolean) => {
  let total = 0;
  for (const [p, n] of entries) if (keep(p)) total += n;
  return total;
};

async function measure(
  observations: number,
  format: FormatResult['format'],
  { loads, filterChanges, from }: { loads: number; filterChanges: number; from: string },
): Promise<FormatResult> {
  // A directory of its own: another run of the bench on the same machine must not delete it.
  const dir = mkdtempSync(path.join(tmpdir(), `imde-scale-${format}-${observations}-`));
  log(`scale ${format} ${observations}: generating`);
  const site =
    format === 'json'
      ? generateSyntheticSite(dir, observations, { from })
      : await generateParquetSite(dir, observations, { from, sql: observations > SQL_ABOVE });
  const server = await startCountingServer(dir, PORT);
  const browser = await launchBrowser();
  const notes = new Set<string>();
  const samples = {
    load: [] as (number | null)[],
    first: [] as (number | null)[],
    pageFirst: [] as (number | null)[],
    opened: [] as (number | null)[],
  };
  const bytes: number[] = [];
  const requests: number[] = [];
  const engine: number[] = [];
  const phases: Record<string, number[]> = {};
  let filterP95Ms: number | null = null;
  const isData = (p: string) => p.startsWith(`/data/datasets/${SYNTHETIC_ID}.`);
  const isEngine = (p: string) => /\/assets\/(duckdb-|parquet-wasm-)/u.test(p);
  try {
    for (let i = 0; i <= loads; i += 1) {
      const filterRun = i === loads;
      server.reset();
      const run = await scaleLoad(browser, server.url, filterRun ? filterChanges : 0).catch(
        (error: unknown) => {
          notes.add(errorText(error));
          return null;
        },
      );
      if (!run) break;
      run.notes.forEach((n) => notes.add(n));
      if (filterRun) {
        const filterMs = run.filter?.samples ?? [];
        filterP95Ms = filterMs.length > 0 ? percentile(filterMs, 95) : null;
        break;
      }
      samples.load.push(run.loadMs);
      samples.first.push(run.firstChartMs);
      samples.pageFirst.push(run.pageFirstChartMs);
      samples.opened.push(run.openedAtMs);
      bytes.push(sum(server.sent, isData));
      requests.push(sum(server.requests, isData));
      for (const [name, value] of Object.entries(run.phases)) (phases[name] ??= []).push(value);
      engine.push(sum(server.sent, isEngine));
      log(
        `scale ${format} ${observations}: load ${i + 1}/${loads}: ${Object.entries(run.phases)
          .map(([name, value]) => `${name} ${Math.round(value)} ms, `)
          .join(
            '',
          )} opened at ${run.openedAtMs?.toFixed(0) ?? '–'} ms, load ${run.loadMs?.toFixed(0) ?? '–'} ms, first chart ${run.firstChartMs?.toFixed(0) ?? '–'} ms (page's first ${run.pageFirstChartMs?.toFixed(0) ?? '–'} ms), ${(bytes.at(-1) ?? 0) / 1e6} MB of data in ${requests.at(-1) ?? 0} requests`,
      );
      if (run.firstChartMs === null) break; // no chart: further loads would say the same
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    observations,
    format,
    bytesFetched: median(bytes),
    dataRequests: median(requests),
    loadMs: median(samples.load),
    firstChartMs: median(samples.first),
    pageFirstChartMs: median(samples.pageFirst),
    openedAtMs: median(samples.opened),
    filterP95Ms,
    datasetBytes: site.datasetBytes,
    engineBytes: format === 'parquet' ? median(engine) : null,
    phasesMs: Object.fromEntries(
      Object.entries(phases).map(([name, values]) => [name, median(values) ?? 0]),
    ),
    notes: [...notes],
  };
}

const mb = (n: number | null) => (n === null ? '–' : `${(n / 1e6).toFixed(1)} MB`);
const ms = (n: number | null) => (n === null ? '–' : `${Math.round(n)} ms`);

export function table(results: readonly FormatResult[]): string {
  const rows = results.map((r) => [
    r.observations.toLocaleString('en'),
    r.format,
    mb(r.datasetBytes),
    mb(r.bytesFetched),
    ms(r.openedAtMs),
    ms(r.loadMs),
    ms(r.firstChartMs),
    ms(r.pageFirstChartMs),
    ms(r.filterP95Ms),
  ]);
  const head = [
    'observations',
    'format',
    'file',
    'bytes fetched',
    'opened at',
    'load',
    'first chart',
    "page's first chart",
    'filter p95',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const sizes = arg('sizes', '1000000,10000000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('usage: npm run bench:scale -- --sizes 1000000,10000000 [--loads 3]');
    process.exit(2);
  }
  const options = {
    loads: Number(arg('loads', '3')),
    filterChanges: Number(arg('filter-changes', '30')),
    from: path.resolve(arg('from', DIST)),
  };
  const formats = arg('formats', 'json,parquet').split(',') as FormatResult['format'][];
  // Measurements of other sizes or formats already in the file are kept (--formats reruns one).
  const previous = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as FormatResult[]) : [];
  const results: FormatResult[] = [];
  for (const n of sizes)
    for (const format of formats) {
      results.push(await measure(n, format, options));
      const kept = previous.filter(
        (p) => !results.some((r) => r.observations === p.observations && r.format === p.format),
      );
      const all = [...kept, ...results].sort(
        (a, b) => a.observations - b.observations || a.format.localeCompare(b.format),
      );
      mkdirSync(path.dirname(OUT), { recursive: true });
      writeFileSync(OUT, `${JSON.stringify(all, null, 2)}\n`);
    }
  console.log(`\n${table(results)}\n`);
  for (const r of results)
    for (const note of r.notes) console.log(`${r.format} ${r.observations}: ${note}`);
  log(`wrote ${path.relative(ROOT, OUT)}`);
}
