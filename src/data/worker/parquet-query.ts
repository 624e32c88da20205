import type { Observation } from '../schema';

/** The files of an opened Parquet dataset, as the data worker queries them. */
export interface ParquetTable {
  files: readonly string[];
  /** The optional columns the files carry (parquet-validate.ts found them). */
  optional: ReadonlySet<string>;
}

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
