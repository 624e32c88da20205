import type { EChartsCoreOption } from 'echarts/core';
import { Chart } from '../charts/chart';
import type { ViewProps } from './view-props';

interface ChartBlockProps extends ViewProps {
  title: string;
  option: EChartsCoreOption;
  height: number;
  /** One line under the chart, e.g. the change between years. */
  caption?: string;
}

/** A titled chart inside a panel; the title doubles as the chart's accessible name. */
export function ChartBlock({ title, option, height, caption, theme, lang }: ChartBlockProps) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">
        {title}
      </figcaption>
      <Chart option={option} height={height} ariaLabel={title} theme={theme} lang={lang} />
      {caption && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{caption}</p>}
    </figure>
  );
}
