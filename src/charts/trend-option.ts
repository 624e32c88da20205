import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Lang, Observation } from '../data/schema';
import { indicatorById, yearsOf } from '../data/select';
import { formatNumber } from './format';
import { itemNumberLabel, itemTooltip, observationItem, sharedUnit } from './observation-series';

export interface TrendOptions {
  /** Indicators drawn together; they must share one unit. */
  indicators: readonly string[];
  lang: Lang;
  regionName: (code: string) => string;
  /** Rates whose level matters start at zero; life expectancy reads better on its own scale. */
  zeroBased: boolean;
}

/**
 * One line per indicator (and per region, when the selection holds several) over the years
 * present, in one unit; derived points are drawn hollow.
 */
export const buildTrendOption = (
  dataset: Dataset,
  observations: readonly Observation[],
  { indicators, lang, regionName, zeroBased }: TrendOptions,
): EChartsCoreOption => {
  const unit = sharedUnit(dataset, indicators, lang);
  const shown = observations.filter(
    (o) => indicators.includes(o.indicator) && typeof o.value === 'number',
  );
  const years = yearsOf(shown);
  const regions = [...new Set(shown.map((o) => o.region))];
  const lines = indicators.flatMap((id) => regions.map((region) => ({ id, region })));
  const series = lines
    .filter(({ id, region }) => shown.some((o) => o.indicator === id && o.region === region))
    .map(({ id, region }) => ({
      id: regions.length > 1 ? `trend:${id}:${region}` : `trend:${id}`,
      type: 'line',
      name: `${indicatorById(dataset, id)?.name[lang] ?? id}${regions.length > 1 ? ` · ${regionName(region)}` : ''}`,
      data: years.map((year) => {
        const o = shown.find((x) => x.indicator === id && x.region === region && x.year === year);
        if (!o) return null;
        const item = observationItem(dataset, o, lang, regionName);
        return { ...item, symbol: item.derived ? 'emptyCircle' : 'circle' };
      }),
      symbolSize: 10,
      connectNulls: false,
      // The unit is the axis name; "4.19 per 1,000 live births" on every point would collide.
      label: { show: true, position: 'top', formatter: itemNumberLabel },
      labelLayout: { moveOverlap: 'shiftY' },
    }));
  return {
    animationDuration: 300,
    grid: { left: 8, right: 24, top: series.length > 1 ? 40 : 28, bottom: 8 },
    legend: { show: series.length > 1, top: 0 },
    tooltip: { trigger: 'item', formatter: itemTooltip },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: true },
    yAxis: {
      type: 'value',
      name: unit,
      // Long English units ("per 1,000 live births") run right from the axis, not off the left edge.
      nameTextStyle: { align: 'left' },
      scale: !zeroBased,
      ...(zeroBased && { min: 0 }),
      axisLabel: { formatter: (value: number) => formatNumber(value, lang) },
    },
    series,
  };
};
