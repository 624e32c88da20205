import { describe, expect, it } from 'vitest';
import { buildHealthReformOptions } from './build-health-reform-options';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const count = { kind: 'count', decimals: 0, better: 'higher' } as const;
const dataset = testDataset(
  [
    indicator('hospital-pilots-national', '家', count),
    indicator('hospital-pilots-regional', '家', count),
    indicator('telemedicine-institutions', '家', count),
    indicator('cm-mongolian-remote-institutions', '个', count),
    indicator('city-medical-group-grids', '个', count),
    indicator('county-community-grids', '个', count),
    indicator('city-medical-group-leagues', '个', count),
    indicator('poor-patients-treated', '人', count),
  ],
  [
    observation('hospital-pilots-national', 2020, 4),
    observation('hospital-pilots-regional', 2020, 93),
    observation('telemedicine-institutions', 2020, 203),
    observation('cm-mongolian-remote-institutions', 2020, 277),
    observation('city-medical-group-grids', 2020, 46),
    observation('county-community-grids', 2020, 127),
    observation('city-medical-group-leagues', 2020, 12),
    observation('poor-patients-treated', 2020, 430000),
  ],
);
interface Series {
  id: string;
  data: { value: number; text: string }[];
}

describe('buildHealthReformOptions', () => {
  const charts = buildHealthReformOptions(dataset, dataset.observations, {
    lang: 'zh',
    regionName,
  });

  it('draws institutions and grids apart; leagues and people stay off every axis', () => {
    expect(charts.map((c) => c.id)).toEqual(['institutions', 'grids']);
    expect(charts.map((c) => (c.option.xAxis as { name: string; min: number }).name)).toEqual([
      '医疗机构（家/个）',
      '网格（个）',
    ]);
    expect(charts.map((c) => (c.option.xAxis as { min: number }).min)).toEqual([0, 0]);
    const ids = charts.flatMap((c) => (c.option.series as Series[]).map((s) => s.id));
    expect(ids).toEqual(['reform:institutions', 'reform:grids']);
    const values = charts.flatMap((c) =>
      (c.option.series as Series[]).flatMap((s) => s.data.map((d) => d.value)),
    );
    expect(values).toEqual([4, 93, 203, 277, 46, 127]);
  });

  it('labels each bar in its own unit', () => {
    const [institutions] = charts;
    expect((institutions?.option.series as Series[])[0]?.data.map((d) => d.text)).toEqual([
      '4家',
      '93家',
      '203家',
      '277个',
    ]);
    expect(institutions?.rows).toBe(4);
  });

  it('drops a family with nothing in the selection', () => {
    expect(
      buildHealthReformOptions(dataset, dataset.observations.slice(4), {
        lang: 'en',
        regionName,
      }).map((c) => c.id),
    ).toEqual(['grids']);
  });
});
