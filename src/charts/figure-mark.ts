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
 * Highlights a figure's mark in the live charts under `root`; false while there is none (the
 * chart not drawn yet, or a chart without figure ids). The ECharts part loads on demand.
 */
export const highlightFigureMark = async (root: Element, id: string): Promise<boolean> => {
  if (!root.querySelector('[_echarts_instance_]')) return false;
  const { emphasizeFigure } = await import('./chart-emphasis');
  return emphasizeFigure(root, id);
};
