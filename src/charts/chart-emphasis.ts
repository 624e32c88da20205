import { getInstanceByDom } from 'echarts/core';
import { findFigureMark } from './figure-mark';

interface SeriesLike {
  data?: unknown;
}

/**
 * Highlights a figure's mark in the live charts under `root` (ECharts' emphasis state and its
 * tooltip) and names it in `data-figure-mark` on the chart box. Loaded on demand (from
 * figure-mark.ts), so ECharts stays out of the first screen's code.
 */
export const emphasizeFigure = (root: Element, id: string): boolean => {
  for (const box of root.querySelectorAll<HTMLElement>('[_echarts_instance_]')) {
    const chart = getInstanceByDom(box);
    if (!chart) continue;
    const { series } = chart.getOption() as { series?: SeriesLike[] };
    const at = findFigureMark(series ?? [], id);
    if (!at) continue;
    chart.dispatchAction({ type: 'highlight', ...at });
    chart.dispatchAction({ type: 'showTip', ...at });
    box.closest('[data-chart-ready]')?.setAttribute('data-figure-mark', id);
    return true;
  }
  return false;
};
