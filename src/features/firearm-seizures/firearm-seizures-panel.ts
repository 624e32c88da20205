import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  ENFORCEMENT_INDICATORS,
  SEIZURE_INDICATORS,
  buildFirearmSeizureOptions,
} from './build-firearm-seizures-options';

const ROW_HEIGHT = 34;
const CHROME = 56;

/** Enforcement results as cards; seized items as bars, one chart per unit family. */
export const firearmSeizuresPanel: DatasetPanelSpec = {
  id: 'firearm-seizures',
  source: 'dataset',
  datasetId: 'firearm-seizures-2020',
  title: { zh: '2020年枪爆物品收缴', en: 'Firearm and explosive seizures, 2020' },
  topic: 'public-security',
  layout: { wide: true, height: 640 },
  indicators: [...ENFORCEMENT_INDICATORS, ...SEIZURE_INDICATORS],
  build: ({ dataset, observations }, context) => ({
    sections: [
      section('seizures', {
        figures: keyFiguresFor(dataset, observations, ENFORCEMENT_INDICATORS, context.lang),
        charts: buildFirearmSeizureOptions(dataset, observations, context).map((c) => ({
          ...c,
          height: CHROME + c.rows * ROW_HEIGHT,
        })),
      }),
    ],
    notes: [],
  }),
};
