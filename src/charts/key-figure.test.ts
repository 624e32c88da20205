import { describe, expect, it } from 'vitest';
import { keyFiguresFor } from './key-figure';
import { indicator, observation, testDataset } from '../data/test-dataset';

const count = { kind: 'count', decimals: 0, better: 'higher' } as const;
const dataset = testDataset(
  [indicator('key-specialties', '个', count), indicator('famous', '个', count)],
  [
    observation('famous', 2023, 20),
    observation('key-specialties', 2023, 25, { dims: { tier: 'region' } }),
    observation('key-specialties', 2023, 12, { dims: { tier: 'city' } }),
    observation('other', 2023, 1),
  ],
  {
    dimensions: [
      {
        id: 'tier',
        name: { zh: '层级', en: 'Tier' },
        values: [
          { id: 'region', name: { zh: '自治区', en: 'region' } },
          { id: 'city', name: { zh: '市级', en: 'city' } },
        ],
      },
    ],
  },
);

describe('keyFiguresFor', () => {
  it('keeps the requested order and names the dimension of split figures', () => {
    const figures = keyFiguresFor(
      dataset,
      dataset.observations,
      ['key-specialties', 'famous'],
      'zh',
    );
    expect(figures.map((f) => [f.label, f.value, f.detail])).toEqual([
      ['key-specialties中（自治区）', '25个', '2023'],
      ['key-specialties中（市级）', '12个', '2023'],
      ['famous中', '20个', '2023'],
    ]);
    expect(keyFiguresFor(dataset, dataset.observations, ['famous'], 'en')[0]?.quote).toBe(
      '引文引文',
    );
  });
});
