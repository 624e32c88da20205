import { describe, expect, it } from 'vitest';
import { buildMorinDawaOptions } from './build-morin-dawa-options';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const dataset = testDataset(
  [
    indicator('poverty-incidence', '%', { kind: 'percent' }),
    indicator('poor-villages', '个', { kind: 'count', decimals: 0 }),
  ],
  [
    observation('poverty-incidence', 2014, 13, { region: '150722' }),
    observation('poverty-incidence', 2019, 0.19, { region: '150722' }),
    observation('poor-villages', 2014, 56, { region: '150722' }),
    observation('poor-villages', 2019, 0, {
      region: '150722',
      derived: true,
      formula: '56 - 56',
      note: { zh: '推算', en: 'computed' },
    }),
    observation('poverty-incidence', 2019, 99, { region: '150000' }),
  ],
);

describe('buildMorinDawaOptions', () => {
  const morinDawa = dataset.observations.filter((o) => o.region === '150722');
  const charts = buildMorinDawaOptions(dataset, morinDawa, { lang: 'zh', regionName });
  interface Series {
    data: { value: number; text: string; symbol: string }[];
  }
  it('draws incidence and poor villages, each from zero', () => {
    expect(charts.map((c) => c.id)).toEqual(['poverty-incidence', 'poor-villages']);
    expect((charts[0]?.option.series as Series[])[0]?.data.map((d) => d.text)).toEqual([
      '13%',
      '0.19%',
    ]);
    expect(charts[1]?.option.yAxis as { min: number; name: string }).toMatchObject({
      min: 0,
      name: '个',
    });
  });
  it('draws the derived zero hollow', () =>
    expect((charts[1]?.option.series as Series[])[0]?.data.map((d) => d.symbol)).toEqual([
      'circle',
      'emptyCircle',
    ]));
});
