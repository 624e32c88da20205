import { describe, expect, it } from 'vitest';
import { observation } from '../../data/test-dataset';
import type { Indicator } from '../../data/schema';
import { buildExplorerOption } from './build-explorer-option';

const indicator: Indicator = {
  id: 'beds',
  name: { zh: '床位数', en: 'Beds' },
  kind: 'count',
  unit: { zh: '张', en: 'beds' },
  better: 'neutral',
  decimals: 0,
};
const ctx = { lang: 'en' as const, regionName: (code: string) => `R${code}` };

interface Line {
  id: string;
  name: string;
  data: (number | null)[];
  sampling?: string;
  progressive?: number;
  large?: boolean;
  symbol?: string;
  showSymbol?: boolean;
}
type Formatter = (params: unknown) => string;
const linesOf = (option: unknown) => (option as { series: Line[] }).series;

describe('buildExplorerOption', () => {
  it('never places an undated figure on the time axis under its report year', () => {
    const chart = buildExplorerOption(
      [
        observation('beds', 2023, 30, {
          region: '150100',
          undated: true,
          note: { zh: '扩容前，无年份', en: 'before, no year' },
        }),
        observation('beds', 2022, 60, { region: '150100' }),
      ],
      indicator,
      { from: 2022, to: 2023 },
      ctx,
    );
    expect(linesOf(chart.option).map((l) => l.data)).toEqual([[60, null]]);
  });
  it('draws one line per region over every year asked, gaps where a year has no figure', () => {
    const chart = buildExplorerOption(
      [
        observation('beds', 2020, 5, { region: '150100' }),
        observation('beds', 2022, 7, { region: '150100' }),
        observation('beds', 2021, 9, { region: '150200' }),
        observation('other', 2021, 1, { region: '150200' }),
      ],
      indicator,
      { from: 2020, to: 2022 },
      ctx,
    );
    expect(chart.title).toBe('Beds');
    const lines = linesOf(chart.option);
    expect(lines.map((l) => [l.id, l.name])).toEqual([
      ['explore:beds:150100', 'R150100'],
      ['explore:beds:150200', 'R150200'],
    ]);
    expect(lines[0]?.data).toEqual([5, null, 7]);
    expect(lines[1]?.data).toEqual([null, 9, null]);
    const formatter = (chart.option as { tooltip: { formatter: (p: unknown) => string } }).tooltip
      .formatter;
    expect(formatter({ seriesIndex: 0, dataIndex: 0 })).toContain('5 beds');
    expect(formatter({ seriesIndex: 1, dataIndex: 1 })).toContain('R150200 · 2021');
    expect(formatter({ seriesIndex: 0, dataIndex: 1 })).toBe('');
  });

  it('draws a hundred regions at once, every point, with the legend left to the tooltip', () => {
    const observations = Array.from({ length: 100 }, (_, r) =>
      Array.from({ length: 31 }, (_, y) =>
        observation('beds', 1993 + y, r + y, { region: String(150100 + r) }),
      ),
    ).flat();
    const chart = buildExplorerOption(observations, indicator, { from: 1993, to: 2023 }, ctx);
    const option = chart.option as { legend: { show: boolean } };
    expect(option.legend.show).toBe(false);
    const lines = linesOf(chart.option);
    expect(lines).toHaveLength(100);
    // No entrance tween on the new lines of a filter change, and nothing sampled away.
    expect((chart.option as { animation?: boolean }).animation).toBe(false);
    expect(lines.map((l) => [l.sampling, l.progressive, l.large])).toEqual(
      lines.map(() => [undefined, undefined, undefined]),
    );
    expect(lines[99]?.data).toHaveLength(31);
    expect(lines[99]?.data.every((v) => typeof v === 'number')).toBe(true);
    // No symbols to hover at this count: the tooltip lists the year under the pointer,
    // highest first, the highest and lowest five, and says how many it leaves to the table.
    expect(lines[0]).toMatchObject({ symbol: 'none', emphasis: { disabled: true } });
    const tooltip = (chart.option as { tooltip: { trigger: string; formatter: Formatter } })
      .tooltip;
    expect(tooltip.trigger).toBe('axis');
    const html = tooltip.formatter(lines.map((_, seriesIndex) => ({ seriesIndex, dataIndex: 30 })));
    const names = [...html.matchAll(/R(\d+) · 2023/gu)].map((m) => m[1]);
    expect(names).toEqual([
      ...['150199', '150198', '150197', '150196', '150195'],
      ...['150104', '150103', '150102', '150101', '150100'],
    ]);
    expect(html).toContain('129 beds');
    expect(html).toContain('90 more regions lie in between; every figure is in the Table tab.');
  });

  it('escapes the region names it lists at a year', () => {
    const observations = Array.from({ length: 13 }, (_, r) =>
      observation('beds', 2020, r, { region: String(150100 + r) }),
    );
    const hostile = { lang: 'en' as const, regionName: (code: string) => `<b>${code}</b>` };
    const chart = buildExplorerOption(observations, indicator, { from: 2020, to: 2020 }, hostile);
    const { formatter } = (chart.option as { tooltip: { formatter: Formatter } }).tooltip;
    const html = formatter(observations.map((_, seriesIndex) => ({ seriesIndex, dataIndex: 0 })));
    expect(html.match(/· 2020/gu)).toHaveLength(10);
    expect(html).toContain('&lt;b&gt;150112&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('3 more regions lie in between');
  });

  it('escapes data in the tooltip', () => {
    const chart = buildExplorerOption(
      [observation('beds', 2020, 5, { quote: '<img src=x onerror=alert(1)>' })],
      indicator,
      { from: 2020, to: 2020 },
      ctx,
    );
    const formatter = (chart.option as { tooltip: { formatter: (p: unknown) => string } }).tooltip
      .formatter;
    const html = formatter({ seriesIndex: 0, dataIndex: 0 });
    expect(html).toContain('&lt;img src=x');
    expect(html).not.toContain('<img');
  });
});

describe('the explorer chart sentence', () => {
  const range = { from: 2000, to: 2002 };
  it('gives one region’s change over the years drawn', () => {
    const run = [observation('beds', 2000, 10), observation('beds', 2002, 12)];
    expect(buildExplorerOption(run, indicator, range, ctx).sentence).toBe(
      'Beds in R150000 rose from 10 to 12 beds between 2000 and 2002 (+20.0%).',
    );
  });
  it('names the highest and lowest region of the last year, leaving out undated figures', () => {
    const runs = [
      observation('beds', 2002, 5, { region: '150100' }),
      observation('beds', 2002, 9, { region: '150200' }),
      observation('beds', 2002, 99, { region: '150300', undated: true }),
      observation('beds', 2001, 1, { region: '150300' }),
    ];
    const { sentence } = buildExplorerOption(runs, indicator, range, ctx);
    expect(sentence).toContain('2002: highest in R150200 (9');
    expect(sentence).toContain('lowest in R150100 (5');
    expect(sentence).toContain('of 2 regions.');
    expect(sentence).not.toContain('99');
  });
});
