import type { EChartsCoreOption } from 'echarts/core';
import { buildTrendOption } from '../../charts/trend-option';
import type { Dataset, Lang } from '../../data/schema';
import { indicatorById } from '../../data/select';

export const MORIN_DAWA = '150722';
export const TREND_INDICATORS = ['poverty-incidence', 'poor-villages'] as const;
export const FIGURE_INDICATORS = [
  'poor-households',
  'poor-population',
  'poor-villages-exited',
  'supervision-problems',
  'evaluation-problems',
  'cadres-promoted',
] as const;

export interface MorinDawaChart {
  id: string;
  title: string;
  option: EChartsCoreOption;
}

/** 2014 -> 2019 in Morin Dawa: incidence (%) and poor villages (count), each on its own axis. */
export const buildMorinDawaOptions = (
  dataset: Dataset,
  { lang, regionName }: { lang: Lang; regionName: (code: string) => string },
): MorinDawaChart[] =>
  TREND_INDICATORS.map((id) => ({
    id,
    title: indicatorById(dataset, id)?.name[lang] ?? id,
    option: buildTrendOption(dataset, {
      indicators: [id],
      region: MORIN_DAWA,
      lang,
      regionName,
      zeroBased: true,
    }),
  }));
