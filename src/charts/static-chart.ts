import { createContext } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../data/schema';

/**
 * Charts prerendered at build time: ECharts' SVG of the same option, one variant per layout
 * (wide, and narrow as a phone builds it), shown until the live chart replaces it. Each variant
 * records the hash of the option it was drawn from; a chart whose option (data, language,
 * filter, layout) no longer hashes to one of them is not the figure on screen and goes live.
 */
export interface StaticChartMarkup {
  /** The inner HTML of the static box, exactly as prerendered. */
  html: string;
  hashes: readonly string[];
}

export interface StaticChartRequest {
  option: EChartsCoreOption;
  height: number;
  /** The narrow variant's height, when it differs. */
  narrowHeight?: number;
  lang: Lang;
  /** The box's width on a 1280 px desktop (ChartWidthContext), the wide variant's width. */
  width?: number;
}

export interface StaticCharts {
  markup: (key: string, request: StaticChartRequest) => StaticChartMarkup | null;
}

/**
 * A chart box's width on a 1280 px screen, as the layout gives it: a panel's content is 1214 px
 * when it spans both columns and 582 px otherwise; sections split it into columns. Prerendered
 * charts are drawn at that width so the baked SVG fills its box as the live chart will.
 */
export const DESKTOP_PANEL_WIDTH = { wide: 1214, normal: 582 } as const;
export const ChartWidthContext = createContext<number>(DESKTOP_PANEL_WIDTH.normal);

/** The width of one of `columns` columns `gap` px apart. */
export const columnWidth = (width: number, columns: number, gap = 16) =>
  Math.round((width - gap * (columns - 1)) / columns);

export const NO_STATIC_CHARTS: StaticCharts = { markup: () => null };

export const StaticChartsContext = createContext<StaticCharts>(NO_STATIC_CHARTS);

/** FNV-1a over the option's JSON (functions drop out): the same in Node and in browsers. */
export const optionHash = (option: EChartsCoreOption): string => {
  const text = JSON.stringify(option);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
};

export const STATIC_ATTR = 'data-static-chart';

/** The prerendered charts of this document, read once before hydration. */
export const staticChartsFromDocument = (root: ParentNode): StaticCharts => {
  const found = new Map<string, StaticChartMarkup>();
  for (const el of root.querySelectorAll<HTMLElement>(`[${STATIC_ATTR}]`)) {
    const key = el.getAttribute(STATIC_ATTR) ?? '';
    const hashes = [...el.querySelectorAll<HTMLElement>('[data-hash]')].map(
      (v) => v.dataset.hash ?? '',
    );
    found.set(key, { html: el.innerHTML, hashes });
  }
  return { markup: (key) => found.get(key) ?? null };
};
