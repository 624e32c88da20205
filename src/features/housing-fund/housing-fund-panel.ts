import { valuesSentence } from '../../charts/chart-sentence';
import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import { indicatorById } from '../../data/select';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  FIGURE_INDICATORS,
  SHARE_INDICATOR,
  buildHousingFundOption,
} from './build-housing-fund-option';

const HEIGHT = 120;

/** The centre's cross-province services as cards; its online share as a bar against 100%. */
export const housingFundPanel: DatasetPanelSpec = {
  id: 'housing-fund',
  source: 'dataset',
  datasetId: 'housing-fund-services',
  title: { zh: '住房公积金“跨省通办”', en: 'Housing fund: cross-province services' },
  topic: 'public-services',
  layout: { wide: true, height: HEIGHT + 140 },
  indicators: [SHARE_INDICATOR, ...FIGURE_INDICATORS],
  build: ({ dataset, observations }, context) => {
    const option = buildHousingFundOption(dataset, observations, context);
    const title = indicatorById(dataset, SHARE_INDICATOR)?.name[context.lang] ?? SHARE_INDICATOR;
    const shares = observations.filter((o) => o.indicator === SHARE_INDICATOR);
    const sentence = valuesSentence(dataset, shares, context) ?? '';
    return {
      sections: [
        section('services', {
          figures: keyFiguresFor(dataset, observations, FIGURE_INDICATORS, context.lang),
          charts: option ? [{ id: SHARE_INDICATOR, title, option, height: HEIGHT, sentence }] : [],
        }),
      ],
      notes: [],
    };
  },
};
