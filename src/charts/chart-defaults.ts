import type { EChartsCoreOption } from 'echarts/core';
import type { ChartTheme } from './echarts-setup';
import { SERIES_PALETTE } from './palette';

export interface DefaultsContext {
  theme: ChartTheme;
  reducedMotion: boolean;
  patterns: boolean;
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * For `aria` of a chart whose own patterns carry meaning (hatched = inferred, one pattern per
 * status): ECharts' automatic patterns would add one pattern per series or area, meaning nothing.
 */
export const OWN_PATTERNS = { decal: { show: false } } as const;

/**
 * What every chart on the page shares, under the panel's own option: the contrast-checked
 * palette of the theme, a transparent background, short motion (none when the reader asks for
 * reduced motion), ECharts' aria description, and decal patterns when they are switched on.
 * A chart that says `aria.decal.show` itself keeps its word (see OWN_PATTERNS).
 */
export const withChartDefaults = (
  option: EChartsCoreOption,
  { theme, reducedMotion, patterns }: DefaultsContext,
): EChartsCoreOption => {
  const aria = asObject(option.aria);
  return {
    color: [...SERIES_PALETTE[theme]],
    // The panel's own background shows through (ECharts' dark theme paints its own navy).
    backgroundColor: 'transparent',
    // A short entrance, and none on filter changes: the new figures are what the reader
    // asked for, and an update tween would only delay them.
    animationDuration: 300,
    animationDurationUpdate: 0,
    // Likewise selection and hover states switch at once: a region picked in the filter bar
    // is outlined on the map as soon as the map redraws, not 300 ms later.
    stateAnimation: { duration: 0 },
    ...option,
    ...(reducedMotion ? { animation: false } : {}),
    aria: { ...aria, enabled: true, decal: { show: patterns, ...asObject(aria.decal) } },
  };
};
