import type { Dataset, Indicator, Lang, Observation } from '../data/schema';
import { categoryName, changeBetween, dimensionValueName, indicatorById } from '../data/select';
import { formatNumber } from './format';
import { formatObservationValue } from './observation-text';

/**
 * One quotable sentence per chart, generated from the figures it draws: shown under the
 * chart, its accessible description, the alt text of embeds. It states only what the figures
 * say (values as printed, with qualifiers) and the arithmetic between them.
 */
export interface SentenceContext {
  lang: Lang;
  regionName: (code: string) => string;
}

const MAX_ITEMS = 6;

const unitless = (indicator: Indicator): Indicator => ({
  ...indicator,
  unit: { zh: '', en: '' },
});

const TIGHT = /^[%‰‱]/;

const percentText = (percent: number) => `${Math.abs(percent).toFixed(1)}%`;

/**
 * A change between the first and last figure of one series:
 * "2015—2019年，内蒙古婴儿死亡率由5.34‰降至3.45‰，下降35.4%。" /
 * "Infant mortality rate in Inner Mongolia fell from 5.34 to 3.45 per 1,000 live births
 * between 2015 and 2019 (−35.4%)." A percentage changes in points, never in percent.
 */
export const trendSentence = (
  indicator: Indicator,
  series: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || first === last) return null;
  if (typeof first.value !== 'number' || typeof last.value !== 'number') return null;
  const { lang } = ctx;
  const change = changeBetween(first.value, last.value, indicator.better);
  const direction = change.absolute > 0 ? 'up' : change.absolute < 0 ? 'down' : 'flat';
  const points = indicator.kind === 'percent';
  const region = ctx.regionName(last.region);
  const to = formatObservationValue(last, indicator, lang);
  if (lang === 'zh') {
    const from = formatObservationValue(first, indicator, lang);
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
  const from = formatObservationValue(
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

const labelOf = (dataset: Dataset, o: Observation, lang: Lang, withIndicator: boolean) => {
  const dims = Object.entries(o.dims ?? {}).map(([d, v]) =>
    dimensionValueName(dataset, d, v, lang),
  );
  const name = indicatorById(dataset, o.indicator)?.name[lang] ?? o.indicator;
  return [...(withIndicator || dims.length === 0 ? [name] : []), ...dims].join(
    lang === 'zh' ? '' : ', ',
  );
};

const same = <T>(values: readonly T[]) => values.every((v) => v === values[0]);

const more = (count: number, lang: Lang) =>
  count <= 0 ? '' : lang === 'zh' ? `等${count + MAX_ITEMS}项` : `, and ${count} more`;

/**
 * The figures a bar chart or key-figure row shows:
 * "2020年，内蒙古自治区收缴枪支834支、收缴子弹22.7万发。" /
 * "In 2020, Inner Mongolia — Firearms seized: 834 pieces; Bullets seized: 227,000 rounds."
 * Year and region are said once when all figures share them.
 */
export const valuesSentence = (
  dataset: Dataset,
  observations: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  if (observations.length === 0) return null;
  const { lang } = ctx;
  const oneYear = same(observations.map((o) => o.year));
  const oneRegion = same(observations.map((o) => o.region));
  const oneIndicator = same(observations.map((o) => o.indicator));
  const shown = observations.slice(0, MAX_ITEMS);
  const items = shown.map((o) => {
    const value = formatObservationValue(o, indicatorById(dataset, o.indicator), lang);
    const where = oneRegion ? '' : ctx.regionName(o.region);
    const label = [where, labelOf(dataset, o, lang, !oneIndicator || !o.dims)]
      .filter(Boolean)
      .join(lang === 'zh' ? '' : ', ');
    const when = oneYear ? '' : lang === 'zh' ? `（${o.year}年）` : ` (${o.year})`;
    return lang === 'zh' ? `${label}${value}${when}` : `${label}: ${value}${when}`;
  });
  const [first] = observations;
  if (!first) return null;
  const region = oneRegion ? ctx.regionName(first.region) : '';
  const rest = more(observations.length - shown.length, lang);
  const indicatorName = oneIndicator
    ? (indicatorById(dataset, first.indicator)?.name[lang] ?? '')
    : '';
  if (lang === 'zh') {
    const head = `${oneYear ? `${first.year}年，` : ''}${region}${oneIndicator && first.dims ? indicatorName : ''}`;
    return `${head}${head && oneIndicator && first.dims ? '：' : ''}${items.join('、')}${rest}。`;
  }
  const head = [oneYear ? `In ${first.year}` : '', region].filter(Boolean).join(', ');
  const lead = oneIndicator && first.dims ? `${indicatorName} — ` : '';
  return `${head ? `${head} — ` : ''}${lead}${items.join('; ')}${rest}.`;
};

/**
 * A map or ranking of one indicator over regions: the highest and lowest.
 * "2019年，呼和浩特市最高（52.71%），包头市最低（40%）。"
 */
export const rankingSentence = (
  indicator: Indicator,
  observations: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  const numeric = observations.filter(
    (o): o is Observation & { value: number } => typeof o.value === 'number',
  );
  if (numeric.length < 2) return null;
  const { lang } = ctx;
  const sorted = [...numeric].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  const years = [...new Set(numeric.map((o) => o.year))].sort();
  const when =
    years.length === 1
      ? String(years[0])
      : `${years[0]}${lang === 'zh' ? '—' : '–'}${years.at(-1)}`;
  const v = (o: Observation) => formatObservationValue(o, indicator, lang);
  if (lang === 'zh')
    return `${when}年，${indicator.name.zh}${ctx.regionName(top.region)}最高（${v(top)}），${ctx.regionName(bottom.region)}最低（${v(bottom)}）。`;
  return `${indicator.name.en}, ${when}: highest in ${ctx.regionName(top.region)} (${v(top)}), lowest in ${ctx.regionName(bottom.region)} (${v(bottom)}).`;
};

/**
 * Categorical states, grouped by region and state:
 * "武川县的危重症孕产妇救治中心、危重新生儿救治中心已建成。" /
 * "Wuchuan County — Critical maternal care centre, Critical neonatal care centre: built."
 */
export const statusSentence = (
  dataset: Dataset,
  observations: readonly Observation[],
  ctx: SentenceContext,
): string | null => {
  const { lang } = ctx;
  const groups = new Map<
    string,
    { region: string; state: string; things: string[]; named: boolean }
  >();
  for (const o of observations) {
    const indicator = indicatorById(dataset, o.indicator);
    if (!indicator || typeof o.value !== 'string') continue;
    const key = `${o.region}|${o.indicator}|${o.value}`;
    const group = groups.get(key) ?? {
      region: ctx.regionName(o.region),
      state: categoryName(indicator, o.value, lang),
      things: [],
      named: o.dims === undefined,
    };
    group.things.push(labelOf(dataset, o, lang, false));
    groups.set(key, group);
  }
  if (groups.size === 0) return null;
  const all = [...groups.values()];
  const shown = all.slice(0, MAX_ITEMS);
  const rest = more(all.length - shown.length, lang);
  if (lang === 'zh')
    return `${shown
      .map((g) =>
        g.named
          ? `${g.region}${g.things.join('、')}：${g.state}`
          : `${g.region}的${g.things.join('、')}${g.state}`,
      )
      .join('；')}${rest}。`;
  return `${shown
    .map(
      (g) =>
        `${g.region} — ${g.things.join(', ')}: ${g.state.charAt(0).toLowerCase()}${g.state.slice(1)}`,
    )
    .join('; ')}${rest}.`;
};
