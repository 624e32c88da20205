import { formatObservationValue } from '../charts/observation-text';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Lang, Observation } from '../data/schema';
import { dimensionValueName, indicatorById } from '../data/select';
import { sourceLine, sourceOf } from '../data/describe';
import { periodText } from '../charts/period-text';

/** One observation as displayed text: the Table and Sources views and (later) CSV share it. */
export interface ObservationRow {
  key: string;
  indicator: string;
  unit: string;
  regionCode: string;
  region: string;
  year: number;
  /** The year, or the period a cumulative figure covers ("2016–2020 累计"). */
  when: string;
  /** "中心: 卒中中心 · 医院: …" */
  details: string;
  value: string;
  derived: boolean;
  note: string;
  quote: string;
  source: string;
}

export const observationRows = (
  dataset: Dataset,
  observations: readonly Observation[],
  regions: RegionIndex,
  lang: Lang,
): ObservationRow[] =>
  observations.map((o) => {
    const indicator = indicatorById(dataset, o.indicator);
    const details = Object.entries(o.dims ?? {})
      .map(
        ([dim, v]) =>
          `${dataset.dimensions?.find((d) => d.id === dim)?.name[lang] ?? dim}: ${dimensionValueName(dataset, dim, v, lang)}`,
      )
      .join(' · ');
    return {
      key: `${o.indicator}|${o.region}|${o.year}|${details}`,
      indicator: indicator?.name[lang] ?? o.indicator,
      unit: indicator?.unit[lang] ?? '',
      regionCode: o.region,
      region: regions.name(o.region, lang),
      year: o.year,
      when: periodText(o, lang),
      details,
      value: formatObservationValue(o, indicator, lang),
      derived: o.derived === true,
      note: o.note?.[lang] ?? '',
      quote: o.quote,
      source: sourceLine(sourceOf(dataset, o), lang),
    };
  });
