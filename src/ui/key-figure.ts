import { formatObservationValue } from '../charts/observation-text';
import type { Dataset, Lang, Observation } from '../data/schema';
import { indicatorById } from '../data/select';
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

/** A key figure for one observation: label, value as the article states it, year, quote. */
export const keyFigureOf = (dataset: Dataset, observation: Observation, lang: Lang): KeyFigure => {
  const indicator = indicatorById(dataset, observation.indicator);
  const derived = observation.derived ? ` · ${messages[lang].derived}` : '';
  return {
    id: `${observation.indicator}:${observation.region}:${observation.year}:${Object.values(observation.dims ?? {}).join(',')}`,
    label: indicator?.name[lang] ?? observation.indicator,
    value: formatObservationValue(observation, indicator, lang),
    detail: `${observation.year}${derived}`,
    quote: observation.quote,
  };
};
