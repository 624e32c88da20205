import type { Lang, Observation } from '../data/schema';

/**
 * When a figure applies: its year, or for a total over several years the period it covers
 * ("2016–2020 累计" / "2016–2020, cumulative"), so a five-year total never reads as one year.
 * Cards, tables, tooltips and exports all say it with these words.
 */
export const periodText = (
  observation: Pick<Observation, 'year' | 'period' | 'undated'>,
  lang: Lang,
) => {
  // Filed under the article's year for sorting, but the article gives none: never print it.
  if (observation.undated) return lang === 'zh' ? '年份未注明' : 'year not stated';
  const { period } = observation;
  if (!period) return String(observation.year);
  const span = `${period.from}–${period.to}`;
  return lang === 'zh' ? `${span} 累计` : `${span}, cumulative`;
};
