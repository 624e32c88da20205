import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Lang, Observation } from '../data/schema';
import { indicatorById } from '../data/select';
import { formatNumber } from './format';
import { itemLabel, itemNumberLabel, itemTooltip, observationItem } from './observation-series';
import { textWidthAt } from './text-width';

export interface BarGroup {
  /** Stable series id: with replaceMerge, a group that is filtered out disappears. */
  id: string;
  name: string;
  /** One observation (or none) per category, in category order. */
  observations: readonly (Observation | undefined)[];
}

export interface BarOptions {
  categories: readonly string[];
  groups: readonly BarGroup[];
  /** The axis name: the one unit (or unit family) every bar of this chart is measured in. */
  axisName: string;
  lang: Lang;
  regionName: (code: string) => string;
  horizontal: boolean;
  /** Upper end of the value axis, e.g. 100 for a share, so a bar is read against the whole. */
  max?: number;
  /** Horizontal charts: the width long category names wrap at (they are never dropped). */
  categoryWidth?: number;
}

/** Label width at the charts' 12 px labels (Latin digits about 7 px wide). */
export const textWidth = (text: string) => textWidthAt(text, 12, 7 / 12);

/** Bars from zero, one series per group, value labels with units, tooltips from the data. */
export const buildBarOption = (dataset: Dataset, options: BarOptions): EChartsCoreOption => {
  const { categories, groups, axisName, lang, regionName, horizontal } = options;
  const categoryAxis = {
    type: 'category',
    data: [...categories],
    // Every category is named: ECharts would otherwise drop names that would overlap.
    axisLabel: horizontal
      ? { interval: 0, width: options.categoryWidth ?? 120, overflow: 'break', lineHeight: 14 }
      : { interval: 0 },
    ...(horizontal && { inverse: true }),
  };
  const items = groups.map((group) =>
    group.observations.map((o) => (o ? observationItem(dataset, o, lang, regionName) : null)),
  );
  // Room on the right for the longest value label ("6.34 beds per 1,000 people").
  const labelRoom = Math.max(0, ...items.flat().map((item) => textWidth(item?.text ?? ''))) + 16;
  // Chinese units are a character or two ("834支"): they stay on a phone, English ones go.
  const phoneText = (item: { text: string; number: string } | null) =>
    (lang === 'zh' ? item?.text : item?.number) ?? '';
  const phoneRoom = Math.max(0, ...items.flat().map((item) => textWidth(phoneText(item)))) + 16;
  const valueAxis = {
    type: 'value',
    name: axisName,
    min: 0,
    ...(options.max !== undefined && { max: options.max }),
    // Under a horizontal chart the unit goes below the axis, clear of the longest bar's label.
    ...(horizontal && { nameLocation: 'middle', nameGap: 28 }),
    axisLabel: { formatter: (value: number) => formatNumber(value, lang), hideOverlap: true },
  };
  return {
    animationDuration: 300,
    grid: {
      left: 8,
      right: horizontal ? labelRoom : 16,
      // A vertical chart names its unit above the axis: room for it in every renderer (librsvg
      // places CJK text a few pixels higher than browsers).
      top: groups.length > 1 ? 40 : horizontal ? 8 : 36,
      bottom: horizontal ? 28 : 8,
    },
    legend: { show: groups.length > 1, top: 0 },
    tooltip: { trigger: 'item', formatter: itemTooltip },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: groups.map((group, i) => ({
      id: group.id,
      type: 'bar',
      name: group.name,
      data: items[i],
      label: { show: true, position: horizontal ? 'right' : 'top', formatter: itemLabel },
      barMaxWidth: 36,
    })),
    // On a phone, names beside the bars and "6.34 beds per 1,000 people" would leave no room
    // for the bars: each name goes above its bar, and English labels are bare numbers (the
    // axis names the unit; the tooltip has everything).
    ...(horizontal && {
      media: [
        {
          query: { maxWidth: 480 },
          option: {
            grid: { right: phoneRoom },
            yAxis: {
              axisLabel: {
                inside: true,
                width: 260,
                overflow: 'truncate',
                align: 'left',
                verticalAlign: 'bottom',
                padding: [0, 0, 9, 2],
              },
              axisTick: { show: false },
            },
            series: groups.map((group) => ({
              id: group.id,
              barMaxWidth: 12,
              label: { formatter: lang === 'zh' ? itemLabel : itemNumberLabel },
            })),
          },
        },
      ],
    }),
  };
};

export interface IndicatorBarsOptions extends Omit<
  BarOptions,
  'categories' | 'groups' | 'horizontal'
> {
  /** Stable series id. */
  id: string;
  name: string;
}

/**
 * The common case: one horizontal bar per observation, named by its indicator, in the order
 * given. The caller keeps to one unit (or unit family) per chart.
 */
export const buildIndicatorBars = (
  dataset: Dataset,
  observations: readonly Observation[],
  { id, name, ...options }: IndicatorBarsOptions,
): EChartsCoreOption =>
  buildBarOption(dataset, {
    ...options,
    categories: observations.map(
      (o) => indicatorById(dataset, o.indicator)?.name[options.lang] ?? o.indicator,
    ),
    groups: [{ id, name, observations }],
    horizontal: true,
  });
