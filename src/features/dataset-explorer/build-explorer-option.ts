import type { EChartsCoreOption } from 'echarts/core';
import { rankingSentence, seriesSentence, valuesSentence } from '../../charts/chart-sentence';
import { formatNumber, formatValue } from '../../charts/format';
import type { BuildContext, TitledChart } from '../../charts/titled-chart';
import type { Indicator, Observation } from '../../data/schema';
import { pointTooltip, yearTooltip } from './explorer-tooltip';
import type { PointInfo } from './explorer-tooltip';

/** Beyond this many lines a legend is noise: regions are named in the tooltip instead. */
const LEGEND_MAX = 12;

/**
 * One line per region over the years asked, for one numeric indicator of a dataset of any
 * size. Observations arrive already filtered (from the worker's index); missing years are gaps.
 */
export const buildExplorerOption = (
  observations: readonly Observation[],
  indicator: Indicator,
  { from, to }: { from: number; to: number },
  { lang, regionName }: BuildContext,
): TitledChart => {
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const byRegion = new Map<string, Observation[]>();
  for (const o of observations) {
    // An undated figure ("before the upgrade") has no year of its own: never on a time axis.
    if (o.indicator !== indicator.id || typeof o.value !== 'number' || o.undated) continue;
    const run = byRegion.get(o.region);
    if (run) run.push(o);
    else byRegion.set(o.region, [o]);
  }
  const many = byRegion.size > LEGEND_MAX;
  // Series data are bare numbers: ECharts clones every option it is given, and at a hundred
  // lines of objects that clone dominated a filter change. What the tooltip says is looked up.
  const info: (PointInfo | null)[][] = [];
  const series = [...byRegion].map(([region, run]) => {
    const byYear = new Map(run.map((o) => [o.year, o]));
    const cells = years.map((year) => {
      const o = byYear.get(year);
      if (!o || typeof o.value !== 'number') return null;
      return {
        regionName: regionName(region),
        year,
        value: o.value,
        text: formatValue(o.value, indicator.unit, lang, indicator.decimals),
        quote: o.quote,
      };
    });
    info.push(cells);
    return {
      id: `explore:${indicator.id}:${region}`,
      type: 'line',
      name: regionName(region),
      // Many lines: no symbols at all (hidden ones are still laid out, which cost more than the
      // lines) and no hover emphasis (the year tooltip would highlight every line at once).
      ...(many
        ? { symbol: 'none', emphasis: { disabled: true } }
        : { showSymbol: years.length <= 40 }),
      data: years.map((year) => {
        const value = byYear.get(year)?.value;
        return typeof value === 'number' ? value : null;
      }),
    };
  });
  const drawn = [...byRegion.values()].flat();
  const ctx = { lang, regionName };
  const meta = { indicators: [indicator] };
  // One region: its change over the years; several: the highest and lowest of the last year.
  const sentence =
    (byRegion.size === 1
      ? seriesSentence(meta, drawn, ctx)
      : (rankingSentence(indicator, drawn, ctx) ?? valuesSentence(meta, drawn, ctx))) ?? '';
  return {
    id: `explore:${indicator.id}`,
    title: indicator.name[lang],
    sentence,
    option: {
      // A filter change swaps the lines for regions not drawn before, and each new line would
      // play its entrance: at a hundred lines that tween, not the drawing, held the answer back
      // by a third of a second. Every point is drawn (no sampling), at once.
      animation: false,
      grid: { left: 8, right: 24, top: many ? 28 : 40, bottom: 8 },
      legend: { show: !many && series.length > 1, top: 0, type: 'scroll' },
      tooltip: many
        ? { trigger: 'axis', formatter: yearTooltip(info, lang) }
        : { trigger: 'item', formatter: pointTooltip(info) },
      xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
      yAxis: {
        type: 'value',
        name: indicator.unit[lang],
        nameTextStyle: { align: 'left' },
        scale: true,
        axisLabel: { formatter: (value: number) => formatNumber(value, lang) },
      },
      series,
    } satisfies EChartsCoreOption,
  };
};
