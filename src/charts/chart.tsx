import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';
import { useCollectChart } from './chart-collector';
import { areLoaded, loadModules, modulesFor } from './chart-modules';
import type { ChartProps } from './chart-props';
import { useNearViewport } from './use-near-viewport';

// ECharts itself (core, canvas renderer, bar/line) arrives with this chunk, on first use.
const ChartInstance = lazy(() =>
  import('./chart-instance').then((module) => ({ default: module.ChartInstance })),
);

/**
 * Every chart on the page. The box (height, accessible name, readiness) exists at once so
 * nothing shifts; ECharts is created when the box comes near the viewport and the modules
 * its option needs have loaded. Exports use the collected option, so they work either way.
 */
export function Chart(props: ChartProps) {
  const { option, height, ariaLabel, className } = props;
  const container = useRef<HTMLDivElement>(null);
  const near = useNearViewport(container);
  const [ready, setReady] = useState(false);
  useCollectChart(useId(), { title: ariaLabel, option, element: container });

  const needed = modulesFor(option);
  const [, setLoadedCount] = useState(0);
  const missing = !areLoaded(needed);
  const [failed, setFailed] = useState<Error | null>(null);
  useEffect(() => {
    if (!near || !missing) return;
    let live = true;
    loadModules(needed).then(
      () => live && setLoadedCount((n) => n + 1),
      (error: unknown) =>
        live && setFailed(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  });
  // Thrown during render so the chart's error boundary shows it with its retry button.
  if (failed) throw failed;

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-chart-ready={ready ? 'true' : 'false'}
      className={className}
      style={{ height }}
    >
      {near && !missing && (
        <Suspense fallback={null}>
          {/* A language change re-creates the chart: locale is an ECharts init option. */}
          <ChartInstance key={props.lang} {...props} onReadyChange={setReady} />
        </Suspense>
      )}
    </div>
  );
}
