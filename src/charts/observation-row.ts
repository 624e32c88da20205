import { sourceLine } from '../data/describe';
import type { Dataset, Lang, Observation, Source } from '../data/schema';
import { observationKey } from '../data/schema';
import { categoryName, dimensionValueName } from '../data/select';
import { formatObservationValue } from './observation-text';

/** What a row needs of its dataset: a summary (the explorer's) has no dimensions. */
export type DatasetMeta = Pick<Dataset, 'indicators' | 'sources'> &
  Partial<Pick<Dataset, 'dimensions'>>;

/**
 * One observation as people read it, in one language. The Table, Sources, tooltips, CSV,
 * JSON and the archive README all print from this, so they never disagree.
 */
export interface ObservationRow {
  /** Unique within a dataset: indicator, region, year and dimensions. */
  key: string;
  indicatorId: string;
  indicator: string;
  unit: string;
  regionCode: string;
  region: string;
  year: number;
  /** Each dimension by name: [["中心", "卒中中心"], ["医院", "…"]]. */
  dimensions: readonly (readonly [string, string])[];
  /** A number in the indicator's unit, or the category's name. */
  value: number | string;
  /** As the article states it: "90%以上", "20多家". */
  valueText: string;
  qualifier: string;
  derived: boolean;
  inferred: boolean;
  /** Why an inferred fact is read so. */
  basis: string;
  note: string;
  quote: string;
  /** A translation of the quote, never the source text itself; empty when none is stored. */
  quoteEn: string;
  source: Source | undefined;
  /** "《内蒙古日报》2021-01 · headline". */
  sourceText: string;
}

const sourceOf = (meta: DatasetMeta, o: Observation) => meta.sources.find((s) => s.id === o.source);

export const observationRow = (
  meta: DatasetMeta,
  o: Observation,
  regionName: (code: string) => string,
  lang: Lang,
): ObservationRow => {
  const indicator = meta.indicators.find((i) => i.id === o.indicator);
  const source = sourceOf(meta, o);
  return {
    key: observationKey(o),
    indicatorId: o.indicator,
    indicator: indicator?.name[lang] ?? o.indicator,
    unit: indicator?.unit[lang] ?? '',
    regionCode: o.region,
    region: regionName(o.region),
    year: o.year,
    dimensions: Object.entries(o.dims ?? {}).map(
      ([dim, v]) =>
        [
          meta.dimensions?.find((d) => d.id === dim)?.name[lang] ?? dim,
          dimensionValueName(meta, dim, v, lang),
        ] as const,
    ),
    value:
      typeof o.value === 'number'
        ? o.value
        : indicator
          ? categoryName(indicator, o.value, lang)
          : o.value,
    valueText: formatObservationValue(o, indicator, lang),
    qualifier: o.qualifier ?? '',
    derived: o.derived === true,
    inferred: o.inferred === true,
    basis: o.basis?.[lang] ?? '',
    note: o.note?.[lang] ?? '',
    quote: o.quote,
    quoteEn: o.quoteEn ?? '',
    source,
    sourceText: sourceLine(source, lang),
  };
};

export const observationRows = (
  meta: DatasetMeta,
  observations: readonly Observation[],
  regionName: (code: string) => string,
  lang: Lang,
): ObservationRow[] => observations.map((o) => observationRow(meta, o, regionName, lang));

/** "中心: 卒中中心 · 医院: …" */
export const dimensionsText = (row: ObservationRow, separator = ' · '): string =>
  row.dimensions.map(([name, value]) => `${name}: ${value}`).join(separator);
