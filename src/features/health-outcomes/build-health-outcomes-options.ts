import type { EChartsCoreOption } from 'echarts/core';
import { buildTrendOption } from '../../charts/trend-option';
import { changeText, verdictText } from '../../charts/change-text';
import type { Dataset, Lang } from '../../data/schema';
import { changeBetween, indicatorById, selectObservations } from '../../data/select';

export const HEALTH_REGION = '150000';

/** Three charts, one unit each: never two units on one axis. */
export const OUTCOME_GROUPS = [
  { id: 'life-expectancy', indicators: ['life-expectancy'], zeroBased: false },
  { id: 'child-mortality', indicators: ['infant-mortality', 'under5-mortality'], zeroBased: true },
  { id: 'maternal-mortality', indicators: ['maternal-mortality'], zeroBased: true },
] as const;

export interface OutcomeChart {
  id: string;
  title: string;
  option: EChartsCoreOption;
  /** "婴儿死亡率 −1.89‰ (−35.4%) 改善 · …" for the first and last year shown. */
  caption: string;
}

interface Options {
  lang: Lang;
  regionName: (code: string) => string;
}

const changeCaption = (dataset: Dataset, indicatorId: string, lang: Lang): string => {
  const indicator = indicatorById(dataset, indicatorId);
  const points = selectObservations(dataset, {
    indicators: [indicatorId],
    regions: new Set([HEALTH_REGION]),
  })
    .filter((o) => typeof o.value === 'number')
    .sort((a, b) => a.year - b.year);
  const first = points[0];
  const last = points.at(-1);
  if (!indicator || !first || !last || first === last) return '';
  const change = changeBetween(first.value as number, last.value as number, indicator.better);
  const verdict = verdictText(change, lang);
  return `${indicator.name[lang]} ${first.year}→${last.year}: ${changeText(change, indicator, lang)}${verdict ? ` ${verdict}` : ''}`;
};

export const buildHealthOutcomesOptions = (
  dataset: Dataset,
  { lang, regionName }: Options,
): OutcomeChart[] =>
  OUTCOME_GROUPS.map((group) => ({
    id: group.id,
    title: group.indicators
      .map((id) => indicatorById(dataset, id)?.name[lang] ?? id)
      .join(lang === 'zh' ? '、' : ', '),
    option: buildTrendOption(dataset, {
      indicators: group.indicators,
      region: HEALTH_REGION,
      lang,
      regionName,
      zeroBased: group.zeroBased,
    }),
    caption: group.indicators
      .map((id) => changeCaption(dataset, id, lang))
      .filter(Boolean)
      .join(' · '),
  }));
