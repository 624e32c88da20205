import { useEffect, useRef, useState } from 'react';
import { areLoaded, loadModules, loadedChartInstance, modulesFor } from './chart-modules';
import type { ChartProps } from './chart-props';
import { useNearViewport } from './use-near-viewport';

/**
 * Every chart on the page. The box (height, accessible name, readiness) exists at once so
 * nothing shifts; ECharts is created when the box comes near the viewport and the modules
 * its option needs have loaded. Exports redraw the panel's model, so they work either way.
 */
export function Chart(props: ChartProps) {
  const { option, height, ariaLabel, className } = props;
  const container = useRef<HTMLDivElement>(null);
  const near = useNearViewport(container);
  const [ready, setReady] = useState(false);

  const needed = modulesFor(option);
  // Held in state (not read from the module during render) so React sees one stable type.
  const [ChartInstance, setChartInstance] = useState(() => loadedChartInstance());
  const [, setLoadedCount] = useState(0);
  const missing = !areLoaded(needed);
  // Another chart may have loaded the code since this one mounted.
  if (!missing && ChartInstance === null) setChartInstance(() => loadedChartInstance());
  const [failed, setFailed] = useState<Error | null>(null);
  useEffect(() => {
    if (!near || !missing) return;
    let live = true;
    loadModules(needed).then(
      () => {
        if (!live) return;
        setChartInstance(() => loadedChartInstance());
        setLoadedCount((n) => n + 1);
      },
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
      {near && !missing && ChartInstance && (
        // A language change re-creates the chart: locale is an ECharts init option.
        <ChartInstance key={props.lang} {...props} onReadyChange={setReady} />
      )}
    </div>
  );
}
