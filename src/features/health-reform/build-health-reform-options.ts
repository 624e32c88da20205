import type { BuildContext, TitledChart } from '../../charts/titled-chart';
import { buildIndicatorBars } from '../../charts/bar-option';
import { valuesSentence } from '../../charts/chart-sentence';
import type { Dataset, Localized, Observation } from '../../data/schema';
import { latestPerIndicator } from '../../data/select';

/** Health poverty alleviation: households, a share, patients, diseases, campaigns. Cards only. */
export const POVERTY_FIGURES = [
  'illness-poverty-households-lifted',
  'illness-poverty-share',
  'poor-patients-treated',
  'serious-diseases-treated',
  'chronic-patients-signed',
  'health-campaigns',
  'poor-basic-medical-security',
  'poor-chronic-contract-coverage',
] as const;

/** Reform figures that no chart shows: counts of leagues and of counties, and states. */
export const REFORM_FIGURES = [
  'city-medical-group-leagues',
  'county-community-counties',
  'specialty-alliance-fields',
  'hospital-milestone',
] as const;

/**
 * Charts within one unit family. Hospitals (家) and institutions (家/个) are all medical
 * institutions; grids are grids. Leagues, counties and people never share these axes.
 */
const FAMILIES: {
  id: string;
  indicators: readonly string[];
  axis: Localized;
  title: Localized;
}[] = [
  {
    id: 'institutions',
    indicators: [
      'hospital-pilots-national',
      'hospital-pilots-regional',
      'telemedicine-institutions',
      'cm-mongolian-remote-institutions',
    ],
    axis: { zh: '医疗机构（家/个）', en: 'hospitals / institutions' },
    title: {
      zh: '改革试点与远程医疗覆盖的医疗机构',
      en: 'Institutions in reform pilots or reached by telemedicine',
    },
  },
  {
    id: 'grids',
    indicators: ['city-medical-group-grids', 'county-community-grids'],
    axis: { zh: '网格（个）', en: 'grids' },
    title: { zh: '医联体网格', en: 'Medical-alliance grids' },
  },
];

export const REFORM_CHART_INDICATORS = FAMILIES.flatMap((f) => f.indicators);

export interface ReformChart extends TitledChart {
  rows: number;
}

/** Category names wrap at this width: about a third of a half-width panel. */
const CATEGORY_WIDTH = 180;

/** One horizontal bar chart per unit family, bars in the article's order, own-unit labels. */
export const buildHealthReformOptions = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: BuildContext,
): ReformChart[] =>
  FAMILIES.flatMap((family) => {
    const bars = latestPerIndicator(observations, family.indicators);
    if (bars.length === 0) return [];
    return [
      {
        id: family.id,
        title: family.title[lang],
        rows: bars.length,
        sentence: valuesSentence(dataset, bars, { lang, regionName }) ?? '',
        option: buildIndicatorBars(dataset, bars, {
          id: `reform:${family.id}`,
          name: family.title[lang],
          axisName: family.axis[lang],
          lang,
          regionName,
          categoryWidth: CATEGORY_WIDTH,
        }),
      },
    ];
  });
