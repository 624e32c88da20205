// The only place that registers ECharts modules. Importing from 'echarts' (the full
// bundle) anywhere else would defeat tree-shaking, so panels import `echarts` from here.
import * as echarts from 'echarts/core';
import {
  BarChart,
  HeatmapChart,
  LineChart,
  MapChart,
  PieChart,
  ScatterChart,
} from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
// UniversalTransition is left out: it adds ~8 kB gzipped (measured) and no panel morphs
// between series types.
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  HeatmapChart,
  PieChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  VisualMapComponent,
  DatasetComponent,
  AriaComponent,
  MarkLineComponent,
  GeoComponent,
  LabelLayout,
  CanvasRenderer,
]);

// No theme registration needed: echarts/core (6.x) itself registers 'default' (empty) and
// 'dark' (lib/core/echarts.js: registerTheme('dark', darkTheme)). The UMD files in
// echarts/theme/ are a different, older palette and would need the full bundle's global.
export const THEME_NAME = { light: 'default', dark: 'dark' } as const;

export type ChartTheme = keyof typeof THEME_NAME;

/** Registers a map once; re-registering would rebuild geo resources for every chart. */
export function registerMapOnce(code: string, geoJson: unknown): void {
  // getMap is only wired up once GeoComponent/MapChart are installed, which `use` above did.
  if (echarts.getMap(code)) return;
  echarts.registerMap(code, geoJson as Parameters<typeof echarts.registerMap>[1]);
}

export { echarts };
