import type { SentenceContext } from '../../charts/chart-sentence';
import {
  allSame,
  capitalise,
  listText,
  lowerFirst,
  provenanceMark,
  whenAfter,
  whenCore,
  whenLead,
} from '../../charts/sentence-parts';
import type { Dataset, Observation } from '../../data/schema';
import { categoryName, indicatorById } from '../../data/select';
import { GROUP_INDICATOR } from './build-medical-groups-option';
import { tieName, tieOf } from './medical-group-ties';

/**
 * The map in one sentence: which divisions are tied to which group, and how, as the data say.
 * "2023年，新城区、赛罕区与内蒙古自治区人民医院集团：正式加入；…；土默特左旗…与县域医共体：正式加入（推断）。"
 * An inferred assignment is marked as such, never stated as the article's.
 */
export const medicalGroupsSentence = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: SentenceContext,
): string => {
  const indicator = indicatorById(dataset, GROUP_INDICATOR);
  const assigned = observations.filter(
    (o) => o.indicator === GROUP_INDICATOR && typeof o.value === 'string',
  );
  const [first] = assigned;
  if (!indicator || !first) return '';
  const oneWhen = allSame(assigned, (o) => whenCore(o, lang));
  const clauses = new Map<
    string,
    { group: string; tie: string; mark: string; regions: string[] }
  >();
  for (const o of assigned) {
    const tie = tieOf(o);
    const mark = `${provenanceMark(o, lang)}${oneWhen ? '' : whenAfter(o, lang)}`;
    const key = `${String(o.value)}|${tie ?? ''}|${mark}`;
    const clause = clauses.get(key) ?? {
      group: categoryName(indicator, String(o.value), lang),
      tie: tie ? tieName(dataset, tie, lang) : '',
      mark,
      regions: [],
    };
    clause.regions.push(regionName(o.region));
    clauses.set(key, clause);
  }
  const when = oneWhen ? whenLead(first, lang) : '';
  if (lang === 'zh') {
    const text = [...clauses.values()]
      .map(
        (c) =>
          `${c.regions.join('、')}${c.tie ? `与${c.group}：${c.tie}` : `：${c.group}`}${c.mark}`,
      )
      .join('；');
    return `${when ? `${when}，` : ''}${text}。`;
  }
  const text = [...clauses.values()]
    .map(
      (c) =>
        `${listText(c.regions, lang)} — ${c.group}${c.tie ? `: ${lowerFirst(c.tie)}` : ''}${c.mark}`,
    )
    .join('; ');
  return `${when ? `${when}, ${text}` : capitalise(text)}.`;
};
