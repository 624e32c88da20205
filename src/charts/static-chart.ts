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
  lang: Lang;
}

export interface StaticCharts {
  markup: (key: string, request: StaticChartRequest) => StaticChartMarkup | null;
}

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
