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
}

const KEYS = "('indicator', 'region', 'year')";
const yearBound = (column: 'stats_min_value' | 'stats_max_value') =>
  `TRY_CAST(${column} AS BIGINT)`;

/**
 * Every file's footer in one query of parquet_metadata (the footers are read once, when the
 * columns are described): row counts, null counts and the bounds of the years, per row group,
 * summed per file. Statistics are exact for whole numbers and counts; where a writer left
 * them out, the answer says "unknown" (null) and the scan of the keys decides instead.
 */
export const readFooters = async (
  engine: SqlEngine,
  files: readonly string[],
): Promise<FooterFile[]> => {
  const rows = await engine.query(
    `SELECT file_name AS file,` +
      ` sum(row_group_num_rows) FILTER (WHERE path_in_schema = 'indicator')::BIGINT AS rows,` +
      ` coalesce(sum(stats_null_count) FILTER (WHERE path_in_schema = 'quote'), 0)::BIGINT AS quote_nulls,` +
      ` sum(stats_null_count) FILTER (WHERE path_in_schema IN ${KEYS})::BIGINT AS key_nulls,` +
      ` count(*) FILTER (WHERE path_in_schema IN ${KEYS} AND stats_null_count IS NULL) AS keys_unknown,` +
      ` min(${yearBound('stats_min_value')}) FILTER (WHERE path_in_schema = 'year') AS year_min,` +
      ` max(${yearBound('stats_max_value')}) FILTER (WHERE path_in_schema = 'year') AS year_max,` +
      ` count(*) FILTER (WHERE path_in_schema = 'year' AND (${yearBound('stats_min_value')} IS NULL` +
      ` OR ${yearBound('stats_max_value')} IS NULL)) AS years_unknown` +
      ` FROM parquet_metadata([${files.map(sqlString).join(', ')}]) GROUP BY file_name ORDER BY file_name`,
  );
  const named = fileNamer(files);
  const known = (n: unknown, unknown: unknown) =>
    Number(unknown) === 0 && n !== null && n !== undefined ? Number(n) : null;
  return rows.map((r) => ({
    file: named(r.file),
    rows: Number(r.rows ?? 0),
    quoteNulls: Number(r.quote_nulls),
    keyNulls: known(r.key_nulls, r.keys_unknown),
    yearMin: known(r.year_min, r.years_unknown),
    yearMax: known(r.year_max, r.years_unknown),
  }));
};

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
