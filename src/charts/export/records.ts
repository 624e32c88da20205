import type { Lang } from '../../data/schema';
import type { ObservationRow } from '../observation-row';
import { dimensionsText } from '../observation-row';
import type { Cell } from './csv';

/** The columns of CSV and JSON exports: one row per exported observation, nothing computed. */
export const RECORD_COLUMNS = [
  'indicator_id',
  'indicator',
  'unit',
  'region_code',
  'region',
  'year',
  'dimensions',
  'value',
  'value_text',
  'qualifier',
  'derived',
  'inferred',
  'basis',
  'note',
  'publication',
  'date',
  'headline',
  'quote',
  'quote_en',
] as const;

export type ExportRecord = Record<(typeof RECORD_COLUMNS)[number], Cell>;

const exportRecord = (row: ObservationRow, lang: Lang): ExportRecord => ({
  indicator_id: row.indicatorId,
  indicator: row.indicator,
  unit: row.unit,
  region_code: row.regionCode,
  region: row.region,
  year: row.year,
  dimensions: dimensionsText(row, '; '),
  // Numbers stay numbers (in the indicator's unit); categories are written by name.
  value: row.value,
  value_text: row.valueText,
  qualifier: row.qualifier,
  derived: row.derived,
  inferred: row.inferred,
  basis: row.basis,
  note: row.note,
  publication: row.source?.publication[lang] ?? '',
  date: row.source?.date ?? '',
  headline: row.source?.headline[lang] ?? '',
  quote: row.quote,
  quote_en: row.quoteEn,
});

export const exportRecords = (rows: readonly ObservationRow[], lang: Lang): ExportRecord[] =>
  rows.map((row) => exportRecord(row, lang));
