import type { ParquetDescriptor } from '../parquet-schema';
import {
  footersClearKeys,
  footerYears,
  keyCuts,
  quoteProblems,
  readFooters,
} from './parquet-footer';
import { parquetSource, sqlInt, sqlString } from './sql-engine';
import type { SqlEngine } from './sql-engine';
import { checkColumns, locateRows, rowCountProblems } from './parquet-validate';
import type { ParquetProblem, ParquetStats } from './parquet-validate';

/** A value found in the file, as a literal for locating its rows. */
const sqlValue = (v: unknown): string => (typeof v === 'number' ? sqlInt(v) : sqlString(String(v)));

/** What the open proved from the footers alone. */
export interface ParquetOpening {
  optional: Set<string>;
  /** Rows over all files: exact (the footers' counts), and equal to the descriptor's. */
  rows: number;
  /** The smallest and largest year, from the footers' statistics; null where they are missing. */
  years: [number, number] | null;
  /** Indicators at which the scan of every row's keys is cut into pieces (keyCuts). */
  cuts: string[];
}

export type ParquetOpenCheck =
  { ok: true; opening: ParquetOpening } | { ok: false; problems: ParquetProblem[] };

/** Conditions that find the rows holding `values` in `column` (null included). */
const listed = (column: string, values: readonly unknown[]): string[] => {
  const given = values.filter((v) => v !== null && v !== undefined);
  return [
    ...(given.length < values.length ? [`${column} IS NULL`] : []),
    ...(given.length > 0 ? [`${column} IN (${given.map(sqlValue).join(', ')})`] : []),
  ];
};

const MISSING_KEY_OR_YEAR = [
  'indicator IS NULL',
  'region IS NULL',
  'year IS NULL OR year NOT BETWEEN 1900 AND 2100',
];

/**
 * What the data worker checks when a Parquet dataset is opened, before anything is drawn, from
 * the files' footers alone (no row is read while the file is sound): column names and types,
 * the row count against the descriptor's, empty quotes, missing keys and years out of range
 * (null counts and min/max statistics, exact for these columns). Where a footer shows a fault,
 * or lacks the statistics, the key columns are read to name the rows.
 */
export const checkParquetOpen = async (
  engine: SqlEngine,
  files: readonly string[],
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
): Promise<ParquetOpenCheck> => {
  const first = files[0] ?? '';
  const columns = await checkColumns(engine, parquetSource(files), first);
  if (columns.problems.length > 0) return { ok: false, problems: columns.problems };
  const { optional } = columns;
  const footers = await readFooters(engine, files);
  const problems: ParquetProblem[] = footersClearKeys(footers)
    ? []
    : await locateRows(engine, files, d, regionCodes, optional, MISSING_KEY_OR_YEAR);
  problems.push(...quoteProblems(footers));
  const rows = footers.reduce((sum, f) => sum + f.rows, 0);
  if (problems.length === 0) problems.push(...rowCountProblems(first, rows, d.rows));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    opening: { optional, rows, years: footerYears(footers), cuts: keyCuts(footers) },
  };
};

/** WHERE clauses that split the rows at `cuts` (ascending): every row in exactly one. */
export const pieces = (cuts: readonly string[]): string[] =>
  cuts.length === 0
    ? ['']
    : [
        ` WHERE indicator < ${sqlString(cuts[0] ?? '')} OR indicator IS NULL`,
        ...cuts.map((cut, i) => {
          const next = cuts[i + 1];
          return ` WHERE indicator >= ${sqlString(cut)}${next === undefined ? '' : ` AND indicator < ${sqlString(next)}`}`;
        }),
      ];

export type ParquetKeysCheck =
  { ok: true; stats: ParquetStats } | { ok: false; problems: ParquetProblem[] };

/**
 * The rest of the whole-file check, one scan of the three key columns (indicator, region,
 * year: sorted, so they compress to a small part of the file): unknown indicators and regions
 * (and, for files without statistics, bad years), which also gives the summary's distinct
 * years and rows per region. It reads every row group, so the data worker runs it after the
 * first indicator is answered (parquet-dataset.ts). Values, sources, the optional columns'
 * rules and duplicate keys are checked for one indicator's rows when that indicator is first
 * asked for (parquet-indicator.ts): reading them here would read most of the file.
 */
export const checkParquetKeys = async (
  engine: SqlEngine,
  files: readonly string[],
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
  opening: ParquetOpening,
): Promise<ParquetKeysCheck> => {
  const knownRegions = new Set(d.regions.filter((r) => regionCodes.has(r)));
  const knownIndicators = new Set(d.indicators.map((i) => i.id));
  // One scan, three small answers: rows per region, the distinct years, the distinct
  // indicators. (A NOT IN list of thousands of indicators, tested on every row, is far slower.)
  // Run piece by piece (the pieces cover every indicator, and a missing one, once), so that
  // a query asked meanwhile is answered between two pieces.
  const groups: Record<string, unknown>[] = [];
  for (const where of pieces(opening.cuts))
    groups.push(
      ...(await engine.query(
        `SELECT grouping(region) AS not_region, grouping(year) AS not_year, region, year,` +
          ` indicator, count(*) AS n FROM ${parquetSource(files, { located: false })}${where}` +
          ` GROUP BY GROUPING SETS ((region), (year), (indicator))`,
      )),
    );
  const byRegion = groups.filter((g) => Number(g.not_region) === 0);
  const byYear = groups.filter((g) => Number(g.not_region) !== 0 && Number(g.not_year) === 0);
  const byIndicator = groups.filter((g) => Number(g.not_region) !== 0 && Number(g.not_year) !== 0);
  const badRegions = byRegion
    .map((g) => g.region)
    .filter((r) => typeof r !== 'string' || !knownRegions.has(r));
  const badYears = byYear
    .map((g) => g.year)
    .filter((y) => typeof y !== 'number' || y < 1900 || y > 2100);
  const badIndicators = byIndicator
    .map((g) => g.indicator)
    .filter((i) => typeof i !== 'string' || !knownIndicators.has(i));
  // Only when a key is wrong is the file read again, to name the rows: those holding the
  // wrong values found above.
  const conditions = [
    ...listed('region', badRegions),
    ...listed('year', badYears),
    ...listed('indicator', badIndicators),
  ];
  if (conditions.length > 0)
    return {
      ok: false,
      problems: await locateRows(engine, files, d, regionCodes, opening.optional, conditions),
    };
  const regionCounts: Record<string, number> = {};
  for (const g of byRegion)
    regionCounts[String(g.region)] = (regionCounts[String(g.region)] ?? 0) + Number(g.n);
  const years = [...new Set(byYear.map((g) => Number(g.year)))].sort((a, b) => a - b);
  return { ok: true, stats: { rows: opening.rows, years, regionCounts } };
};
