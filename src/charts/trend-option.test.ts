import { describe, expect, it } from 'vitest';
import { buildTrendOption } from './trend-option';
import { indicator, observation, regionName, testDataset } from '../data/test-dataset';

const dataset = testDataset(
  [
    indicator('infant', '‰'),
    indicator('under5', '‰'),
    indicator('maternal', '/10万'),
    indicator('life', '岁', { better: 'higher' }),
  ],
  [
    observation('infant', 2015, 5.34),
    observation('infant', 2019, 3.45),
    observation('under5', 2015, 6.49),
    observation('under5', 2019, 4.19),
    observation('life', 2015, 75.8, {
      derived: true,
      formula: '77 - 1.2',
      note: { zh: '推算', en: 'computed' },
    }),
    observation('life', 2019, 77),
  ],
);
interface Series {
  id: string;
  name: string;
  data: ({ value: number; text: string; symbol: string } | null)[];
}
const opts = { lang: 'zh', regionName, zeroBased: true } as const;
const all = dataset.observations;

describe('buildTrendOption', () => {
  it('draws one line per indicator with stable ids, years on x, the unit on y from zero', () => {
    const option = buildTrendOption(dataset, all, { ...opts, indicators: ['infant', 'under5'] });
    const series = option.series as Series[];
    expect(series.map((s) => s.id)).toEqual(['trend:infant', 'trend:under5']);
    expect(series[0]?.data.map((d) => d?.value)).toEqual([5.34, 3.45]);
    expect(series[0]?.data.map((d) => d?.text)).toEqual(['5.34‰', '3.45‰']);
    expect(option.xAxis).toMatchObject({ data: ['2015', '2019'] });
    expect(option.yAxis).toMatchObject({ name: '‰', min: 0, scale: false });
    expect(option.legend).toMatchObject({ show: true });
    // Point labels carry the number only: the axis names the unit.
    const label = (series[0] as unknown as { label: { formatter: (p: unknown) => string } }).label;
    expect(label.formatter({ data: series[0]?.data[0] })).toBe('5.34');
  });

  it('refuses to put two units on one axis', () => {
    expect(() =>
      buildTrendOption(dataset, all, { ...opts, indicators: ['infant', 'maternal'] }),
    ).toThrow(/different units/);
  });

  it('marks derived points hollow and lets non-zero scales float', () => {
    const option = buildTrendOption(dataset, all, {
      ...opts,
      indicators: ['life'],
      zeroBased: false,
    });
    const [series] = option.series as Series[];
    expect(series?.data.map((d) => d?.symbol)).toEqual(['emptyCircle', 'circle']);
    expect(option.yAxis).toMatchObject({ scale: true });
    expect(option.yAxis).not.toHaveProperty('min');
  });

  it('draws only the observations it is given', () => {
    const option = buildTrendOption(
      dataset,
      all.filter((o) => o.year > 2016),
      { ...opts, indicators: ['infant'] },
    );
    expect(option.xAxis).toMatchObject({ data: ['2019'] });
  });

  it('draws one line per region when the selection holds several', () => {
    const two = [...all, { ...all[0]!, region: '150100', value: 9 }];
    const option = buildTrendOption(dataset, two, { ...opts, indicators: ['infant'] });
    expect((option.series as Series[]).map((s) => s.id)).toEqual([
      'trend:infant:150000',
      'trend:infant:150100',
    ]);
    expect((option.series as Series[])[1]?.name).toBe('infant中 · R150100');
  });
});
