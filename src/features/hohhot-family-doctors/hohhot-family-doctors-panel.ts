import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import { SIGNING_RATES, TEAMS, buildFamilyDoctorsOption } from './build-family-doctors-option';

const CHART_HEIGHT = 150;
/** Chart title and the "as of" line, plus one row of key figures. */
const CHROME = 150;

/** The number of teams as a card; the two contract rates as bars against 100%. */
export const hohhotFamilyDoctorsPanel: DatasetPanelSpec = {
  id: 'hohhot-family-doctors',
  source: 'dataset',
  datasetId: 'hohhot-medical-groups',
  title: { zh: '呼和浩特家庭医生签约服务', en: 'Family doctors in Hohhot' },
  topic: 'health',
  layout: { height: CHART_HEIGHT + CHROME },
  indicators: [TEAMS, ...SIGNING_RATES],
  build: ({ dataset, observations }, context) => {
    const chart = buildFamilyDoctorsOption(dataset, observations, context);
    return {
      sections: [
        section('family-doctors', {
          figures: keyFiguresFor(dataset, observations, [TEAMS], context.lang),
          charts: chart ? [{ ...chart, height: CHART_HEIGHT }] : [],
        }),
      ],
      notes: [],
    };
  },
};
