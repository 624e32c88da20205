import type { ChartTheme } from '../charts/echarts-setup';
import type { Filters } from '../charts/filter-text';
import type { Lang } from '../data/schema';

/** What every panel needs from the view state; panels stay free of app code. */
export interface ViewProps {
  lang: Lang;
  theme: ChartTheme;
}

export const PANEL_TABS = ['chart', 'table', 'sources'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface PanelView extends ViewProps {
  filters: Filters;
  tab: PanelTab;
  onTabChange: (tab: PanelTab) => void;
  /** Cross-filtering and the empty state's links: one call may set region and years. */
  onFiltersChange: (patch: Partial<Filters>) => void;
}
