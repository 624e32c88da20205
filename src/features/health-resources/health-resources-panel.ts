import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  PER_THOUSAND,
  RESOURCE_TOTALS,
  buildHealthResourcesOption,
} from './build-health-resources-option';

const ROW_HEIGHT = 46;
const AXIS_SPACE = 56;
/** Chart title and one row of key figures. */
const CHROME = 130;

/** Totals as cards; beds, physicians and nurses per 1,000 people as bars. */
export const healthResourcesPanel: DatasetPanelSpec = {
  id: 'health-resources',
  source: 'dataset',
  datasetId: 'health-13th-fyp',
  title: { zh: '卫生资源', en: 'Health resources' },
  topic: 'health',
  layout: { height: AXIS_SPACE + PER_THOUSAND.length * ROW_HEIGHT + CHROME },
  indicators: [...RESOURCE_TOTALS, ...PER_THOUSAND],
  build: ({ dataset, observations }, context) => {
    const chart = buildHealthResourcesOption(dataset, observations, context);
    return {
      sections: [
        section('resources', {
          figures: keyFiguresFor(dataset, observations, RESOURCE_TOTALS, context.lang),
          charts: chart ? [{ ...chart, height: AXIS_SPACE + chart.rows * ROW_HEIGHT }] : [],
        }),
      ],
      notes: [],
    };
  },
};
