import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../data/regions';
import { indicator, observation, testDataset } from '../data/test-dataset';
import { observationRows } from './observation-row';

const regions = buildRegionIndex({
  regions: [
    {
      code: '150000',
      name: { zh: '内蒙古', en: 'Inner Mongolia' },
      parent: null,
      level: 'province',
    },
  ],
});

describe('observationRows', () => {
  it('shows the period of a cumulative figure where a single-year figure shows its year', () => {
    const count = { kind: 'count', decimals: 0, better: 'higher' } as const;
    const dataset = testDataset(
      [indicator('households', '万户', count)],
      [
        observation('households', 2020, 23.7, { period: { from: 2016, to: 2020 } }),
        observation('households', 2019, 5),
      ],
    );
    const rows = observationRows(
      dataset,
      dataset.observations,
      (code) => regions.name(code, 'zh'),
      'zh',
    );
    expect(rows.map((r) => r.when)).toEqual(['2016–2020 累计', '2019']);
  });

  it('says the year is not stated for an undated figure, never the year it is filed under', () => {
    const count = { kind: 'count', decimals: 0, better: 'higher' } as const;
    const note = { zh: '文章未写年份', en: 'The article gives no year' };
    const dataset = testDataset(
      [indicator('lines', '路', count)],
      [observation('lines', 2023, 30, { undated: true, note })],
    );
    const [zh] = observationRows(dataset, dataset.observations, () => '', 'zh');
    const [en] = observationRows(dataset, dataset.observations, () => '', 'en');
    expect([zh?.when, en?.when]).toEqual(['年份未注明', 'year not stated']);
  });
});
