import type { EChartsCoreOption } from 'echarts/core';
import type { ChartInstance } from './chart-instance';

/**
 * Chart code in chunks loaded when a chart is about to render: 'core' is ECharts itself
 * (core, canvas, bar, line, grid, tooltip, legend, aria) with the instance component; map
 * and heatmap series only some panels need, so the first chart never waits for them.
 * Not React.lazy: a failed chunk (offline) must be retryable, and lazy caches the failure.
 */
export type ChartModule = 'core' | 'map' | 'heatmap';

let instanceComponent: typeof ChartInstance | null = null;

const LOADERS: Record<ChartModule, () => Promise<unknown>> = {
  core: () =>
    import('./chart-instance').then((module) => {
      instanceComponent = module.ChartInstance;
    }),
  map: () => import('./echarts-map'),
  heatmap: () => import('./echarts-heatmap'),
};

/** The component that owns an ECharts instance, once 'core' has loaded. */
export const loadedChartInstance = () => instanceComponent;

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
  return ['core', ...(['map', 'heatmap'] as const).filter((name) => types.has(name))];
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

/**
 * Starts fetching ECharts itself at startup, in parallel with the data, instead of when the
 * first chart's data has arrived: every first viewport has a chart. A failure is left for that
 * chart to report (it loads again and shows the error with Retry).
 */
export const preloadChartCore = () => {
  loadModules(['core']).catch(() => undefined);
};
