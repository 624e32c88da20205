import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  FIGURE_INDICATORS,
  TREND_INDICATORS,
  buildMorinDawaOptions,
} from './build-morin-dawa-options';

const HEIGHT = 220;

/** Poverty incidence and poor villages over the years; the rest of the account as cards. */
export const morinDawaPovertyPanel: DatasetPanelSpec = {
  id: 'morin-dawa-poverty',
  source: 'dataset',
  datasetId: 'morin-dawa-poverty',
  // No years in the title: the chips, subtitle and file name say which years are shown.
  title: { zh: '莫力达瓦旗脱贫攻坚', en: 'Morin Dawa Banner: out of poverty' },
  topic: 'poverty-livelihood',
  layout: { wide: true, height: HEIGHT + 200 },
  indicators: [...TREND_INDICATORS, ...FIGURE_INDICATORS],
  build: ({ dataset, observations }, context) => ({
    sections: [
      section('trends', {
        charts: buildMorinDawaOptions(dataset, observations, context).map((c) => ({
          ...c,
          height: HEIGHT,
        })),
        columns: 2,
      }),
      section('figures', {
        figures: keyFiguresFor(dataset, observations, FIGURE_INDICATORS, context.lang),
      }),
    ],
    notes: [],
  }),
};
