import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { Localized } from '../../data/schema';
import type { DatasetPanelSpec } from '../../ui/panel-spec';

const MILESTONES = ['hospital-milestone'] as const;
const NATIONAL_CENTRES = ['national-centre-status'] as const;
const SPECIALTIES = ['flagship-specialty-review'] as const;

const HEADINGS: Record<string, Localized> = {
  milestones: { zh: '医院', en: 'Hospitals' },
  centres: {
    zh: '国家医学中心分中心与国家区域医疗中心',
    en: 'Sub-centres of national medical centres and national regional centres',
  },
  specialties: { zh: '旗县区“名专科”', en: 'Flagship specialties of the counties and districts' },
};

/**
 * What the 2023 article says of single hospitals and national centres: states, each card with
 * the facility it concerns, as the article words them (never a number it does not give).
 */
export const hohhotHospitalsPanel: DatasetPanelSpec = {
  id: 'hohhot-hospitals',
  source: 'dataset',
  datasetId: 'hohhot-medical-groups',
  title: {
    zh: '呼和浩特医院建设与国家级医学中心',
    en: "Hohhot's hospitals and national medical centres",
  },
  topic: 'health',
  // States of single hospitals and centres, not quantities: cards, with no chart to draw.
  layout: { height: 520, chartless: true },
  indicators: [...MILESTONES, ...NATIONAL_CENTRES, ...SPECIALTIES],
  build: ({ dataset, observations }, { lang }) => {
    const group = (id: string, indicators: readonly string[]) => {
      const figures = keyFiguresFor(dataset, observations, indicators, lang);
      return figures.length === 0 ? [] : [section(id, { heading: HEADINGS[id]?.[lang], figures })];
    };
    return {
      sections: [
        ...group('milestones', MILESTONES),
        ...group('centres', NATIONAL_CENTRES),
        ...group('specialties', SPECIALTIES),
      ],
      notes: [],
    };
  },
};
