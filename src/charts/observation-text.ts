import type { Dataset, Indicator, Lang, Observation } from '../data/schema';
import { categoryName, dimensionValueName, indicatorById } from '../data/select';
import { sourceLine, sourceOf } from '../data/describe';
import { messages } from '../i18n/messages';
import { formatValue } from './format';
import { periodText } from './period-text';
import { tooltipHtml } from './tooltip';

/** A value as the article states it: "90%以上" / "at least 90%", "20多家" / "more than 20". */
export const formatObservationValue = (
  observation: Observation,
  indicator: Indicator | undefined,
  lang: Lang,
): string => {
  if (typeof observation.value === 'string') {
    return indicator ? categoryName(indicator, observation.value, lang) : observation.value;
  }
  // No fixed decimals: "13%" stays 13%, not "13.00%"; a figure keeps the precision it was printed with.
  const text = formatValue(observation.value, indicator?.unit, lang);
  const t = messages[lang];
  switch (observation.qualifier) {
    case 'at-least':
      return lang === 'zh' ? `${text}${t.atLeast}` : `${t.atLeast} ${text}`;
    case 'more-than':
      return lang === 'zh'
        ? text.replace(/^([\d.,]+)/, `$1${t.moreThan}`)
        : `${t.moreThan} ${text}`;
    default:
      return text;
  }
};

/**
 * Tooltip HTML for one observation: value with unit, year, region, any dimensions, a derived
 * mark and the source line. Every string is escaped by tooltipHtml: data never becomes HTML.
 */
export const observationTooltip = (
  dataset: Dataset,
  observation: Observation,
  lang: Lang,
  regionName: (code: string) => string,
): string => {
  const t = messages[lang];
  const indicator = indicatorById(dataset, observation.indicator);
  const value = formatObservationValue(observation, indicator, lang);
  const rows = [
    {
      label: indicator?.name[lang] ?? observation.indicator,
      value: observation.derived ? `${value} (${t.derived})` : value,
    },
    { label: t.year, value: periodText(observation, lang) },
    { label: t.region, value: regionName(observation.region) },
    ...Object.entries(observation.dims ?? {}).map(([dim, v]) => ({
      label: dataset.dimensions?.find((d) => d.id === dim)?.name[lang] ?? dim,
      value: dimensionValueName(dataset, dim, v, lang),
    })),
  ];
  return tooltipHtml(rows, `${t.source}: ${sourceLine(sourceOf(dataset, observation), lang)}`);
};
