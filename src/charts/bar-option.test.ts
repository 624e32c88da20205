import { describe, expect, it } from 'vitest';
import { buildBarOption } from './bar-option';
import { indicator, observation, regionName, testDataset } from '../data/test-dataset';

const dataset = testDataset(
  [indicator('lines', '路', { kind: 'count', decimals: 0 })],
  [observation('lines', 2023, 30), observation('lines', 2023, 60, { region: '150100' })],
);
const [before, after] = dataset.observations;

describe('buildBarOption', () => {
  const option = buildBarOption(dataset, {
    categories: ['<b>x</b>'],
    groups: [
      { id: 'stage:before', name: 'Before', observations: [before] },
      { id: 'stage:after', name: 'After', observations: [after] },
    ],
    axisName: '路',
    lang: 'zh',
    regionName,
    horizontal: true,
  });
  interface Series {
    id: string;
    data: ({ value: number; text: string; tip: string } | null)[];
  }
  it('draws one bar series per group with stable ids, from zero, unit on the value axis', () => {
    const series = option.series as Series[];
    expect(series.map((s) => s.id)).toEqual(['stage:before', 'stage:after']);
    expect(series.map((s) => s.data[0]?.value)).toEqual([30, 60]);
    expect(series.map((s) => s.data[0]?.text)).toEqual(['30路', '60路']);
    expect(option.xAxis).toMatchObject({
      type: 'value',
      name: '路',
      min: 0,
      nameLocation: 'middle',
    });
    const { formatter } = (option.xAxis as { axisLabel: { formatter: (v: number) => string } })
      .axisLabel;
    expect(formatter(300000)).toBe('30万');
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true });
  });
  it('puts the region and year in the tooltip', () => {
    const tip = (option.series as Series[])[1]?.data[0]?.tip ?? '';
    expect(tip).toContain('R150100');
    expect(tip).toContain('2023');
  });
  it('names every category, wrapping long names, and leaves room for value labels', () => {
    const yAxis = option.yAxis as {
      axisLabel: { interval: number; width: number; overflow: string };
    };
    expect(yAxis.axisLabel).toMatchObject({ interval: 0, width: 120, overflow: 'break' });
    // "30路" / "60路": 2 digits (7 px) and one CJK character (12 px), plus 16 px margin.
    expect((option.grid as { right: number }).right).toBe(7 * 2 + 12 + 16);
  });
  it('puts names above the bars on a phone', () => {
    const [media] = option.media as {
      query: { maxWidth: number };
      option: { yAxis: { axisLabel: { inside: boolean } } };
    }[];
    expect(media?.query).toEqual({ maxWidth: 480 });
    expect(media?.option.yAxis.axisLabel.inside).toBe(true);
  });
});
