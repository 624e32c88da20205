import type { Indicator, Lang, Observation } from '../data/schema';
import { messages } from '../i18n/messages';
import { formatObservationValue } from './observation-text';

/**
 * The words a chart sentence is built from, each saying only what the data say: when a figure
 * applies (a year, a cumulative period, or no year stated), and whether a value was computed
 * or a fact read into the article rather than stated by it.
 */

/** "2020年" / "2016—2020年累计" / "年份未注明"; "2020" / "2016–2020, cumulative" / "year not stated". */
export const whenCore = (o: Pick<Observation, 'year' | 'period' | 'undated'>, lang: Lang) => {
  if (o.undated) return lang === 'zh' ? '年份未注明' : 'year not stated';
  if (o.period)
    return lang === 'zh'
      ? `${o.period.from}—${o.period.to}年累计`
      : `${o.period.from}–${o.period.to}, cumulative`;
  return lang === 'zh' ? `${o.year}年` : String(o.year);
};

/** Opens a sentence whose figures all share one time: "2020年" / "In 2020" (no punctuation). */
export const whenLead = (o: Pick<Observation, 'year' | 'period' | 'undated'>, lang: Lang) => {
  if (lang === 'zh') return whenCore(o, lang);
  if (o.undated) return 'Year not stated';
  return `In ${o.period ? `${o.period.from}–${o.period.to} (cumulative)` : o.year}`;
};

/** After one figure when the figures differ in time: "（2019年）" / " (2019)". */
export const whenAfter = (o: Pick<Observation, 'year' | 'period' | 'undated'>, lang: Lang) =>
  lang === 'zh' ? `（${whenCore(o, lang)}）` : ` (${whenCore(o, lang)})`;

/** "（推算值）" / " (derived)" for a computed value, "（推断）" / " (inferred)" for a reading. */
export const provenanceMark = (o: Pick<Observation, 'derived' | 'inferred'>, lang: Lang) => {
  const word = o.derived
    ? messages[lang].derived
    : o.inferred
      ? messages[lang].inferred
      : undefined;
  if (!word) return '';
  return lang === 'zh' ? `（${word}）` : ` (${word})`;
};

/** A value as printed, with its qualifier, unit and provenance. */
export const valueText = (o: Observation, indicator: Indicator | undefined, lang: Lang) =>
  `${formatObservationValue(o, indicator, lang)}${provenanceMark(o, lang)}`;

/** Whether every item gives the same key. */
export const allSame = <T>(items: readonly T[], key: (item: T) => string) =>
  items.every((item) => key(item) === key(items[0]!));

/** Items beyond what a sentence lists: "等8项" (all of them) / ", and 2 more". */
export const moreText = (total: number, shown: number, lang: Lang) =>
  total <= shown ? '' : lang === 'zh' ? `等${total}项` : `, and ${total - shown} more`;

/** "A、B" / "A, B"; "A and B" / "A, B and C" in English prose. */
export const listText = (items: readonly string[], lang: Lang) => {
  if (lang === 'zh') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
};

/** A sentence's first letter in upper case (English), for a clause that starts one. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A category or dimension name inside an English clause: "Built" -> "built". */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
