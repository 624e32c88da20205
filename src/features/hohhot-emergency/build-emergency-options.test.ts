import { describe, expect, it } from 'vitest';
import { buildEmergencyOptions } from './build-emergency-options';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const count = { kind: 'count', decimals: 0, better: 'higher' } as const;
const dataset = testDataset(
  [indicator('emergency-call-lines', '路', count), indicator('emergency-vehicles', '辆', count)],
  [
    observation('emergency-vehicles', 2023, 174, {
      region: '150100',
      dims: { stage: 'after-upgrade' },
    }),
    observation('emergency-vehicles', 2023, 38, {
      region: '150100',
      dims: { stage: 'before-upgrade' },
    }),
    observation('emergency-call-lines', 2023, 30, {
      region: '150100',
      dims: { stage: 'before-upgrade' },
    }),
    observation('emergency-call-lines', 2023, 60, {
      region: '150100',
      dims: { stage: 'after-upgrade' },
    }),
  ],
  {
    dimensions: [
      {
        id: 'stage',
        name: { zh: '阶段', en: 'Stage' },
        values: [
          { id: 'before-upgrade', name: { zh: '扩容前', en: 'Before' } },
          { id: 'after-upgrade', name: { zh: '扩容后', en: 'After' } },
        ],
      },
    ],
  },
);

describe('buildEmergencyOptions', () => {
  const charts = buildEmergencyOptions(dataset, dataset.observations, { lang: 'en', regionName });
  it('puts before and after side by side, one chart per unit', () => {
    expect(charts.map((c) => c.id)).toEqual(['emergency-call-lines', 'emergency-vehicles']);
    expect((charts[1]?.option.xAxis as { data: string[] }).data).toEqual(['Before', 'After']);
    expect(
      (charts[1]?.option.series as { data: { value: number }[] }[])[0]?.data.map((d) => d.value),
    ).toEqual([38, 174]);
    expect(charts.map((c) => (c.option.yAxis as { name: string; min: number }).name)).toEqual([
      '路',
      '辆',
    ]);
    expect((charts[0]?.option.yAxis as { min: number }).min).toBe(0);
  });
});
