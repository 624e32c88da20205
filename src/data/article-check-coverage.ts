import { normalize } from './article-check';
import { NOT_STATUS_FACTS, STATUS_FACTS } from './article-check-status-facts';
import type { StatusFact } from './article-check-status-facts';
import type { Dataset } from './schema';

/**
 * What the coverage tests hold the data to: every number and every status word printed in the
 * articles is stored as an observation or excluded here with a reason. Pure data and one pure
 * function; the tests beside this file apply them to the bundled datasets.
 */

export type ArticleName = 'article-000' | 'article-003';

/** A passage that holds no fact to store, located by its words, and why. */
export interface Exclusion {
  article: ArticleName;
  context: string;
  /** When set, the exclusion runs from `context` to the end of `to` (a whole report). */
  to?: string;
  reason: string;
}

/**
 * Words that state a status (built, designated, joined, achieved…). "脱贫" alone names the
 * campaign (脱贫攻坚) and is not one; "全部脱贫" and "脱贫摘帽" are.
 */
export const STATUS_WORDS =
  /建成|挂牌|开诊|投入使用|加入|合作|签订|实现|通过|完成|设立|成立|正在|全部|验收|认证|覆盖|涵盖|全部脱贫|脱贫摘帽|退出|运转|申报|启动|成为|形成|组建|落户|应签尽签|应治尽治/g;

const DATELINE = 'dateline of a report, not a statistic';
const PLAN = 'a target of the 14th Five-Year plan (interview), not an observed figure';

/** Numbers printed in the articles that are not statistics. */
export const NOT_STATISTICS: Exclusion[] = [
  { article: 'article-000', context: '本报1月2日讯', reason: DATELINE },
  { article: 'article-000', context: '本报1月 2日讯', reason: DATELINE },
  { article: 'article-000', context: '2021年新年伊始', reason: 'date of a visit' },
  {
    article: 'article-000',
    context: '2019年底，莫旗巴彦鄂温克民族乡良田村被抽中',
    reason: 'date of an event',
  },
  { article: 'article-000', context: '2020年，总队配合旗委', reason: 'date of an event' },
  {
    article: 'article-000',
    context: '2020年，全区各级各有关部门',
    reason: 'date of a campaign, its figures are in the previous paragraph',
  },
  { article: 'article-000', context: '未来5年', reason: PLAN },
  { article: 'article-000', context: '今后5年', reason: PLAN },
  { article: 'article-000', context: '等7个方面为发展支撑', reason: PLAN },
  { article: 'article-000', context: '需做到4个坚持，实现3个转变', reason: PLAN },
  { article: 'article-000', context: '4个坚持，即坚持', reason: PLAN },
  { article: 'article-000', context: '3个方面的转变', reason: PLAN },
  { article: 'article-000', context: '重点推进7大工程项目', reason: PLAN },
  { article: 'article-000', context: '1至 2年内，依托三级综合医院，建设1至3所', reason: PLAN },
  {
    article: 'article-000',
    context: '至少建成一个P3实验室、盟市至少建成一个P2实验室',
    reason: PLAN,
  },
  { article: 'article-000', context: '和12个盟市平台互联互通', reason: PLAN },
  {
    article: 'article-000',
    context: '1月1日，《中华人民共和国民法典》',
    reason: 'photo caption: a date',
  },
  { article: 'article-000', context: 'K598次列车', reason: 'photo caption: a train number' },
  {
    article: 'article-003',
    context: '我市对120医疗急救能力',
    reason: 'the name of the emergency number',
  },
  {
    article: 'article-003',
    context: '升级后的120指挥调度平台',
    reason: 'the name of the emergency number',
  },
  {
    article: 'article-003',
    context: '与110、119、122、应急管理',
    reason: 'the names of other emergency numbers',
  },
];

/**
 * Marks the characters of a whitespace-free article that a passage covers: every occurrence
 * of `context`, or for a span, from `context` to the end of the first `to` after it.
 */
