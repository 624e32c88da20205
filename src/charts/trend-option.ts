import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Lang } from '../data/schema';
import { indicatorById, selectObservations, yearsOf } from '../data/select';
import { formatNumber } from './format';
import { itemLabel, itemTooltip, observationItem, sharedUnit } from './observation-series';

export interface TrendOptions {
  /** Indicators drawn together; they must share one unit. */
  indicators: readonly string[];
  region: string;
  lang: Lang;
  regionName: (code: string) => string;
  /** Rates whose level matters start at zero; life expectancy reads better on its own scale. */
  zeroBased: boolean;
  from?: number;
  to?: number;
}

/** One line per indicator over the years it has, in one unit; derived points drawn hollow. */
export const buildTrendOption = (dataset: Dataset, options: TrendOptions): EChartsCoreOption => {
  const { indicators, region, lang, regionName, zeroBased } = options;
  const unit = sharedUnit(dataset, indicators, lang);
  const observations = selectObservations(dataset, {
    indicators,
    regions: new Set([region]),
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
  });
  const years = yearsOf(observations);
  const series = indicators.map((id) => ({
    id: `trend:${id}`,
    type: 'line',
    name: indicatorById(dataset, id)?.name[lang] ?? id,
    data: years.map((year) => {
      const o = observations.find((x) => x.indicator === id && x.year === year);
      if (!o) return null;
      const item = observationItem(dataset, o, lang, regionName);
      return { ...item, symbol: item.derived ? 'emptyCircle' : 'circle' };
    }),
    symbolSize: 10,
    connectNulls: false,
    label: { show: true, position: 'top', formatter: itemLabel },
  }));
  return {
    animationDuration: 300,
    grid: {
      left: 8,
      right: 24,
      top: indicators.length > 1 ? 40 : 28,
      bottom: 8,
      containLabel: true,
    },
    legend: { show: indicators.length > 1, top: 0 },
    tooltip: { trigger: 'item', formatter: itemTooltip },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: true },
    yAxis: {
      type: 'value',
      name: unit,
      scale: !zeroBased,
      ...(zeroBased && { min: 0 }),
      axisLabel: { formatter: (value: number) => formatNumber(value, lang) },
    },
    series,
  };
};
