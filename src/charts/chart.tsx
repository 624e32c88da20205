import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { whenIdleAfterLoad } from '../lib/after-load';
import { useHydrated } from '../lib/use-hydrated';
import { areLoaded, loadModules, loadedChartInstance, modulesFor } from './chart-modules';
import { CHART_BOX_CLASS, chartBoxStyle } from './chart-box';
import type { ChartProps } from './chart-props';
import { ChartSettingsContext } from './chart-settings';
import { ChartWidthContext, STATIC_ATTR, StaticChartsContext, optionHash } from './static-chart';
import { useNearViewport } from './use-near-viewport';
import { usePrinting } from '../lib/use-printing';

/**
 * Every chart on the page. The box (height, accessible name, readiness) exists at once so
 * nothing shifts. A prerendered chart shows its build-time SVG until the live chart has drawn;
 * it goes live when the reader points at or touches it, when the view no longer is the one
 * prerendered, or once the page is quiet after load (after-load.ts). ECharts is created when
 * the box is near the viewport and the modules its option needs have loaded. Exports redraw
 * the panel's model, so they work either way.
 */
export function Chart(props: ChartProps) {
  const {
    option,
    height,
    narrowHeight,
    ariaLabel,
    className,
    staticKey,
    lang,
    theme,
    liveBlocked,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const { near: nearNow, reached: near } = useNearViewport(container);
  const hydrated = useHydrated();
  const [ready, setReady] = useState(false);

  const statics = useContext(StaticChartsContext);
  const width = useContext(ChartWidthContext);
  const { patterns, showingFigure } = useContext(ChartSettingsContext);
  const markup = useMemo(
    () =>
      staticKey
        ? statics.markup(staticKey, {
            option,
            height,
            lang,
            width,
            ...(narrowHeight !== undefined && { narrowHeight }),
          })
        : null,
    [statics, staticKey, option, height, narrowHeight, lang, width],
  );
  // Before hydration ends the markup must be what was prerendered; afterwards it is shown only
  // while it still draws this option, in the prerendered (light, unpatterned) look.
  const current =
    markup !== null &&
    (!hydrated || (markup.hashes.includes(optionHash(option)) && theme === 'light' && !patterns));
  const [wanted, setWanted] = useState(false);
  if (hydrated && markup !== null && (!current || showingFigure) && !wanted) setWanted(true);
  const live = markup === null || wanted;
  useEffect(() => {
    if (markup === null || wanted) return;
    return whenIdleAfterLoad(() => setWanted(true));
  }, [markup, wanted]);
  const wake = () => setWanted(true);
  // The app may take over while the pointer already rests on the chart (that is what woke it).
  useEffect(() => {
    if (hydrated && container.current?.matches(':hover')) setWanted(true);
  }, [hydrated]);

  const needed = modulesFor(option);
  // Held in state (not read from the module during render) so React sees one stable type.
  const [ChartInstance, setChartInstance] = useState(() => (live ? loadedChartInstance() : null));
  const [, setLoadedCount] = useState(0);
  const missing = !areLoaded(needed);
  // Another chart may have loaded the code since this one mounted.
  if (live && !missing && ChartInstance === null) setChartInstance(() => loadedChartInstance());
  const [failed, setFailed] = useState<Error | null>(null);
  const wantsCode = live && near && !liveBlocked;
  const { onGoingLive } = props;
  useEffect(() => {
    if (live && near) onGoingLive?.();
  }, [live, near, onGoingLive]);
  useEffect(() => {
    if (!wantsCode || !missing) return;
    let current = true;
    loadModules(needed).then(
      () => {
        if (!current) return;
        setChartInstance(() => loadedChartInstance());
        setLoadedCount((n) => n + 1);
      },
      (error: unknown) =>
        current && setFailed(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      current = false;
    };
  });
  // Thrown during render so the chart's error boundary shows it with its retry button.
  if (failed) throw failed;

  // A live chart far from the viewport keeps the option it last drew, hidden once that is not
  // the current one: a filter change then costs it no redraw until the reader comes back, and a
  // full-page capture never shows it with the figures of another view. Printing redraws all.
  const [drawn, setDrawn] = useState(option);
  const printing = usePrinting();
  if (drawn !== option && (nearNow || printing || !wantsCode)) setDrawn(option);
  const stale = drawn !== option;

  // Created while near the viewport, then kept: a chart the reader passed before its code or
  // data arrived (a link to a panel further down) waits until they come back, instead of
  // drawing off screen while the panel they came for draws.
  const [created, setCreated] = useState(false);
  const create =
    wantsCode && !missing && ChartInstance !== null && (created || nearNow || printing);
  if (create && !created) setCreated(true);

  const showStatic = current && !ready;
  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      aria-describedby={props.ariaDescribedBy}
      data-chart-ready={ready && !stale ? 'true' : showStatic ? 'static' : 'false'}
      className={`relative ${CHART_BOX_CLASS} ${className ?? ''}`}
      style={chartBoxStyle({ height, ...(narrowHeight !== undefined && { narrowHeight }) })}
      {...(markup !== null && !wanted && { onPointerEnter: wake, onTouchStart: wake })}
    >
      {create && ChartInstance && (
        // A language change re-creates the chart: locale is an ECharts init option.
        <ChartInstance
          key={lang}
          {...props}
          option={drawn}
          hidden={stale}
          onReadyChange={setReady}
        />
      )}
      {showStatic && (
        <div
          className="static-chart"
          {...{ [STATIC_ATTR]: staticKey }}
          aria-hidden="true"
          // ECharts' own SVG of our option, made at build time (zrender encodes every text and
          // attribute) or read back from this very document before hydration: never user HTML.
          // eslint-disable-next-line no-restricted-syntax
          dangerouslySetInnerHTML={{ __html: markup.html }}
        />
      )}
    </div>
  );
}
