/**
 * Work that can wait (charts going live on a prerendered page) runs once the page is quiet:
 * after its load event, when for QUIET_MS nothing has blocked the main thread for long and the
 * reader has not scrolled, typed, pointed or touched; then one task per idle period. A reader
 * who reaches for a chart never waits for this: the chart goes live at once.
 */
export const QUIET_MS = 5000;
/**
 * Long tasks that are not ours (a slow device painting, an embedding page's scripts) could
 * postpone that forever: the wait ends this long after it began, input or not.
 */
export const MAX_WAIT_MS = 10_000;

const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

const queue: (() => void)[] = [];
let started = false;

const idle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 2000 })
    : setTimeout(run, 1);

const drain = () => {
  const next = queue.shift();
  if (!next) {
    started = false;
    return;
  }
  next();
  idle(drain);
};

/** Resolves once the load event has fired (at once if it has). */
export const afterLoad = (): Promise<void> =>
  document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));

const hasLongTasks = () =>
  typeof PerformanceObserver === 'function' &&
  PerformanceObserver.supportedEntryTypes.includes('longtask');

/**
 * Resolves once QUIET_MS have passed with no long task (where the browser reports them) and no
 * input, the quiet window that defines Time to Interactive plus the reader's own actions; or
 * MAX_WAIT_MS after it was called.
 */
export const whenQuiet = (): Promise<void> =>
  new Promise((resolve) => {
    let timer = setTimeout(done, QUIET_MS);
    const deadline = setTimeout(done, MAX_WAIT_MS);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(done, QUIET_MS);
    };
    const observer = hasLongTasks() ? new PerformanceObserver(restart) : null;
    observer?.observe({ type: 'longtask' });
    INPUTS.forEach((type) =>
      window.addEventListener(type, restart, { capture: true, passive: true }),
    );
    function done() {
      clearTimeout(timer);
      clearTimeout(deadline);
      observer?.disconnect();
      INPUTS.forEach((type) => window.removeEventListener(type, restart, { capture: true }));
      resolve();
    }
  });

let quiet: Promise<void> | null = null;
const afterLoadAndQuiet = () => (quiet ??= afterLoad().then(whenQuiet));

/** Queues `task` for an idle period once the page is quiet after load; returns a cancel function. */
export const whenIdleAfterLoad = (task: () => void): (() => void) => {
  let cancelled = false;
  queue.push(() => {
    if (!cancelled) task();
  });
  void afterLoadAndQuiet().then(() => {
    if (started) return;
    started = true;
    idle(drain);
  });
  return () => {
    cancelled = true;
  };
};
