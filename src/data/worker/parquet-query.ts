import type { ObservationQuery } from '../data-protocol';
import type { Observation } from '../schema';
import { parquetSource, sqlInt, sqlList, sqlString } from './sql-engine';
import type { SqlEngine } from './sql-engine';

/**
 * The explorer's questions in SQL. Files are sorted by indicator, region and year with small
 * row groups (scripts/parquet-write.ts), so DuckDB's min/max statistics skip every row group
 * of other indicators and only the matching ones' columns are fetched, by HTTP range request.
 */
export interface ParquetTable {
  files: readonly string[];
  /** The optional columns the files carry (parquet-validate.ts found them). */
  optional: ReadonlySet<string>;
}

const OPTIONAL = ['qualifier', 'derived', 'formula', 'note_zh', 'note_en'] as const;

const selectOptional = (optional: ReadonlySet<string>) =>
  OPTIONAL.filter((c) => optional.has(c))
    .map((c) => `, ${c}`)
    .join('');

export const observationsSql = (table: ParquetTable, q: ObservationQuery): string =>
  `SELECT region, year::INTEGER AS year, value::DOUBLE AS value, quote, source${selectOptional(table.optional)}` +
  ` FROM ${parquetSource(table.files, { located: false })}` +
  ` WHERE indicator = ${sqlString(q.indicator)} AND region IN ${sqlList(q.regions)}` +
  ` AND year BETWEEN ${sqlInt(q.from)} AND ${sqlInt(q.to)}`;

/** A row as the app's Observation: optional fields only when set, as in a JSON dataset. */
export const toObservation = (indicator: string, row: Record<string, unknown>): Observation => {
  const o: Observation = {
    indicator,
    region: String(row.region),
    year: Number(row.year),
    value: Number(row.value),
    quote: String(row.quote),
    source: String(row.source),
  };
  if (typeof row.qualifier === 'string') o.qualifier = row.qualifier as Observation['qualifier'];
  if (row.derived === true) o.derived = true;
  if (typeof row.formula === 'string') o.formula = row.formula;
  if (typeof row.note_zh === 'string' && typeof row.note_en === 'string')
    o.note = { zh: row.note_zh, en: row.note_en };
  return o;
};

/** The same order as the JSON index answers: the query's regions in turn, each by year. */
export const queryParquet = async (
  engine: SqlEngine,
  table: ParquetTable,
  q: ObservationQuery,
): Promise<Observation[]> => {
  if (q.regions.length === 0 || q.from > q.to) return [];
  const rows = await engine.query(observationsSql(table, q));
  const order = new Map(q.regions.map((r, i) => [r, i]));
  return rows
    .map((row) => toObservation(q.indicator, row))
    .sort((a, b) => (order.get(a.region) ?? 0) - (order.get(b.region) ?? 0) || a.year - b.year);
};
