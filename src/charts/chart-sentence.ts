import type { Dataset, Indicator, Lang, Observation } from '../data/schema';
import { categoryName, changeBetween, dimensionValueName, indicatorById } from '../data/select';
import { formatNumber } from './format';
import {
  allSame,
  capitalise,
  lowerFirst,
  moreText,
  provenanceMark,
  valueText,
  whenAfter,
  whenCore,
  whenLead,
} from './sentence-parts';

/**
 * One quotable sentence per chart, generated from the figures it draws: shown under the
 * chart, its accessible description, the archive README, the embed code. It states only what
 * the figures say (values as printed, with qualifiers; a period or a missing year as such; a
 * computed or inferred value marked) and the arithmetic between them.
 */
/** What a sentence reads of a dataset: its indicators' names and units, its dimensions' names. */
export type SentenceData = Pick<Dataset, 'indicators'> & Partial<Pick<Dataset, 'dimensions'>>;

export interface SentenceContext {
  lang: Lang;
  regionName: (code: string) => string;
}

const MAX_ITEMS = 6;
/** Status sentences name every subject up to this many (the five-centres matrix has seven). */
const MAX_SUBJECTS = 8;

const unitless = (indicator: Indicator): Indicator => ({
  ...indicator,
  unit: { zh: '', en: '' },
});

const TIGHT = /^[%‰‱]/;

const percentText = (percent: number) => `${Math.abs(percent).toFixed(1)}%`;

/** A figure a time axis can place: its own year, not a period, not undated. */
const onTimeAxis = (o: Observation): o is Observation & { value: number } =>
  typeof o.value === 'number' && !o.period && !o.undated;

/**
 * A change between the first and last figure of one series:
 * "2015—2019年，内蒙古婴儿死亡率由5.34‰降至3.45‰，下降35.4%。" /
 * "Infant mortality rate in Inner Mongolia fell from 5.34 to 3.45 per 1,000 live births
 * between 2015 and 2019 (−35.4%)." A percentage changes in points, never in percent.
 * Nothing (null) unless both ends have a year of their own in one region.
 */
export const trendSentence = (
  indicator: Indicator,
  series: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || first.year === last.year || first.region !== last.region) return null;
  if (!onTimeAxis(first) || !onTimeAxis(last)) return null;
  const { lang } = ctx;
  const change = changeBetween(first.value, last.value, indicator.better);
  const direction = change.absolute > 0 ? 'up' : change.absolute < 0 ? 'down' : 'flat';
  const points = indicator.kind === 'percent';
  const region = ctx.regionName(last.region);
  const to = valueText(last, indicator, lang);
  if (lang === 'zh') {
    const from = valueText(first, indicator, lang);
    const years = `${first.year}—${last.year}年，${region}${indicator.name.zh}`;
    if (direction === 'flat') return `${years}保持${to}。`;
    const verb = direction === 'up' ? '升至' : '降至';
    const noun = direction === 'up' ? '增长' : '下降';
    const amount = points
      ? `${formatNumber(Math.abs(change.absolute), 'zh', indicator.decimals)}个百分点`
      : change.percent === null
        ? ''
        : percentText(change.percent);
    return `${years}由${from}${verb}${to}${amount ? `，${noun}${amount}` : ''}。`;
  }
  const from = valueText(
    first,
    TIGHT.test(indicator.unit.en) ? indicator : unitless(indicator),
    lang,
  );
  const between = `between ${first.year} and ${last.year}`;
  const subject = `${indicator.name.en} in ${region}`;
  if (direction === 'flat') return `${subject} held at ${to} ${between}.`;
  const verb = direction === 'up' ? 'rose' : 'fell';
  const sign = direction === 'up' ? '+' : '−';
  const amount = points
    ? ` (${sign}${formatNumber(Math.abs(change.absolute), 'en', indicator.decimals)} pp)`
    : change.percent === null
      ? ''
      : ` (${sign}${percentText(change.percent)})`;
  return `${subject} ${verb} from ${from} to ${to} ${between}${amount}.`;
};

