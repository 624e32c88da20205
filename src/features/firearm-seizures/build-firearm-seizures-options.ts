import type { EChartsCoreOption } from 'echarts/core';
import { buildBarOption } from '../../charts/bar-option';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { indicatorById, selectObservations } from '../../data/select';

/** Enforcement results are counts of different things (cases, people, dens): cards, not bars. */
export const ENFORCEMENT_INDICATORS = [
  'cases-solved',
  'suspects-arrested',
  'dens-destroyed',
  'gangs-broken-up',
  'supervised-cases-solved',
] as const;

/** Seized items share an axis only within a unit family: pieces and rounds, kilograms, metres. */
const FAMILIES: { id: string; units: readonly string[]; axis: Localized; title: Localized }[] = [
  {
    id: 'items',
    units: ['支', '枚', '把', '发'],
    axis: { zh: '件/发', en: 'pieces / rounds' },
    title: { zh: '按件（发）计', en: 'Counted in pieces or rounds' },
  },
  {
    id: 'mass',
    units: ['公斤'],
    axis: { zh: '公斤', en: 'kg' },
    title: { zh: '按重量计', en: 'Weighed in kilograms' },
  },
  {
    id: 'length',
    units: ['米'],
    axis: { zh: '米', en: 'metres' },
    title: { zh: '按长度计', en: 'Measured in metres' },
  },
];

export interface SeizureChart {
  id: string;
  title: string;
  option: EChartsCoreOption;
  /** Bars in this chart, for sizing: a horizontal bar chart grows with its rows. */
  rows: number;
}

interface Options {
  lang: Lang;
  regionName: (code: string) => string;
  regions?: ReadonlySet<string>;
  from?: number;
  to?: number;
}

export const seizureObservations = (
  dataset: Dataset,
  options: Omit<Options, 'lang' | 'regionName'>,
): Observation[] =>
  selectObservations(dataset, {
    ...(options.regions && { regions: options.regions }),
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
  }).filter(
    (o) =>
      !(ENFORCEMENT_INDICATORS as readonly string[]).includes(o.indicator) &&
      typeof o.value === 'number',
  );

export const buildFirearmSeizureOptions = (dataset: Dataset, options: Options): SeizureChart[] => {
  const { lang, regionName } = options;
  const seized = seizureObservations(dataset, options);
  return FAMILIES.flatMap((family) => {
    const rows = seized
      .filter((o) => family.units.includes(indicatorById(dataset, o.indicator)?.unit.zh ?? ''))
      .sort((a, b) => (b.value as number) - (a.value as number));
    if (rows.length === 0) return [];
    return [
      {
        id: family.id,
        title: family.title[lang],
        rows: rows.length,
        option: buildBarOption(dataset, {
          categories: rows.map(
            (o) => indicatorById(dataset, o.indicator)?.name[lang] ?? o.indicator,
          ),
          groups: [{ id: `seized:${family.id}`, name: family.title[lang], observations: rows }],
          axisName: family.axis[lang],
          lang,
          regionName,
          horizontal: true,
        }),
      },
    ];
  });
};
