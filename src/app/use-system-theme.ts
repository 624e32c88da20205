import type { ChartTheme } from '../charts/echarts-setup';
import { useMediaQuery } from '../lib/use-media-query';

/** The system colour scheme, live. */
export const useSystemTheme = (): ChartTheme =>
  useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
