import type { Indicator, Lang, Observation } from '../data/schema';
import { categoryName } from '../data/select';
import { messages } from '../i18n/messages';
import { formatValue } from './format';

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
