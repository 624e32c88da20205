import { useEffect, useState } from 'react';

/**
 * Runs work after the page's load event, one callback per idle period, so deferred work
 * (charts going live, fresh data) neither delays the first paint nor blocks input for long.
 */
const queue: (() => void)[] = [];
let draining = false;

const idle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 2000 })
    : setTimeout(run, 1);

const drain = () => {
  const next = queue.shift();
  if (!next) {
    draining = false;
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

/** Queues `task` for an idle period after load; returns a cancel function. */
export const whenIdleAfterLoad = (task: () => void): (() => void) => {
  let cancelled = false;
  const run = () => {
    if (!cancelled) task();
  };
  void afterLoad().then(() => {
    queue.push(run);
    if (!draining) {
      draining = true;
      idle(drain);
    }
  });
  return () => {
    cancelled = true;
  };
};

/** False until the page's load event has fired (true at once after it). */
export const useAfterLoad = (): boolean => {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void afterLoad().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
};
