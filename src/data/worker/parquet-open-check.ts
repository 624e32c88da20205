import type { ParquetDescriptor } from '../parquet-schema';
import { parquetSource, sqlList } from './sql-engine';
import type { SqlEngine } from './sql-engine';
import { checkColumns, emptyQuotes, keyConditions, locateRows } from './parquet-validate';
import type { ParquetCheck, ParquetProblem } from './parquet-validate';

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
  const known = new Set(d.regions.filter((r) => regionCodes.has(r)));
  // Counts by region and year, and how many rows of each name an unknown indicator.
  const cells = await engine.query(
    `SELECT region, year, count(*) AS n,` +
      ` count(*) FILTER (WHERE indicator IS NULL OR indicator NOT IN ${sqlList(d.indicators.map((i) => i.id))}) AS unknown` +
      ` FROM ${parquetSource(files, { located: false })} GROUP BY region, year`,
  );
  const badCell = (c: Record<string, unknown>) =>
    Number(c.unknown) > 0 ||
    typeof c.region !== 'string' ||
    !known.has(c.region) ||
    typeof c.year !== 'number' ||
    c.year < 1900 ||
    c.year > 2100;
  // Only when a key is wrong is the file read again, to name the rows.
  const problems: ParquetProblem[] = cells.some(badCell)
    ? await locateRows(engine, files, d, regionCodes, optional, keyConditions(d, regionCodes))
    : [];
  problems.push(...(await emptyQuotes(engine, files)));
  const rows = cells.reduce((sum, c) => sum + Number(c.n), 0);
  if (problems.length === 0 && rows !== d.rows)
    problems.push({
      file: first,
      path: 'rows',
      message: `has ${rows} rows but the descriptor says ${d.rows}`,
    });
  if (problems.length > 0) return { ok: false, problems };

  const years = new Set<number>();
  const regionCounts: Record<string, number> = {};
  for (const c of cells) {
    years.add(Number(c.year));
    const region = String(c.region);
    regionCounts[region] = (regionCounts[region] ?? 0) + Number(c.n);
  }
  return {
    ok: true,
    optional,
    stats: { rows, years: [...years].sort((a, b) => a - b), regionCounts },
  };
};
