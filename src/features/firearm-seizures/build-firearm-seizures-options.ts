import type { BuildContext, TitledChart } from '../../charts/titled-chart';
import { buildIndicatorBars } from '../../charts/bar-option';
import { valuesSentence } from '../../charts/chart-sentence';
import type { Dataset, Localized, Observation } from '../../data/schema';
import { indicatorById } from '../../data/select';

/** Enforcement results are counts of different things (cases, people, dens): cards, not bars. */
export const ENFORCEMENT_INDICATORS = [
  'cases-solved',
  'suspects-arrested',
  'dens-destroyed',
  'gangs-broken-up',
  'supervised-cases-solved',
] as const;

export const SEIZURE_INDICATORS = [
  'firearms-seized',
  'bullets-seized',
  'explosives-seized',
  'detonators-seized',
  'cord-explosives-seized',
  'war-legacy-ammunition-seized',
  'controlled-knives-seized',
  'crossbows-seized',
  'toxic-chemicals-seized',
  'precursor-chemicals-seized',
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

export interface SeizureChart extends TitledChart {
  /** Bars in this chart, for sizing: a horizontal bar chart grows with its rows. */
  rows: number;
}

const isSeizure = (o: Observation) =>
  !(ENFORCEMENT_INDICATORS as readonly string[]).includes(o.indicator) &&
  typeof o.value === 'number';

/** One horizontal bar chart per unit family, bars sorted by value, each labelled in its own unit. */
export const buildFirearmSeizureOptions = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: BuildContext,
): SeizureChart[] => {
  const seized = observations.filter(isSeizure);
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
        sentence: valuesSentence(dataset, rows, { lang, regionName }) ?? '',
        option: buildIndicatorBars(dataset, rows, {
          id: `seized:${family.id}`,
          name: family.title[lang],
          axisName: family.axis[lang],
          lang,
          regionName,
        }),
      },
    ];
  });
};
