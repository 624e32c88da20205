/** Where a figure's mark is in a chart option: the series and data item carrying its id. */
export interface MarkPosition {
  seriesIndex: number;
  dataIndex: number;
}

interface SeriesLike {
  data?: unknown;
}

/**
 * Finds the data item whose `figure` (observation-series.ts puts the figure id on every item
 * it builds) is `id`. Charts whose items are bare numbers have no ids: null.
 */
export const findFigureMark = (series: readonly SeriesLike[], id: string): MarkPosition | null => {
  for (const [seriesIndex, s] of series.entries()) {
    if (!Array.isArray(s.data)) continue;
    const dataIndex = s.data.findIndex(
      (item: unknown) =>
        typeof item === 'object' && item !== null && (item as { figure?: unknown }).figure === id,
    );
    if (dataIndex >= 0) return { seriesIndex, dataIndex };
  }
  return null;
};

/**
 * Highlights a figure's mark in the live charts under `root` (ECharts' emphasis state and its
 * tooltip) and names it in `data-figure-mark` on the chart box. The ECharts code is loaded
 * only when a chart exists, so this never pulls it into the first screen.
 */
export const highlightFigureMark = async (root: Element, id: string): Promise<boolean> => {
  const boxes = root.querySelectorAll<HTMLElement>('[_echarts_instance_]');
  if (boxes.length === 0) return false;
  const { getInstanceByDom } = await import('echarts/core');
  for (const box of boxes) {
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
