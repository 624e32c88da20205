import { useSyncExternalStore } from 'react';
import type { ChartTheme } from '../charts/echarts-setup';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

const subscribe = (onChange: () => void) => {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** The system colour scheme, live. */
export const useSystemTheme = (): ChartTheme =>
  useSyncExternalStore(
    subscribe,
    () => (query().matches ? 'dark' : 'light'),
    () => 'light' as const,
  );
