import { describe, expect, it } from 'vitest';
import { buildHealthOutcomesOptions } from './build-health-outcomes-options';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const dataset = testDataset(
  [
    indicator('life-expectancy', '岁', { better: 'higher', decimals: 1, kind: 'years' }),
    indicator('infant-mortality', '‰'),
    indicator('under5-mortality', '‰'),
    indicator('maternal-mortality', '/10万'),
  ],
  [
    observation('life-expectancy', 2015, 75.8, {
      derived: true,
      formula: '77 - 1.2',
      note: { zh: '推算', en: 'computed' },
    }),
    observation('life-expectancy', 2019, 77),
    observation('infant-mortality', 2015, 5.34),
    observation('infant-mortality', 2019, 3.45),
    observation('under5-mortality', 2015, 6.49),
    observation('under5-mortality', 2019, 4.19),
    observation('maternal-mortality', 2015, 18.27),
    observation('maternal-mortality', 2019, 12.73),
  ],
);

describe('buildHealthOutcomesOptions', () => {
  const charts = buildHealthOutcomesOptions(dataset, dataset.observations, {
    lang: 'zh',
    regionName,
  });
  it('draws life expectancy, child mortality together and maternal mortality alone', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'life-expectancy',
      'child-mortality',
      'maternal-mortality',
    ]);
    const ids = charts.map((c) => (c.option.series as { id: string }[]).map((s) => s.id));
    expect(ids).toEqual([
      ['trend:life-expectancy'],
      ['trend:infant-mortality', 'trend:under5-mortality'],
      ['trend:maternal-mortality'],
    ]);
    expect(charts.map((c) => (c.option.yAxis as { name: string }).name)).toEqual([
      '岁',
      '‰',
      '/10万',
    ]);
  });
  it('leaves out a chart with nothing selected', () => {
    const only2019 = dataset.observations.filter((o) => o.indicator === 'maternal-mortality');
    expect(
      buildHealthOutcomesOptions(dataset, only2019, { lang: 'en', regionName }).map((c) => c.id),
    ).toEqual(['maternal-mortality']);
  });
  it('states each change with its direction of better', () => {
    expect(charts[0]?.caption).toBe('life-expectancy中 2015→2019: +1.2岁 (+1.6%) 改善');
    expect(charts[1]?.caption).toContain('infant-mortality中 2015→2019: −1.89‰ (−35.4%) 改善');
    expect(charts[2]?.caption).toBe('maternal-mortality中 2015→2019: −5.54/10万 (−30.3%) 改善');
  });
});
