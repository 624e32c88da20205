/** Reserves the chart's exact height while data loads, so nothing shifts when it arrives. */
export function Skeleton({ height, label }: { height: number; label: string }) {
  return (
    <div
      role="status"
      aria-label={label}
      className="animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none dark:bg-slate-800"
      style={{ height }}
    />
  );
}
