import type { ParquetDescriptor } from '../parquet-schema';
import type { Observation } from '../schema';
import { buildIndex } from './observation-index';
import type { ObservationIndex } from './observation-index';
import { toObservation } from './parquet-query';
import type { ParquetTable } from './parquet-query';
import { fileNamer } from './parquet-files';
import { rowPath, rowProblems } from './parquet-validate';
import type { ParquetProblem } from './parquet-validate';
import { parquetSource, sqlString } from './sql-engine';
import type { SqlEngine } from './sql-engine';

const OPTIONAL = ['qualifier', 'derived', 'formula', 'note_zh', 'note_en'] as const;
const MAX_PROBLEMS = 20;

/**
 * Every row of one indicator, with its file and position (for error messages). The files are
 * sorted by indicator, so DuckDB's row-group statistics skip the row groups of the others and
 * only this indicator's few are fetched.
 */
export const indicatorRowsSql = (table: ParquetTable, indicator: string): string =>
  `SELECT filename AS file, file_row_number AS row, indicator, region, year::INTEGER AS year,` +
  ` value::DOUBLE AS value, quote, source${OPTIONAL.filter((c) => table.optional.has(c))
    .map((c) => `, ${c}`)
    .join('')}` +
  ` FROM ${parquetSource(table.files)} WHERE indicator = ${sqlString(indicator)}`;

/**
 * The checks of the open (parquet-open-check.ts) left for the rows themselves, on one
 * indicator's rows: values, sources, the optional columns' rules, quotes, and keys repeated
 * (a key holds the indicator, so a duplicate is always among one indicator's rows). The first
 * problems in file order, by row and column.
 */
export const indicatorProblems = (
  rows: readonly Record<string, unknown>[],
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
  optional: ReadonlySet<string>,
  files: readonly string[],
): ParquetProblem[] => {
  const named = fileNamer(files);
  const ordered = [...rows].sort(
    (a, b) => named(a.file).localeCompare(named(b.file)) || Number(a.row ?? 0) - Number(b.row ?? 0),
  );
  const problems: ParquetProblem[] = [];
  const seen = new Map<string, Record<string, unknown>>();
  for (const row of ordered) {
    if (problems.length >= MAX_PROBLEMS) break;
    const file = named(row.file);
    problems.push(...rowProblems(row, d, regionCodes, optional, file));
    if (typeof row.quote !== 'string' || row.quote.trim() === '')
      problems.push({
        file,
        path: rowPath(Number(row.row), 'quote'),
        message: 'is empty: every figure needs the sentence that states it',
      });
    const key = `${String(row.region)}|${String(row.year)}`;
    const first = seen.get(key);
    if (!first) seen.set(key, row);
    else {
      const firstFile = named(first.file);
      problems.push({
        file,
        path: rowPath(Number(row.row), 'indicator, region, year'),
        message: `duplicates row ${Number(first.row) + 1}${firstFile === file ? '' : ` of ${firstFile}`} (${String(row.indicator)}, ${String(row.region)}, ${String(row.year)})`,
      });
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
};

export type IndicatorLoad =
  { ok: true; index: ObservationIndex; count: number } | { ok: false; problems: ParquetProblem[] };

/** One indicator's rows read, checked and indexed, so the explorer's filters never read again. */
export const loadIndicator = async (
  engine: SqlEngine,
  table: ParquetTable,
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
  indicator: string,
): Promise<IndicatorLoad> => {
  const rows = await engine.query(indicatorRowsSql(table, indicator));
  const problems = indicatorProblems(rows, d, regionCodes, table.optional, table.files);
  if (problems.length > 0) return { ok: false, problems };
  const observations: Observation[] = rows.map((row) => toObservation(indicator, row));
  return { ok: true, index: buildIndex(observations), count: observations.length };
};
