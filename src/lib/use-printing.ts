import { useSyncExternalStore } from 'react';

let printing = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => () => {
  printing = value;
  for (const listener of listeners) listener();
};

const onBefore = set(true);
const onAfter = set(false);

const subscribe = (onChange: () => void) => {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    }
  };
};

/**
 * True between the window's beforeprint and afterprint events. A store update is rendered
 * synchronously, so what depends on it is drawn before the page is laid out for print.
 */
export const usePrinting = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
