import { formatObservationValue } from './observation-text';
import type { Dataset, Lang, Observation } from '../data/schema';
import { dimensionValueName, indicatorById } from '../data/select';
import { messages } from '../i18n/messages';

export interface KeyFigure {
  id: string;
  label: string;
  value: string;
  /** Secondary line: the year, a qualifier, "derived". */
  detail?: string;
  /** The verbatim quote, shown on hover and to screen readers. */
  quote?: string;
}

/**
 * A key figure for one observation: label, value as the article states it, year, quote. A
 * figure split by a dimension (key specialties by hospital tier) names its value in the
 * label, or two cards would read the same.
 */
export const keyFigureOf = (dataset: Dataset, observation: Observation, lang: Lang): KeyFigure => {
  const indicator = indicatorById(dataset, observation.indicator);
  const derived = observation.derived ? ` · ${messages[lang].derived}` : '';
  const dims = Object.entries(observation.dims ?? {}).map(([dim, value]) =>
    dimensionValueName(dataset, dim, value, lang),
  );
  const suffix =
    dims.length === 0 ? '' : lang === 'zh' ? `（${dims.join('，')}）` : ` (${dims.join(', ')})`;
  return {
    id: `${observation.indicator}:${observation.region}:${observation.year}:${Object.values(observation.dims ?? {}).join(',')}`,
    label: `${indicator?.name[lang] ?? observation.indicator}${suffix}`,
    value: formatObservationValue(observation, indicator, lang),
    detail: `${observation.year}${derived}`,
    quote: observation.quote,
  };
};

/** Key figures for the given indicators, in that order, from the observations selected. */
export const keyFiguresFor = (
  dataset: Dataset,
  observations: readonly Observation[],
  indicators: readonly string[],
  lang: Lang,
): KeyFigure[] =>
  indicators.flatMap((id) =>
    observations.filter((o) => o.indicator === id).map((o) => keyFigureOf(dataset, o, lang)),
  );
