import type { ChartTheme } from '../charts/echarts-setup';
import type { Lang } from '../data/schema';

/** What every panel needs from the view state; panels stay free of app code. */
export interface ViewProps {
  lang: Lang;
  theme: ChartTheme;
}
