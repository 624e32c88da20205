import type { EChartsCoreOption } from 'echarts/core';

/**
 * The id of a legend that is the chart's key in exported images only: on screen the panel
 * draws that key in HTML (it wraps, and can say more), so the option keeps it hidden.
 */
export const EXPORT_KEY_ID = 'export-key';

type Option = EChartsCoreOption & {
  visualMap?: unknown;
  legend?: unknown;
  grid?: unknown;
  series?: unknown;
};
type Hidden = { type?: string; show?: boolean; id?: string } & Record<string, unknown>;

/** Room under the chart for a key of one or two lines. */
export const KEY_ROOM = 56;

const room = (option: Option): Option => {
  const grid = option.grid as Record<string, unknown> | undefined;
  const series = Array.isArray(option.series) ? (option.series as Record<string, unknown>[]) : [];
  return {
    ...(grid && { grid: { ...grid, bottom: Number(grid.bottom ?? 0) + KEY_ROOM } }),
    series: series.map((s) => (s.type === 'map' ? { ...s, bottom: KEY_ROOM } : s)),
  };
};

const AT_BOTTOM = {
  show: true,
  orient: 'horizontal',
  left: 'center',
  bottom: 0,
  itemWidth: 14,
  itemHeight: 10,
  itemGap: 8,
} as const;

/**
 * On screen some panels draw their key in HTML next to the chart (it wraps, and its entries
 * are buttons); an image has no HTML, so a hidden piecewise visualMap, or a hidden legend
 * with the EXPORT_KEY_ID, is shown as the key under the chart, and the chart moves up to
 * make room. A legend keeps each series' pattern in its swatch, a visualMap only colours.
 */
export const withExportKey = (option: Option): Option => {
  const legend = option.legend as Hidden | undefined;
  if (legend && !Array.isArray(legend) && legend.id === EXPORT_KEY_ID && legend.show === false) {
    return {
      ...option,
      ...room(option),
      legend: { ...legend, ...AT_BOTTOM, itemWidth: 18, itemHeight: 12 },
    };
  }
  const key = option.visualMap as Hidden | undefined;
  if (!key || Array.isArray(key) || key.type !== 'piecewise' || key.show !== false) return option;
  return { ...option, ...room(option), visualMap: { ...key, ...AT_BOTTOM } };
};
