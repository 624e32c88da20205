import { fileNamer } from './parquet-files';
import type { ParquetProblem } from './parquet-validate';
import { sqlString } from './sql-engine';
import type { SqlEngine } from './sql-engine';

/** What one file's footer states exactly, without reading a row. */
export interface FooterFile {
  file: string;
  rows: number;
  /** Rows without a quote (null counts of the row groups' statistics). */
  quoteNulls: number;
  /** Rows without an indicator, region or year; null when a row group does not say. */
  keyNulls: number | null;
  /** The smallest and largest year; null when a row group has no year statistics. */
  yearMin: number | null;
  yearMax: number | null;
  /** Each row group's smallest indicator, in file order; null where not stated. */
  groupIndicators: (string | null)[];
}

const KEYS = new Set(['indicator', 'region', 'year']);

/** A bound from the statistics as a whole number, or null (absent or not a number). */
const bound = (text: unknown): number | null => {
  const n = typeof text === 'string' && text.trim() !== '' ? Number(text) : NaN;
  return Number.isSafeInteger(n) ? n : null;
};

/**
 * The footers' rows of parquet_metadata (one per row group and column) summed per file, in
 * the descriptor's order of files: a file without row groups has no rows.
 */
export const footersOf = (
  rows: readonly Record<string, unknown>[],
  files: readonly string[],
): FooterFile[] => {
  const named = fileNamer(files);
  const byFile = new Map<string, FooterFile>(
    files.map((file) => [
      file,
      {
        file,
        rows: 0,
        quoteNulls: 0,
        keyNulls: 0,
        yearMin: null,
        yearMax: null,
        groupIndicators: [],
      },
    ]),
  );
  const yearsKnown = new Map<string, boolean>();
  for (const r of rows) {
    const f = byFile.get(named(r.file));
    if (!f) continue;
    const nulls = r.nulls === null || r.nulls === undefined ? null : Number(r.nulls);
    if (r.col === 'indicator') {
      f.rows += Number(r.n);
      f.groupIndicators.push(typeof r.lo === 'string' ? r.lo : null);
    }
    if (r.col === 'quote') f.quoteNulls += nulls ?? 0;
    if (KEYS.has(String(r.col)))
      f.keyNulls = f.keyNulls === null || nulls === null ? null : f.keyNulls + nulls;
    if (r.col === 'year') {
      const lo = bound(r.lo);
      const hi = bound(r.hi);
      if (lo === null || hi === null) yearsKnown.set(f.file, false);
      else {
        if (!yearsKnown.has(f.file)) yearsKnown.set(f.file, true);
        f.yearMin = Math.min(f.yearMin ?? lo, lo);
        f.yearMax = Math.max(f.yearMax ?? hi, hi);
      }
    }
  }
  return [...byFile.values()].map((f) =>
    yearsKnown.get(f.file) === true ? f : { ...f, yearMin: null, yearMax: null },
  );
};

/**
 * Every file's footer in one plain read of parquet_metadata (the footers are read once, when
 * the columns are described; summing them here would put DuckDB's aggregation to work before
 * the first chart): row counts, null counts and the bounds of the years. Statistics are exact
 * for whole numbers and counts; where a writer left them out, the answer is "unknown" (null)
 * and the rows decide instead.
 */
export const readFooters = async (
  engine: SqlEngine,
  files: readonly string[],
): Promise<FooterFile[]> =>
  footersOf(
    await engine.query(
      `SELECT file_name AS file, path_in_schema AS col, row_group_num_rows AS n,` +
        ` stats_null_count AS nulls, stats_min_value AS lo, stats_max_value AS hi` +
        ` FROM parquet_metadata([${files.map(sqlString).join(', ')}])` +
        ` WHERE path_in_schema IN ('indicator', 'region', 'year', 'quote') ORDER BY file, row_group_id`,
    ),
    files,
  );

/** Rows without a quote, as the footers count them: every figure needs its sentence. */
export const quoteProblems = (footers: readonly FooterFile[]): ParquetProblem[] =>
  footers
    .filter((f) => f.quoteNulls > 0)
    .map((f) => ({
      file: f.file,
      path: 'column quote',
      message: `${f.quoteNulls} row(s) without a quote: every figure needs the sentence that states it`,
    }));

/** The years the contract accepts (rowProblems says the same of one row). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * Whether the footers prove every key present and every year in range. False when they show
 * a fault or cannot tell: then the rows are read to find (or rule out) the faulty ones.
 */
export const footersClearKeys = (footers: readonly FooterFile[]): boolean =>
  footers.every(
    (f) =>
      f.keyNulls === 0 &&
      f.yearMin !== null &&
      f.yearMax !== null &&
      f.yearMin >= FIRST_YEAR &&
      f.yearMax <= LAST_YEAR,
  );

/** The smallest and largest year of all files, when every footer states them. */
export const footerYears = (footers: readonly FooterFile[]): [number, number] | null => {
  const mins = footers.map((f) => f.yearMin);
  const maxes = footers.map((f) => f.yearMax);
  if (mins.some((y) => y === null) || maxes.some((y) => y === null) || footers.length === 0)
    return null;
  return [Math.min(...(mins as number[])), Math.max(...(maxes as number[]))];
};

const utf8 = new TextEncoder();
/** DuckDB's order of text (its bytes, UTF-8), which the cuts must follow to cover every value. */
const byBytes = (a: string, b: string): number => {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1)
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
};

/**
 * Indicators at which to cut the scan of every row's keys into pieces of about `groups` row
 * groups each: the files are sorted by indicator, so DuckDB's statistics skip the row groups
 * outside a piece, and a query asked meanwhile (the first chart's) waits for one piece only,
 * not the whole scan. None when a row group does not state its indicators.
 */
export const keyCuts = (footers: readonly FooterFile[], groups = 16): string[] => {
  const mins = footers.flatMap((f) => f.groupIndicators);
  if (mins.some((m) => m === null)) return [];
  const sorted = [...new Set(mins as string[])].sort(byBytes);
  return sorted.filter((_, i) => i > 0 && i % groups === 0);
};
