// The only place that registers the core ECharts modules. Importing from 'echarts' (the full
// bundle) anywhere else would defeat tree-shaking, so chart code imports `echarts` from here.
// Map and heatmap series are registered on demand by echarts-map.ts / echarts-heatmap.ts
// (see chart-modules.ts). This module itself is only reached through dynamic imports.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
// UniversalTransition is left out: it adds ~8 kB gzipped (measured) and no panel morphs
// between series types.
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  LabelLayout,
  CanvasRenderer,
]);

// No theme registration needed: echarts/core (6.x) itself registers 'default' (empty) and
// 'dark' (lib/core/echarts.js: registerTheme('dark', darkTheme)). The UMD files in
// echarts/theme/ are a different, older palette and would need the full bundle's global.
export const THEME_NAME = { light: 'default', dark: 'dark' } as const;

export type ChartTheme = keyof typeof THEME_NAME;

export { echarts };
