/**
 * What the bench installs in every page before the app's own scripts run (addInitScript): it
 * timestamps chart readiness, long tasks and filter changes with the page's own clock
 * (performance.now(), origin = navigation start), so Node's round trips never enter a figure.
 *
 * `installProbe` is serialised with Function.prototype.toString() and must be self-contained.
 */

export interface ChangeResult {
  ok: boolean;
  /** From the first input event of the change (pointerdown, input, change, click) to settled. */
  ms: number | null;
  t0: number | null;
  t1: number | null;
  /** Whether some chart's data-chart-ready went to "false" (or a chart came or went) meanwhile. */
  flipped: boolean;
  /** Charts in the viewport, within the scope, when settled. */
  charts: number;
  reason?: string;
}

export interface ProbeSnapshot {
  now: number;
  timeOrigin: number;
  /**
   * First chart on screen, static (prerendered SVG) or live: the later of the first animation
   * frame in which a visible `[data-chart-ready="static"|"true"]` box with a drawn SVG or canvas
   * intersects the viewport, and first contentful paint (nothing is on screen before it).
   */
  firstChartVisibleAt: number | null;
  /** The `data-chart-ready` value of that box: 'static' or 'true'. */
  firstChartVisibleAs: string | null;
  firstContentfulPaintAt: number | null;
  /** First live chart: a `[data-chart-ready="true"]` box appeared or a box turned "true". */
  firstChartReadyAt: number | null;
  firstReadyByPanel: Record<string, number>;
  /** When the charts intersecting the initial viewport last all became ready (null: not now). */
  aboveFoldReadyAt: number | null;
  aboveFoldChangedAt: number;
  aboveFoldCharts: number;
  longTasks: { start: number; duration: number }[];
}

export interface BenchProbe {
  snapshot: () => ProbeSnapshot;
  /** Stops re-checking the initial viewport on every chart mutation once the load is measured. */
  stopAboveFold: () => void;
  /** Starts watching a change before it is dispatched; `scope` narrows the charts (CSS prefix). */
  arm: (scope: string, timeoutMs: number) => void;
  settled: () => Promise<ChangeResult>;
  /** Charts in the current viewport within scope, and descriptions of those not ready. */
  inView: (scope: string) => { charts: number; pending: string[] };
}

declare global {
  interface Window {
    __imdeBench?: BenchProbe;
  }
}

