import type { RegionIndex } from '../../data/regions';
import type { Dataset, Lang, Observation } from '../../data/schema';
import { categoryName, dimensionValueName, indicatorById } from '../../data/select';
import { sourceOf } from '../../data/describe';
import { formatObservationValue } from '../observation-text';
import { periodText } from '../period-text';
import type { Cell } from './csv';

/** The columns of CSV and JSON exports: one row per exported observation, nothing computed. */
export const RECORD_COLUMNS = [
  'indicator_id',
  'indicator',
  'unit',
  'region_code',
  'region',
  'year',
  'period',
  'dimensions',
  'value',
  'value_text',
  'qualifier',
  'derived',
  'note',
  'publication',
  'date',
  'headline',
  'quote',
] as const;

export type ExportRecord = Record<(typeof RECORD_COLUMNS)[number], Cell>;

export const exportRecords = (
  dataset: Dataset,
  observations: readonly Observation[],
  regions: RegionIndex,
  lang: Lang,
): ExportRecord[] =>
  observations.map((o) => {
    const indicator = indicatorById(dataset, o.indicator);
    const source = sourceOf(dataset, o);
    return {
      indicator_id: o.indicator,
      indicator: indicator?.name[lang] ?? o.indicator,
      unit: indicator?.unit[lang] ?? '',
      region_code: o.region,
      region: regions.name(o.region, lang),
      year: o.year,
      // "2016–2020, cumulative" for a total over several years; the year alone otherwise.
      period: periodText(o, lang),
      dimensions: Object.entries(o.dims ?? {})
        .map(
          ([dim, v]) =>
            `${dataset.dimensions?.find((d) => d.id === dim)?.name[lang] ?? dim}: ${dimensionValueName(dataset, dim, v, lang)}`,
        )
        .join('; '),
      // Numbers stay numbers (in the indicator's unit); categories are written by name.
      value:
        typeof o.value === 'number'
          ? o.value
          : indicator
            ? categoryName(indicator, o.value, lang)
            : o.value,
      value_text: formatObservationValue(o, indicator, lang),
      qualifier: o.qualifier ?? '',
      derived: o.derived === true,
      note: o.note?.[lang] ?? '',
      publication: source?.publication[lang] ?? '',
      date: source?.date ?? '',
      headline: source?.headline[lang] ?? '',
      quote: o.quote,
    };
  });
