import { seriesSentence } from '../../charts/chart-sentence';
import type { BuildContext, TitledChart } from '../../charts/titled-chart';
import { buildTrendOption } from '../../charts/trend-option';
import type { Dataset, Observation } from '../../data/schema';
import { indicatorById } from '../../data/select';

export const TREND_INDICATORS = ['poverty-incidence', 'poor-villages'] as const;
export const FIGURE_INDICATORS = [
  'exit-evaluation',
  'poor-households-status',
  'poor-households',
  'poor-population',
  'poor-villages-exited',
  'supervision-problems',
  'supervision-problem-types',
  'evaluation-problems',
  'cadres-promoted',
  'village-cadres-promoted',
] as const;

/** 2014 -> 2019: incidence (%) and poor villages (count), each on its own axis from zero. */
export const buildMorinDawaOptions = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: BuildContext,
): TitledChart[] =>
  TREND_INDICATORS.filter((id) => observations.some((o) => o.indicator === id)).map((id) => ({
    id,
    title: indicatorById(dataset, id)?.name[lang] ?? id,
    sentence:
      seriesSentence(
        dataset,
        observations.filter((o) => o.indicator === id),
        { lang, regionName },
      ) ?? '',
    option: buildTrendOption(dataset, observations, {
      indicators: [id],
      lang,
      regionName,
      zeroBased: true,
    }),
  }));
