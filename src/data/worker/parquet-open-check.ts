import type { ParquetDescriptor } from '../parquet-schema';
import { parquetSource, sqlInt, sqlString } from './sql-engine';
import type { SqlEngine } from './sql-engine';
import { checkColumns, emptyQuotes, locateRows, rowCountProblems } from './parquet-validate';
import type { ParquetCheck, ParquetProblem } from './parquet-validate';

/** A value found in the file, as a literal for locating its rows. */
const sqlValue = (v: unknown): string => (typeof v === 'number' ? sqlInt(v) : sqlString(String(v)));

/**
 * What the data worker checks when a Parquet dataset is opened, before anything is drawn:
 * everything that the summary and the region and year filters depend on. Column names and
 * types (the footer), empty quotes (the footer's null counts), and one scan of the three key
 * columns (indicator, region, year: sorted, so they compress to a small part of the file)
 * for unknown indicators and regions, years out of range and the row count, which also gives
 * the summary's counts. Values, sources, the optional columns' rules and duplicate keys are
 * checked for one indicator's rows when that indicator is first asked for (parquet-indicator.ts):
 * reading them here would read most of the file.
 */
export const checkParquetOpen = async (
  engine: SqlEngine,
  files: readonly string[],
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
): Promise<ParquetCheck> => {
  const first = files[0] ?? '';
  const columns = await checkColumns(engine, parquetSource(files), first);
  if (columns.problems.length > 0) return { ok: false, problems: columns.problems };
  const { optional } = columns;
  const knownRegions = new Set(d.regions.filter((r) => regionCodes.has(r)));
  const knownIndicators = new Set(d.indicators.map((i) => i.id));
  // One scan, three small answers: rows per region, the distinct years, the distinct
  // indicators. (A NOT IN list of thousands of indicators, tested on every row, is far slower.)
  const groups = await engine.query(
    `SELECT grouping(region) AS not_region, grouping(year) AS not_year, region, year, indicator,` +
      ` count(*) AS n FROM ${parquetSource(files, { located: false })}` +
      ` GROUP BY GROUPING SETS ((region), (year), (indicator))`,
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
  const listed = (column: string, values: unknown[]) => {
    const given = values.filter((v) => v !== null && v !== undefined);
    return [
      ...(given.length < values.length ? [`${column} IS NULL`] : []),
      ...(given.length > 0 ? [`${column} IN (${given.map(sqlValue).join(', ')})`] : []),
    ];
  };
  const conditions = [
    ...listed('region', badRegions),
    ...listed('year', badYears),
    ...listed('indicator', badIndicators),
  ];
  const problems: ParquetProblem[] =
    conditions.length > 0
      ? await locateRows(engine, files, d, regionCodes, optional, conditions)
      : [];
  problems.push(...(await emptyQuotes(engine, files)));
  const rows = byRegion.reduce((sum, g) => sum + Number(g.n), 0);
  if (problems.length === 0) problems.push(...rowCountProblems(first, rows, d.rows));
  if (problems.length > 0) return { ok: false, problems };

  const regionCounts: Record<string, number> = {};
  for (const g of byRegion) regionCounts[String(g.region)] = Number(g.n);
  const years = byYear.map((g) => Number(g.year)).sort((a, b) => a - b);
  return { ok: true, optional, stats: { rows, years, regionCounts } };
};
