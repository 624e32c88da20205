import { describe, expect, it } from 'vitest';
import {
  changeBetween,
  dimensionValueName,
  latestOf,
  latestPerIndicator,
  selectObservations,
  yearsOf,
} from './select';
import { observation } from './test-dataset';
import type { Dataset } from './schema';

const base = { quote: '引文', source: 's' };
const dataset = {
  id: 'd',
  title: { zh: '甲', en: 'A' },
  description: { zh: '甲', en: 'A' },
  topic: 'health',
  sources: [],
  indicators: [],
  dimensions: [
    {
      id: 'stage',
      name: { zh: '阶段', en: 'Stage' },
      values: [{ id: 'before', name: { zh: '前', en: 'Before' } }],
    },
  ],
  observations: [
    { ...base, indicator: 'a', region: '150000', year: 2015, value: 1 },
    { ...base, indicator: 'a', region: '150100', year: 2019, value: 2 },
    { ...base, indicator: 'b', region: '150125', year: 2023, value: 3 },
  ],
} as Dataset;

describe('selectObservations', () => {
  it('filters by indicator, region set and inclusive year range', () => {
    expect(selectObservations(dataset, { indicators: ['a'] }).map((o) => o.value)).toEqual([1, 2]);
    expect(
      selectObservations(dataset, { regions: new Set(['150100', '150125']) }).map((o) => o.value),
    ).toEqual([2, 3]);
    expect(selectObservations(dataset, { from: 2019, to: 2019 }).map((o) => o.value)).toEqual([2]);
    expect(selectObservations(dataset)).toHaveLength(3);
  });
  it('lists distinct years in order', () =>
    expect(yearsOf(dataset.observations)).toEqual([2015, 2019, 2023]));
  it('names dimension values, falling back to the id', () => {
    expect(dimensionValueName(dataset, 'stage', 'before', 'en')).toBe('Before');
    expect(dimensionValueName(dataset, 'stage', 'after', 'en')).toBe('after');
  });
});

describe('changeBetween', () => {
  it('knows a fall in mortality is an improvement', () =>
    expect(changeBetween(5.34, 3.45, 'lower')).toEqual({
      absolute: -1.89,
      percent: -35.393258,
      improved: true,
    }));
  it('knows a rise in life expectancy is an improvement', () =>
    expect(changeBetween(75.8, 77, 'higher')).toMatchObject({ absolute: 1.2, improved: true }));
  it('has no percentage from zero and no verdict for neutral indicators', () => {
    expect(changeBetween(0, 5, 'higher').percent).toBeNull();
    expect(changeBetween(30, 60, 'neutral').improved).toBeNull();
  });
});

describe('latestOf and latestPerIndicator', () => {
  const a2019 = observation('a', 2019, 1);
  const a2020 = observation('a', 2020, 2);
  const b2018 = observation('b', 2018, 3);
  it('takes the latest year of each indicator, in the order asked, numbers only', () => {
    expect(latestOf([a2019, a2020])).toBe(a2020);
    expect(latestOf([])).toBeUndefined();
    expect(latestPerIndicator([a2019, b2018, a2020], ['b', 'a', 'c'])).toEqual([b2018, a2020]);
  });
});
