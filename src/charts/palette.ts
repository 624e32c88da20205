import type { ChartTheme } from './echarts-setup';

/**
 * Series colours per theme, each at least 3:1 against its panel background (WCAG 1.4.11
 * non-text contrast; checked in palette.test.ts). ECharts' own v6 palette has yellows and
 * light greens at 1.5:1 on white. Hues follow Okabe & Ito's colour-blind-safe set, darkened
 * for light backgrounds and kept bright for dark ones. Map and matrix fills are areas named by
 * labels, borders and (optionally) decal patterns, and keep their own sequential scales.
 */
export const PANEL_BACKGROUND: Record<ChartTheme, string> = {
  light: '#ffffff', // Tailwind white: panels in light mode
  dark: '#0f172a', // Tailwind slate-900: panels in dark mode
};

export const SERIES_PALETTE: Record<ChartTheme, readonly string[]> = {
  light: ['#0072b2', '#c2410c', '#007a5a', '#7b3294', '#a16207', '#be185d', '#475569', '#0e7490'],
  dark: ['#56b4e9', '#f59e0b', '#34d399', '#c4a5f5', '#f0e442', '#f472b6', '#cbd5e1', '#22d3ee'],
};

/** The colour in sRGB relative luminance (WCAG 2.x). */
export const luminance = (hex: string): number => {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
};

export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
