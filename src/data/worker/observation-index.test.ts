import { describe, expect, it } from 'vitest';
import { observation, testDataset } from '../test-dataset';
import { summarise } from '../dataset-summary';
import { buildIndex, queryIndex } from './observation-index';

const observations = [
  observation('a', 2021, 3, { region: '150100' }),
  observation('a', 2019, 1, { region: '150100' }),
  observation('a', 2020, 2, { region: '150100' }),
  observation('a', 2020, 5, { region: '150200' }),
  observation('b', 2020, 9, { region: '150100' }),
];
const index = buildIndex(observations);
const values = (query: Parameters<typeof queryIndex>[1]) =>
  queryIndex(index, query).map((o) => `${o.region}:${o.year}=${String(o.value)}`);

describe('queryIndex', () => {
  it('returns one indicator, in the order of the regions asked, each by year', () => {
    expect(values({ indicator: 'a', regions: ['150200', '150100'], from: 2000, to: 2030 })).toEqual(
      ['150200:2020=5', '150100:2019=1', '150100:2020=2', '150100:2021=3'],
    );
  });

  it('keeps the year range inclusive at both ends', () => {
    expect(values({ indicator: 'a', regions: ['150100'], from: 2020, to: 2020 })).toEqual([
      '150100:2020=2',
    ]);
    expect(values({ indicator: 'a', regions: ['150100'], from: 2020, to: 2021 })).toEqual([
      '150100:2020=2',
      '150100:2021=3',
    ]);
  });

  it('answers nothing for unknown indicators, regions or empty ranges', () => {
    expect(values({ indicator: 'z', regions: ['150100'], from: 2000, to: 2030 })).toEqual([]);
    expect(values({ indicator: 'a', regions: ['159999'], from: 2000, to: 2030 })).toEqual([]);
    expect(values({ indicator: 'a', regions: ['150100'], from: 2022, to: 2030 })).toEqual([]);
    expect(values({ indicator: 'a', regions: ['150100'], from: 2021, to: 2019 })).toEqual([]);
  });

  it('agrees with a plain filter over the whole dataset', () => {
    for (const [from, to] of [
      [2019, 2019],
      [2019, 2021],
      [2020, 2025],
    ] as const) {
      const expected = observations
        .filter((o) => o.indicator === 'a' && o.region === '150100')
        .filter((o) => o.year >= from && o.year <= to)
        .sort((x, y) => x.year - y.year);
      expect(queryIndex(index, { indicator: 'a', regions: ['150100'], from, to })).toEqual(
        expected,
      );
    }
  });
});

describe('summarise', () => {
  it('counts figures per region and lists the distinct years', () => {
    const summary = summarise(testDataset([], observations));
    expect(summary.observationCount).toBe(5);
    expect(summary.years).toEqual([2019, 2020, 2021]);
    expect(summary.regionCounts).toEqual({ '150100': 4, '150200': 1 });
  });
});