const labelOf = (dataset: SentenceData, o: Observation, lang: Lang, withIndicator: boolean) => {
  const dims = Object.entries(o.dims ?? {}).map(([d, v]) =>
    dimensionValueName(dataset, d, v, lang),
  );
  const name = indicatorById(dataset, o.indicator)?.name[lang] ?? o.indicator;
  return [...(withIndicator || dims.length === 0 ? [name] : []), ...dims].join(
    lang === 'zh' ? '' : ', ',
  );
};

/**
 * The figures a bar chart shows:
 * "2020年，内蒙古自治区收缴枪支834支、收缴子弹22.7万发。" /
 * "In 2020, Inner Mongolia — Firearms seized: 834 pieces; Bullets seized: 227,000 rounds."
 * Time and region are said once when all figures share them, otherwise after each figure
 * ("扩容前30路（年份未注明）、扩容后60路（2023年）").
 */
export const valuesSentence = (
  dataset: SentenceData,
  observations: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  const [first] = observations;
  if (!first) return null;
  const { lang } = ctx;
  const oneWhen = allSame(observations, (o) => whenCore(o, lang));
  const oneRegion = allSame(observations, (o) => o.region);
  const oneIndicator = allSame(observations, (o) => o.indicator);
  const shown = observations.slice(0, MAX_ITEMS);
  const items = shown.map((o) => {
    const value = valueText(o, indicatorById(dataset, o.indicator), lang);
    const where = oneRegion ? '' : ctx.regionName(o.region);
    const label = [where, labelOf(dataset, o, lang, !oneIndicator || !o.dims)]
      .filter(Boolean)
      .join(lang === 'zh' ? '' : ', ');
    const when = oneWhen ? '' : whenAfter(o, lang);
    return lang === 'zh' ? `${label}${value}${when}` : `${label}: ${value}${when}`;
  });
  const region = oneRegion ? ctx.regionName(first.region) : '';
  const rest = moreText(observations.length, shown.length, lang);
  const named = oneIndicator && first.dims !== undefined;
  const indicatorName = named ? (indicatorById(dataset, first.indicator)?.name[lang] ?? '') : '';
  const when = oneWhen ? whenLead(first, lang) : '';
  if (lang === 'zh')
    return `${when ? `${when}，` : ''}${region}${indicatorName}${named ? '：' : ''}${items.join('、')}${rest}。`;
  const opening = [when, [region, indicatorName].filter(Boolean).join(' — ')]
    .filter(Boolean)
    .join(', ');
  return `${opening ? `${opening} — ` : ''}${items.join('; ')}${rest}.`;
};

/**
 * A map or line chart of one indicator over regions: the highest and lowest of its latest
 * year. "2019年，签约率呼和浩特市最高（52.71%），包头市最低（40%）。"
 */
export const rankingSentence = (
  indicator: Indicator,
  observations: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  const dated = observations.filter(onTimeAxis);
  const year = Math.max(...dated.map((o) => o.year));
  const latest = dated.filter((o) => o.year === year);
  if (new Set(latest.map((o) => o.region)).size < 2) return null;
  const { lang } = ctx;
  const sorted = [...latest].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  const v = (o: Observation) => valueText(o, indicator, lang);
  const count = new Set(latest.map((o) => o.region)).size;
  if (lang === 'zh')
    return `${year}年，${count}个地区的${indicator.name.zh}中，${ctx.regionName(top.region)}最高（${v(top)}），${ctx.regionName(bottom.region)}最低（${v(bottom)}）。`;
  return `${indicator.name.en}, ${year}: highest in ${ctx.regionName(top.region)} (${v(top)}), lowest in ${ctx.regionName(bottom.region)} (${v(bottom)}) of ${count} regions.`;
};

