import type { BuildContext, TitledChart } from '../../charts/titled-chart';
import { buildBarOption } from '../../charts/bar-option';
import { valuesSentence } from '../../charts/chart-sentence';
import type { Dataset, Observation } from '../../data/schema';
import { dimensionValueName, indicatorById } from '../../data/select';

export const BEFORE_AFTER_INDICATORS = ['emergency-call-lines', 'emergency-vehicles'] as const;
export const EMERGENCY_FIGURES = [
  'emergency-temporary-stations-added',
  'emergency-demand-met-rate',
  'emergency-answered-10s-rate',
  'dispatch-platform-function',
  'dispatch-information-sharing',
] as const;
const STAGES = ['before-upgrade', 'after-upgrade'] as const;

/** The 120 network before and after its upgrade: one small chart per indicator, one unit each. */
export const buildEmergencyOptions = (
  dataset: Dataset,
  selected: readonly Observation[],
  { lang, regionName }: BuildContext,
): TitledChart[] =>
  BEFORE_AFTER_INDICATORS.flatMap((id) => {
    const indicator = indicatorById(dataset, id);
    const observations = selected.filter((o) => o.indicator === id);
    if (!indicator || observations.length === 0) return [];
    const staged = STAGES.flatMap((stage) => observations.filter((o) => o.dims?.stage === stage));
    return [
      {
        id,
        title: indicator.name[lang],
        sentence: valuesSentence(dataset, staged, { lang, regionName }) ?? '',
        option: buildBarOption(dataset, {
          categories: STAGES.map((stage) => dimensionValueName(dataset, 'stage', stage, lang)),
          groups: [
            {
              id: `stage:${id}`,
              name: indicator.name[lang],
              observations: STAGES.map((stage) =>
                observations.find((o) => o.dims?.stage === stage),
              ),
            },
          ],
          axisName: indicator.unit[lang],
          lang,
          regionName,
          horizontal: false,
        }),
      },
    ];
  });
