import { section } from '../../charts/panel-model';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import { OUTCOME_GROUPS, buildHealthOutcomesOptions } from './build-health-outcomes-options';

const HEIGHT = 220;

/** Life expectancy and three mortality rates, 2015 against 2019, one unit per chart. */
export const healthOutcomesPanel: DatasetPanelSpec = {
  id: 'health-outcomes',
  source: 'dataset',
  datasetId: 'health-13th-fyp',
  title: { zh: '健康水平 2015→2019', en: 'Health outcomes, 2015→2019' },
  topic: 'health',
  layout: { wide: true, height: HEIGHT + 40 },
  indicators: OUTCOME_GROUPS.flatMap((g) => g.indicators),
  build: ({ dataset, observations }, context) => ({
    sections: [
      section('outcomes', {
        charts: buildHealthOutcomesOptions(dataset, observations, context).map((c) => ({
          ...c,
          height: HEIGHT,
        })),
        columns: 3,
      }),
    ],
    notes: [],
  }),
};