export const cover = (
  body: string,
  covered: boolean[],
  { context, to }: Pick<Exclusion, 'context' | 'to'>,
) => {
  const needle = normalize(context);
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
    const end = to === undefined ? at + needle.length : body.indexOf(normalize(to), at);
    if (end < 0) continue;
    covered.fill(true, at, to === undefined ? end : end + normalize(to).length);
  }
};

/** Where a pattern matches in an article and no passage covers it, with some context. */
export const uncovered = (body: string, covered: readonly boolean[], pattern: RegExp) =>
  [...body.matchAll(pattern)]
    .filter((m) => !covered[m.index])
    .map((m) => body.slice(Math.max(0, m.index - 10), m.index + m[0].length + 8));

const NUMBERS = /\d+(?:\.\d+)?/g;

const coverage = (body: string, passages: readonly Pick<Exclusion, 'context' | 'to'>[]) => {
  const covered = new Array<boolean>(body.length).fill(false);
  passages.forEach((p) => cover(body, covered, p));
  return covered;
};

/** Exclusion contexts of an article that do not occur in it (a stale list). */
export const missingContexts = (name: ArticleName, text: string) => {
  const body = normalize(text);
  return [...NOT_STATISTICS, ...NOT_STATUS_FACTS, ...STATUS_FACTS]
    .filter((e) => e.article === name)
    .flatMap((e) => [e.context, ...('to' in e && e.to ? [e.to] : [])])
    .filter((context) => !body.includes(normalize(context)));
};

/** Numbers of an article in no quote, no headline and no reasoned exclusion. */
export const uncoveredNumbers = (name: ArticleName, text: string, datasets: readonly Dataset[]) => {
  const body = normalize(text);
  const passages = [
    ...datasets.flatMap((d) => d.observations.map((o) => ({ context: o.quote }))),
    // A headline repeats figures of its body; it is printed with every source.
    ...datasets.flatMap((d) => d.sources.map((s) => ({ context: s.headline.zh }))),
    ...NOT_STATISTICS.filter((n) => n.article === name),
  ];
  return uncovered(body, coverage(body, passages), NUMBERS);
};

/** Status words of an article in no listed status fact and no reasoned exclusion. */
export const uncoveredStatusWords = (name: ArticleName, text: string) => {
  const body = normalize(text);
  const passages = [...STATUS_FACTS, ...NOT_STATUS_FACTS].filter((p) => p.article === name);
  return uncovered(body, coverage(body, passages), STATUS_WORDS);
};

/** Whether an observation stores the fact, in a quote (or its headline) holding the words. */
export const storesFact = (fact: StatusFact, datasets: readonly Dataset[]) => {
  const dataset = datasets.find((d) => d.id === fact.dataset);
  return (
    dataset?.observations.some((o) => {
      const headline = dataset.sources.find((s) => s.id === o.source)?.headline.zh ?? '';
      return (
        o.indicator === fact.indicator &&
        (fact.region === undefined || o.region === fact.region) &&
        (fact.value === undefined || o.value === fact.value) &&
        Object.entries(fact.dims ?? {}).every(([k, v]) => o.dims?.[k] === v) &&
        [o.quote, headline].some((t) => normalize(t).includes(normalize(fact.context)))
      );
    }) ?? false
  );
};

/** Every coverage problem of one article, as messages. */
export const coverageProblems = (
  name: ArticleName,
  text: string,
  datasets: readonly Dataset[],
): string[] => [
  ...missingContexts(name, text).map((c) => `listed context "${c}" does not occur`),
  ...uncoveredNumbers(name, text, datasets).map(
    (c) => `number in "${c}" is in no quote and not excluded`,
  ),
  ...uncoveredStatusWords(name, text).map(
    (c) => `status word in "${c}" is in no listed fact and not excluded`,
  ),
  ...STATUS_FACTS.filter((f) => f.article === name && !storesFact(f, datasets)).map(
    (f) => `status fact "${f.context}" is not stored as ${f.dataset}/${f.indicator}`,
  ),
];
