import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../data/schema';

/** What a panel's option builder returns for each chart: the option and its title. */
export interface TitledChart {
  /** Stable, for React keys and exports. */
  id: string;
  title: string;
  option: EChartsCoreOption;
  /** One line under the chart, e.g. the change between years or when figures were counted. */
  caption?: string;
  /** The chart's quotable sentence (chart-sentence.ts), in the page language. */
  sentence: string;
}

/** What every option builder needs besides the data. */
export interface BuildContext {
  lang: Lang;
  regionName: (code: string) => string;
}
