import { describe, expect, it } from 'vitest';
import { buildHealthResourcesOption } from './build-health-resources-option';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';
import { formatObservationValue } from '../../charts/observation-text';

const rate = { kind: 'rate', decimals: 2, better: 'higher' } as const;
const dataset = testDataset(
  [
    indicator('health-institutions', '个', { kind: 'count', decimals: 0 }),
    indicator('beds-per-1000', '张/千人', rate),
    indicator('physicians-per-1000', '人/千人', rate),
    indicator('nurses-per-1000', '人/千人', rate),
  ],
  [
    observation('health-institutions', 2019, 24500),
    observation('nurses-per-1000', 2019, 3.17),
    observation('beds-per-1000', 2019, 6.34),
    observation('physicians-per-1000', 2019, 3.08),
  ],
);
interface Series {
  id: string;
  data: { value: number; text: string }[];
}

describe('buildHealthResourcesOption', () => {
  const chart = buildHealthResourcesOption(dataset, dataset.observations, {
    lang: 'zh',
    regionName,
  });

  it('puts the three densities on one "per 1,000 people" axis from zero', () => {
    expect(chart?.option.xAxis).toMatchObject({ type: 'value', name: '每千人口', min: 0 });
    expect((chart?.option.yAxis as { data: string[] }).data).toEqual([
      'beds-per-1000中',
      'physicians-per-1000中',
      'nurses-per-1000中',
    ]);
    expect(chart?.title).toBe('每千人口床位与卫生人员 (2019)');
  });

  it('labels each bar in its own unit and leaves totals to the cards', () => {
    const [series] = chart?.option.series as Series[];
    expect(series?.id).toBe('per-thousand');
    expect(series?.data.map((d) => d.text)).toEqual(['6.34张/千人', '3.08人/千人', '3.17人/千人']);
    const [institutions] = dataset.observations;
    if (!institutions) throw new Error('fixture');
    expect(formatObservationValue(institutions, dataset.indicators[0], 'zh')).toBe('2.45万个');
  });

  it('wraps long names and leaves room for the longest value label', () => {
    const en = buildHealthResourcesOption(dataset, dataset.observations, {
      lang: 'en',
      regionName,
    });
    expect(en?.option.yAxis).toMatchObject({
      axisLabel: { interval: 0, width: 180, overflow: 'break' },
    });
    // "6.34张/千人": "6.34" and "/" at 7 px a character, three CJK characters at 12 px.
    expect((chart?.option.grid as { right: number }).right).toBe(5 * 7 + 3 * 12 + 16);
    expect((en?.option.grid as { right: number }).right).toBeGreaterThan(
      (chart?.option.grid as { right: number }).right,
    );
  });

  it('has nothing to draw without a density', () => {
    expect(
      buildHealthResourcesOption(dataset, dataset.observations.slice(0, 1), {
        lang: 'en',
        regionName,
      }),
    ).toBeNull();
  });
});
