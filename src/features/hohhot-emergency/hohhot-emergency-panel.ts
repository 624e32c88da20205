import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  BEFORE_AFTER_INDICATORS,
  EMERGENCY_FIGURES,
  buildEmergencyOptions,
} from './build-emergency-options';

const HEIGHT = 220;

/** Call lines and vehicles before and after the upgrade; the rates as cards. */
export const hohhotEmergencyPanel: DatasetPanelSpec = {
  id: 'hohhot-emergency',
  source: 'dataset',
  datasetId: 'hohhot-medical-groups',
  title: { zh: '呼和浩特120急救网络扩容', en: "Hohhot's 120 emergency network upgrade" },
  topic: 'health',
  layout: { height: HEIGHT + 120 },
  indicators: [...BEFORE_AFTER_INDICATORS, ...EMERGENCY_FIGURES],
  build: ({ dataset, observations }, context) => ({
    sections: [
      section('before-after', {
        charts: buildEmergencyOptions(dataset, observations, context).map((c) => ({
          ...c,
          height: HEIGHT,
        })),
        columns: 2,
      }),
      section('rates', {
        figures: keyFiguresFor(dataset, observations, EMERGENCY_FIGURES, context.lang),
      }),
    ],
    notes: [],
  }),
};
