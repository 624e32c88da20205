import type { BuildContext } from '../../charts/titled-chart';
import { familyBarCharts } from '../../charts/family-bars';
import type { BarFamily, BarsChart } from '../../charts/family-bars';
import type { Dataset, Observation } from '../../data/schema';
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
const FAMILIES: (BarFamily & { units: readonly string[] })[] = [
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

const isSeizure = (o: Observation) =>
  !(ENFORCEMENT_INDICATORS as readonly string[]).includes(o.indicator) &&
  typeof o.value === 'number';

/** One horizontal bar chart per unit family, bars sorted by value, each labelled in its own unit. */
export const buildFirearmSeizureOptions = (
  dataset: Dataset,
  observations: readonly Observation[],
  context: BuildContext,
): BarsChart[] => {
  const seized = observations.filter(isSeizure);
  return familyBarCharts(
    dataset,
    FAMILIES,
    (family) =>
      seized
        .filter((o) => family.units.includes(indicatorById(dataset, o.indicator)?.unit.zh ?? ''))
        .sort((a, b) => (b.value as number) - (a.value as number)),
    { prefix: 'seized' },
    context,
  );
};
