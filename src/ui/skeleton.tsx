import { CHART_BOX_CLASS, chartBoxStyle } from '../charts/chart-box';
import type { BoxHeight } from '../charts/chart-box';

/** Reserves the chart's exact height while data loads, so nothing shifts when it arrives. */
export function Skeleton({ box, label }: { box: BoxHeight; label: string }) {
  return (
    <div
      role="status"
      aria-label={label}
      className={`${CHART_BOX_CLASS} animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none dark:bg-slate-800`}
      style={chartBoxStyle(box)}
    />
  );
}