export function installProbe(): void {
  if (window.__imdeBench) return;
  performance.setResourceTimingBufferSize(10_000);
  const READY = '[data-chart-ready]';
  // Placeholders that will turn into charts: skeletons, and anything a panel marks busy.
  const LOADING = '.animate-pulse[role="status"], [aria-busy="true"]';
  const EVENTS = ['pointerdown', 'mousedown', 'click', 'input', 'change'] as const;

  const inBox = (el: Element, dy: number): boolean => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      r.right > 0 &&
      r.left < window.innerWidth &&
      r.bottom + dy > 0 &&
      r.top + dy < window.innerHeight
    );
  };
  /** dy = scrollY measures against the initial viewport, dy = 0 against the current one. */
  const viewState = (scope: string, dy: number) => {
    const prefix = scope ? `${scope} ` : '';
    const charts = Array.from(document.querySelectorAll(`${prefix}${READY}`)).filter((el) =>
      inBox(el, dy),
    );
    const notReady = charts.filter((el) => el.getAttribute('data-chart-ready') !== 'true');
    const base = scope || '[data-panel]';
    const loading = Array.from(
      document.querySelectorAll(`${base} :is(${LOADING}), ${base}:is(${LOADING})`),
    ).filter((el) => inBox(el, dy));
    const describe = (el: Element) =>
      `${el.closest('[data-panel]')?.getAttribute('data-panel') ?? '?'}: ${
        el.hasAttribute('data-chart-ready')
          ? `data-chart-ready=${el.getAttribute('data-chart-ready') ?? ''}`
          : 'loading'
      }`;
    return { charts: charts.length, pending: [...notReady, ...loading].map(describe) };
  };
  const marker = () =>
    document.querySelector('[role="search"]')?.parentElement?.querySelector(':scope > ul')
      ?.textContent ?? '';

  const snap: ProbeSnapshot = {
    now: 0,
    timeOrigin: performance.timeOrigin,
    firstChartVisibleAt: null,
    firstChartVisibleAs: null,
    firstContentfulPaintAt: null,
    firstChartReadyAt: null,
    firstReadyByPanel: {},
    aboveFoldReadyAt: null,
    aboveFoldChangedAt: 0,
    aboveFoldCharts: 0,
    longTasks: [],
  };
  let trackAboveFold = true;
  let change: { t0: number | null; marker: string; flipped: boolean } | null = null;
  let changeResult: Promise<ChangeResult> | null = null;

  const noteReady = (el: Element, now: number) => {
    snap.firstChartReadyAt ??= now;
    const panel = el.closest('[data-panel]')?.getAttribute('data-panel');
    if (panel && snap.firstReadyByPanel[panel] === undefined) snap.firstReadyByPanel[panel] = now;
  };
  const touches = (node: Node, selector: string): boolean =>
    node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null);

  const observer = new MutationObserver((records) => {
    const now = performance.now();
    let relevant = false;
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        relevant = true;
        const value = record.target.getAttribute(record.attributeName ?? '');
        const done = record.attributeName === 'data-chart-ready' ? 'true' : 'false';
        if (record.attributeName === 'data-chart-ready' && value === 'true') {
          noteReady(record.target, now);
        } else if (value !== done && change?.t0 != null) change.flipped = true;
        continue;
      }
      for (const node of [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)]) {
        if (touches(node, READY)) {
          relevant = true;
          if (change?.t0 != null) change.flipped = true;
          if (node instanceof Element && node.isConnected) {
            for (const el of [node, ...Array.from(node.querySelectorAll(READY))]) {
              if (el.getAttribute('data-chart-ready') === 'true') noteReady(el, now);
            }
          }
        } else if (touches(node, LOADING)) relevant = true;
      }
    }
    if (!relevant || !trackAboveFold) return;
    const state = viewState('', window.scrollY);
    const ready = state.charts > 0 && state.pending.length === 0;
    snap.aboveFoldCharts = state.charts;
    if (ready !== (snap.aboveFoldReadyAt !== null)) {
      snap.aboveFoldReadyAt = ready ? now : null;
      snap.aboveFoldChangedAt = now;
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-chart-ready', 'aria-busy'],
  });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        snap.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API in this browser: counts stay 0, the report says so via the browser name.
  }

  // A prerendered chart is parsed into the DOM before any script of the page runs, and it is on
  // screen only once painted and not hidden (a stale page hides the baked view until the app
  // renders): so each animation frame looks for a visible box holding a drawn SVG or canvas.
  const drawn = (el: Element): boolean =>
    inBox(el, 0) &&
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    Array.from(el.querySelectorAll('svg, canvas')).some(
      (g) => inBox(g, 0) && g.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    );
  let pendingVisibleAt: number | null = null;
  const settleVisible = () => {
    if (pendingVisibleAt === null || snap.firstContentfulPaintAt === null) return;
    snap.firstChartVisibleAt = Math.max(pendingVisibleAt, snap.firstContentfulPaintAt);
  };
  const watchFrames = () => {
    const box = Array.from(
      document.querySelectorAll('[data-chart-ready="static"], [data-chart-ready="true"]'),
    ).find(drawn);
    if (box) {
      pendingVisibleAt = performance.now();
      snap.firstChartVisibleAs = box.getAttribute('data-chart-ready');
      settleVisible();
      return;
    }
    requestAnimationFrame(watchFrames);
  };
  requestAnimationFrame(watchFrames);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-contentful-paint') snap.firstContentfulPaintAt = e.startTime;
      }
      settleVisible();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No Paint Timing in this browser: first chart visible stays null (never so in Chromium).
  }

  window.__imdeBench = {
    snapshot: () => ({ ...snap, now: performance.now(), longTasks: [...snap.longTasks] }),
    stopAboveFold: () => {
      trackAboveFold = false;
    },
    inView: (scope) => viewState(scope, 0),
    arm: (scope, timeoutMs) => {
      const armedAt = performance.now();
      const current = { t0: null as number | null, marker: marker(), flipped: false };
      change = current;
      const onEvent = () => {
        current.t0 ??= performance.now();
      };
      for (const type of EVENTS) window.addEventListener(type, onEvent, { capture: true });
      changeResult = new Promise<ChangeResult>((resolve) => {
        // First animation frame at which the change has landed and every chart in view is ready.
        const tick = () => {
          const now = performance.now();
          const landed = current.t0 !== null && (current.flipped || marker() !== current.marker);
          const state = landed ? viewState(scope, 0) : null;
          const done = state !== null && state.pending.length === 0;
          if (done || now - armedAt > timeoutMs) {
            for (const type of EVENTS) {
              window.removeEventListener(type, onEvent, { capture: true });
            }
            const pending = (state ?? viewState(scope, 0)).pending;
            resolve({
              ok: done,
              ms: done && current.t0 !== null ? now - current.t0 : null,
              t0: current.t0,
              t1: done ? now : null,
              flipped: current.flipped,
              charts: state?.charts ?? 0,
              ...(done
                ? {}
                : {
                    reason:
                      current.t0 === null
                        ? 'no input event seen'
                        : landed
                          ? `not ready: ${pending.join('; ')}`
                          : 'the filter chips never changed and no chart re-rendered',
                  }),
            });
            return;
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    settled: () => changeResult ?? Promise.reject(new Error('settled() called before arm()')),
  };
}

/**
 * The init script: tsx compiles with esbuild's keepNames, which wraps inner functions in a
 * `__name(fn, "name")` helper that exists in Node only; a no-op stand-in makes the serialised
 * function (and any page.evaluate callback with named inner functions) run in the page.
 */
export const PROBE_SCRIPT = `globalThis.__name ??= (fn) => fn;\n(${installProbe.toString()})();`;
