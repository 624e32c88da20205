import type { BuildContext, TitledChart } from '../../charts/titled-chart';
import { changeText, verdictText } from '../../charts/change-text';
import { seriesSentence } from '../../charts/chart-sentence';
import { buildTrendOption } from '../../charts/trend-option';
import type { Dataset, Lang, Observation } from '../../data/schema';
import { changeBetween, indicatorById } from '../../data/select';

/** Three charts, one unit each: never two units on one axis. */
export const OUTCOME_GROUPS = [
  { id: 'life-expectancy', indicators: ['life-expectancy'], zeroBased: false },
  { id: 'child-mortality', indicators: ['infant-mortality', 'under5-mortality'], zeroBased: true },
  { id: 'maternal-mortality', indicators: ['maternal-mortality'], zeroBased: true },
] as const;

export interface OutcomeChart extends TitledChart {
  /** "婴儿死亡率 2015→2019: −1.89‰ (−35.4%) 改善 · …" over the years shown. */
  caption: string;
}

/** The change over the years shown, for one indicator in one region. */
const changeCaption = (
  dataset: Dataset,
  observations: readonly Observation[],
  indicatorId: string,
  lang: Lang,
): string => {
  const indicator = indicatorById(dataset, indicatorId);
  const points = observations
    .filter((o) => o.indicator === indicatorId && typeof o.value === 'number')
    .sort((a, b) => a.year - b.year);
  const first = points[0];
  const last = points.at(-1);
  if (
    !indicator ||
    !first ||
    !last ||
    first === last ||
    new Set(points.map((o) => o.region)).size > 1
  ) {
    return '';
  }
  const change = changeBetween(first.value as number, last.value as number, indicator.better);
  const verdict = verdictText(change, lang);
  return `${indicator.name[lang]} ${first.year}→${last.year}: ${changeText(change, indicator, lang)}${verdict ? ` ${verdict}` : ''}`;
};

export const buildHealthOutcomesOptions = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: BuildContext,
): OutcomeChart[] =>
  OUTCOME_GROUPS.filter((group) =>
    observations.some((o) => (group.indicators as readonly string[]).includes(o.indicator)),
  ).map((group) => ({
    id: group.id,
    title: group.indicators
      .map((id) => indicatorById(dataset, id)?.name[lang] ?? id)
      .join(lang === 'zh' ? '、' : ', '),
    option: buildTrendOption(dataset, observations, {
      indicators: group.indicators,
      lang,
      regionName,
      zeroBased: group.zeroBased,
    }),
    sentence:
      seriesSentence(
        dataset,
        observations.filter((o) => (group.indicators as readonly string[]).includes(o.indicator)),
        { lang, regionName },
      ) ?? '',
    caption: group.indicators
      .map((id) => changeCaption(dataset, observations, id, lang))
      .filter(Boolean)
      .join(' · '),
  }));
