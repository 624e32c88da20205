import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type { Lang } from '../data/schema';
import type { ChartTheme } from './echarts-setup';

export interface ChartProps {
  option: EChartsCoreOption;
  /** Pixel height, reserved before ECharts renders so the layout never shifts. */
  height: number;
  /** Pixel height below 640 px, when it differs (chart-box.ts). */
  narrowHeight?: number;
  ariaLabel: string;
  /** The id of the element that describes the chart (its quotable sentence). */
  ariaDescribedBy?: string;
  theme: ChartTheme;
  /** ECharts' built-in texts follow the page language. */
  lang: Lang;
  onEvents?: Record<string, (params: unknown) => void>;
  /** Receives the instance once it exists, and null once it is disposed. */
  onInstance?: (instance: EChartsType | null) => void;
  /** Components replaced (not merged) on update, so filtered-out series disappear. */
  replaceMerge?: string[];
  className?: string;
  /** Names the chart's prerendered SVG (`<panel id>/<chart id>`); none: always live. */
  staticKey?: string;
  /** Something the live chart needs is not there yet (its map geometry). */
  liveBlocked?: boolean;
  /** The chart is about to go live (wanted and near the viewport): start what it waits for. */
  onGoingLive?: () => void;
}
