import { formatObservationValue } from '../charts/observation-text';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Lang, Observation } from '../data/schema';
import { dimensionValueName, indicatorById } from '../data/select';
import { sourceLine, sourceOf } from '../data/describe';
import { figureId } from '../data/figure-id';

/** One observation as displayed text: the Table and Sources views and (later) CSV share it. */
export interface ObservationRow {
  key: string;
  /** The figure's permalink id (figure-id.ts): `data-figure` on its row, for highlighting. */
  figure: string;
  indicator: string;
  unit: string;
  regionCode: string;
  region: string;
  year: number;
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
      figure: figureId(dataset.id, o),
      indicator: indicator?.name[lang] ?? o.indicator,
      unit: indicator?.unit[lang] ?? '',
      regionCode: o.region,
      region: regions.name(o.region, lang),
      year: o.year,
      details,
      value: formatObservationValue(o, indicator, lang),
      derived: o.derived === true,
      note: o.note?.[lang] ?? '',
      quote: o.quote,
      source: sourceLine(sourceOf(dataset, o), lang),
    };
  });
