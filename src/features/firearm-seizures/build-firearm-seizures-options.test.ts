import { describe, expect, it } from 'vitest';
import { buildFirearmSeizureOptions } from './build-firearm-seizures-options';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const count = { kind: 'count', decimals: 0, better: 'neutral' } as const;
const dataset = testDataset(
  [
    indicator('firearms-seized', '支', count),
    indicator('bullets-seized', '发', count),
    indicator('explosives-seized', '公斤', count),
    indicator('cord-explosives-seized', '米', count),
    indicator('cases-solved', '起', count),
  ],
  [
    observation('firearms-seized', 2020, 834),
    observation('bullets-seized', 2020, 227000),
    observation('explosives-seized', 2020, 64000),
    observation('cord-explosives-seized', 2020, 24000),
    observation('cases-solved', 2020, 108),
  ],
);
interface Series {
  id: string;
  data: { value: number; text: string }[];
}

describe('buildFirearmSeizureOptions', () => {
  const charts = buildFirearmSeizureOptions(dataset, dataset.observations, {
    lang: 'zh',
    regionName,
  });
  it('groups seized items by unit family and leaves enforcement figures out', () => {
    expect(charts.map((c) => c.id)).toEqual(['items', 'mass', 'length']);
    expect(charts.map((c) => (c.option.xAxis as { name: string }).name)).toEqual([
      '件/发',
      '公斤',
      '米',
    ]);
  });
  it('sorts items by value and labels each bar in its own unit', () => {
    const [items] = charts;
    expect((items?.option.yAxis as { data: string[] }).data).toEqual([
      'bullets-seized中',
      'firearms-seized中',
    ]);
    expect((items?.option.series as Series[])[0]?.data.map((d) => d.text)).toEqual([
      '22.7万发',
      '834支',
    ]);
  });
  it('drops a family with nothing in the selection', () => {
    expect(buildFirearmSeizureOptions(dataset, [], { lang: 'en', regionName })).toEqual([]);
  });
});
