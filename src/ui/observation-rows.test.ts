import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../data/regions';
import { indicator, observation, testDataset } from '../charts/test-dataset';
import { observationRows } from './observation-rows';

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
    const rows = observationRows(dataset, dataset.observations, regions, 'zh');
    expect(rows.map((r) => r.when)).toEqual(['2016–2020 累计', '2019']);
  });
});
