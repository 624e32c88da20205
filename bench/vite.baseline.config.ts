import { mergeConfig } from 'vite';
import baseConfig from '../vite.config.ts';

/**
 * The baseline the benchmark compares against: the same app, but with ECharts imported the
 * default way, i.e. the full `echarts` package (every chart and component registers itself on
 * import) and echarts-for-react's default export (which imports full echarts). Only the two
 * exact specifiers the app uses are redirected; `echarts/charts` etc. stay as they are, so the
 * app's own `echarts.use([...])` still runs and simply re-registers what is already there.
 */
export default mergeConfig(baseConfig, {
  resolve: {
    alias: [
      { find: /^echarts\/core$/, replacement: 'echarts' },
      { find: /^echarts-for-react\/esm\/core$/, replacement: 'echarts-for-react' },
    ],
  },
  build: {
    outDir: 'dist-baseline',
  },
});
