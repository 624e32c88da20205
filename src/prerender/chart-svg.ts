// Build-time only (Node): ECharts' server-side SVG of a chart option, as the page shows it
// before the live chart takes over. Same option, same defaults, light theme, no animation.
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { withChartDefaults } from '../charts/chart-defaults';
import '../charts/echarts-heatmap';
import '../charts/echarts-map';
import { echarts, THEME_NAME } from '../charts/echarts-setup';
import type { Lang } from '../data/schema';
import { compactSvg } from './compact-svg';

echarts.use([SVGRenderer]);

export interface SvgRequest {
  option: EChartsCoreOption;
  width: number;
  height: number;
  lang: Lang;
}

export const chartSvg = ({ option, width, height, lang }: SvgRequest): string => {
  const chart = echarts.init(null, THEME_NAME.light, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
    locale: lang === 'zh' ? 'ZH' : 'EN',
  });
  try {
    chart.setOption(
      withChartDefaults(option, { theme: 'light', reducedMotion: true, patterns: false }),
    );
    return compactSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
};
