import type { EChartsCoreOption } from 'echarts/core';
import { buildTrendOption } from '../../charts/trend-option';
import type { Dataset, Lang, Observation } from '../../data/schema';
import { indicatorById } from '../../data/select';

export const TREND_INDICATORS = ['poverty-incidence', 'poor-villages'] as const;
export const FIGURE_INDICATORS = [
  'poor-households',
  'poor-population',
  'poor-villages-exited',
  'supervision-problems',
  'supervision-problem-types',
  'evaluation-problems',
  'cadres-promoted',
  'village-cadres-promoted',
] as const;

export interface MorinDawaChart {
  id: string;
  title: string;
  option: EChartsCoreOption;
}

/** 2014 -> 2019: incidence (%) and poor villages (count), each on its own axis from zero. */
export const buildMorinDawaOptions = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: { lang: Lang; regionName: (code: string) => string },
): MorinDawaChart[] =>
  TREND_INDICATORS.filter((id) => observations.some((o) => o.indicator === id)).map((id) => ({
    id,
    title: indicatorById(dataset, id)?.name[lang] ?? id,
    option: buildTrendOption(dataset, observations, {
      indicators: [id],
      lang,
      regionName,
      zeroBased: true,
    }),
  }));
