import { useSyncExternalStore } from 'react';
import { afterLoad } from '../lib/after-load';

const SAVED_AT_KEY = 'imde-data-saved-at';

/**
 * Registers the service worker (vite-plugin-pwa, Workbox) once the page has loaded, so it
 * never competes with the first charts; production builds only.
 */
export const registerOfflineSupport = () => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void afterLoad()
    .then(() => import('virtual:pwa-register'))
    .then(({ registerSW }) => registerSW({ immediate: true }));
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

export const useOnline = () =>
  useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );

/** Remembers when the data was last loaded from the network, to date the offline copy. */
export const markDataSaved = (now = new Date()) => {
  try {
    localStorage.setItem(SAVED_AT_KEY, now.toISOString());
  } catch {
    // storage disabled: the notice just leaves out the date
  }
};

export const dataSavedAt = (): Date | null => {
  try {
    const value = localStorage.getItem(SAVED_AT_KEY);
    const date = value ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  } catch {
    return null;
  }
};
