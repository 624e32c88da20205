import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { Localized } from '../../data/schema';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  POVERTY_FIGURES,
  REFORM_CHART_INDICATORS,
  REFORM_FIGURES,
  buildHealthReformOptions,
} from './build-health-reform-options';

const POVERTY_HEADING: Localized = { zh: '健康扶贫', en: 'Health poverty alleviation' };
const REFORM_HEADING: Localized = { zh: '医改与远程医疗', en: 'Reform and telemedicine' };
const ROW_HEIGHT = 52;
const AXIS_SPACE = 56;
/** Two headings, up to three rows of poverty cards and one of reform cards. */
const CHROME = 420;

/** Health poverty alleviation as cards; reform pilots and telemedicine as bars by unit. */
export const healthReformPanel: DatasetPanelSpec = {
  id: 'health-reform',
  source: 'dataset',
  datasetId: 'health-13th-fyp',
  title: { zh: '健康扶贫与医药卫生体制改革', en: 'Health poverty alleviation and reform' },
  topic: 'health',
  // Long (cards and two charts): it spans both columns rather than leave a gap beside it.
  layout: {
    wide: true,
    height: CHROME + 2 * AXIS_SPACE + REFORM_CHART_INDICATORS.length * ROW_HEIGHT,
  },
  indicators: [...POVERTY_FIGURES, ...REFORM_FIGURES, ...REFORM_CHART_INDICATORS],
  build: ({ dataset, observations }, context) => {
    const { lang } = context;
    const poverty = keyFiguresFor(dataset, observations, POVERTY_FIGURES, lang);
    const reform = keyFiguresFor(dataset, observations, REFORM_FIGURES, lang);
    const charts = buildHealthReformOptions(dataset, observations, context).map((c) => ({
      ...c,
      height: AXIS_SPACE + c.rows * ROW_HEIGHT,
    }));
    return {
      sections: [
        ...(poverty.length > 0
          ? [section('poverty', { heading: POVERTY_HEADING[lang], figures: poverty })]
          : []),
        ...(reform.length > 0 || charts.length > 0
          ? [section('reform', { heading: REFORM_HEADING[lang], figures: reform, charts })]
          : []),
      ],
      notes: [],
    };
  },
};