/**
 * The numbers of a chart of one or more indicators over years: a change per indicator where
 * each has two dated ends in one region, else the figures themselves.
 */
export const seriesSentence = (
  dataset: SentenceData,
  observations: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  const ids = [...new Set(observations.map((o) => o.indicator))];
  const trends = ids.map((id) => {
    const indicator = indicatorById(dataset, id);
    const series = observations.filter((o) => o.indicator === id);
    return indicator && allSame(series, (o) => o.region)
      ? trendSentence(indicator, series, ctx)
      : null;
  });
  if (trends.length > 0 && trends.every((t) => t !== null))
    return trends.join(ctx.lang === 'zh' ? '' : ' ');
  return valuesSentence(dataset, observations, ctx);
};

interface StatusGroup {
  state: string;
  mark: string;
  things: string[];
}

/**
 * Categorical states, by subject (a region, or the facility a state is about) and state:
 * "2023年，武川县的危重症孕产妇救治中心、危重新生儿救治中心已建成。" /
 * "In 2023, Wuchuan County — Critical maternal care centre, Critical neonatal care centre: built."
 * An inferred state says so.
 */
export const statusSentence = (
  dataset: SentenceData,
  observations: readonly Observation[],
  ctx: SentenceContext,
  { subjectDimension }: { subjectDimension?: string } = {},
): string | null => {
  const { lang } = ctx;
  const subjects = new Map<string, { name: string; named: boolean; groups: StatusGroup[] }>();
  const shown = observations.filter((o) => typeof o.value === 'string');
  // One time is said once, up front; otherwise each state says its own.
  const oneWhen = allSame(shown, (o) => whenCore(o, lang));
  for (const o of shown) {
    const indicator = indicatorById(dataset, o.indicator);
    if (!indicator || typeof o.value !== 'string') continue;
    const { [subjectDimension ?? '']: about, ...rest } = o.dims ?? {};
    const name =
      about !== undefined && subjectDimension
        ? dimensionValueName(dataset, subjectDimension, about, lang)
        : ctx.regionName(o.region);
    const key = `${o.region}|${about ?? ''}|${o.indicator}`;
    const subject = subjects.get(key) ?? { name, named: o.dims === undefined, groups: [] };
    subjects.set(key, subject);
    const state = categoryName(indicator, o.value, lang);
    const mark = `${provenanceMark(o, lang)}${oneWhen ? '' : whenAfter(o, lang)}`;
    let group = subject.groups.find((g) => g.state === state && g.mark === mark);
    if (!group) subject.groups.push((group = { state, mark, things: [] }));
    const rested = { ...o, dims: Object.keys(rest).length > 0 ? rest : undefined };
    group.things.push(rested.dims ? labelOf(dataset, rested, lang, false) : indicator.name[lang]);
  }
  const [first] = shown;
  const all = [...subjects.values()];
  if (!first || all.length === 0) return null;
  const listed = all.slice(0, MAX_SUBJECTS);
  const rest = moreText(all.length, listed.length, lang);
  const when = oneWhen ? whenLead(first, lang) : '';
  if (lang === 'zh') {
    const clauses = listed.map(({ name, named, groups }) =>
      named
        ? `${name}${groups.map((g) => `${g.things.join('、')}：${g.state}${g.mark}`).join('，')}`
        : `${name}的${groups.map((g) => `${g.things.join('、')}${g.state}${g.mark}`).join('，')}`,
    );
    return `${when ? `${when}，` : ''}${clauses.join('；')}${rest}。`;
  }
  const clauses = listed.map(
    ({ name, groups }) =>
      `${name} — ${groups.map((g) => `${g.things.join(', ')}: ${lowerFirst(g.state)}${g.mark}`).join('; ')}`,
  );
  const text = clauses.join('. ');
  return `${when ? `${when}, ${text}` : capitalise(text)}${rest}.`;
};
