import { useEffect, useSyncExternalStore } from 'react';
import type { ChartTheme } from '../charts/echarts-setup';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

const subscribe = (onChange: () => void) => {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** Follows the system colour scheme and mirrors it on <html class="dark">. */
export const useSystemTheme = (): ChartTheme => {
  const theme = useSyncExternalStore(
    subscribe,
    () => (query().matches ? 'dark' : 'light'),
    () => 'light' as const,
  );
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  return theme;
};
