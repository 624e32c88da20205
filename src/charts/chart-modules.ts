import type { EChartsCoreOption } from 'echarts/core';

/**
 * ECharts modules beyond the core set (bar, line, grid, tooltip, legend, aria) that only some
 * panels need. Each is its own chunk, loaded when a chart that needs it is about to render,
 * so the first chart on the page never waits for map or heatmap code.
 */
export type ChartModule = 'map' | 'heatmap';

const LOADERS: Record<ChartModule, () => Promise<unknown>> = {
  map: () => import('./echarts-map'),
  heatmap: () => import('./echarts-heatmap'),
};

const seriesTypes = (option: EChartsCoreOption): string[] => {
  const series = option.series;
  const list: unknown[] = Array.isArray(series) ? series : series ? [series] : [];
  return list.flatMap((s) =>
    typeof s === 'object' && s !== null && 'type' in s && typeof s.type === 'string'
      ? [s.type]
      : [],
  );
};

export const modulesFor = (option: EChartsCoreOption): ChartModule[] => {
  const types = new Set(seriesTypes(option));
  return (['map', 'heatmap'] as const).filter((name) => types.has(name));
};

const loaded = new Set<ChartModule>();
const pending = new Map<ChartModule, Promise<void>>();

export const areLoaded = (names: readonly ChartModule[]): boolean =>
  names.every((name) => loaded.has(name));

export const loadModules = (names: readonly ChartModule[]): Promise<void> =>
  Promise.all(
    names.map((name) => {
      let promise = pending.get(name);
      if (!promise) {
        promise = LOADERS[name]().then(() => {
          loaded.add(name);
        });
        // A failed chunk load may be retried (e.g. after the network comes back).
        promise.catch(() => pending.delete(name));
        pending.set(name, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
