import type { EChartsCoreOption } from 'echarts/core';
import type { KeyFigure } from './key-figure';

/** A swatch of a chart's key, drawn as the chart draws the mark it explains. */
export interface KeySwatch {
  colour: string;
  /** A CSS background layer over the colour (image, with any position and size): the mark's pattern. */
  pattern?: string;
  /** An edge in another colour; dashed for the weakest tie on the medical-groups map. */
  edge?: { colour: string; dashed: boolean };
}

/** A region a key entry stands for, offered as a button so the key filters by keyboard. */
export interface KeyRegion {
  code: string;
  name: string;
  selected: boolean;
  /** Said after the name, e.g. how the region is tied to the group. */
  note?: string;
}

export interface KeyEntry {
  id: string;
  label: string;
  swatch: KeySwatch;
  regions?: readonly KeyRegion[];
}

/** A chart's key drawn in HTML (long names wrap on phones, regions become buttons). */
export interface ChartKey {
  /** Beside the chart on wide screens, or under it. */
  placement: 'side' | 'below';
  hint?: string;
  entries: readonly KeyEntry[];
  /** A second, titled list for what the marks' styles mean (ties, hatching). */
  styles?: { title: string; entries: readonly KeyEntry[] };
}

export interface ModelChart {
  /** Stable within its panel: React keys, exports, tests. */
  id: string;
  /** Shown above the chart; also its accessible name and its title in exported images. */
  title: string;
  option: EChartsCoreOption;
  /** Pixel height of the chart box, fixed before ECharts renders so nothing shifts. */
  height: number;
  /**
   * Its height on phones, when it differs: every build carries both (whatever `narrow` it was
   * built for) and CSS picks one, so the markup is the same on every screen (chart-box.ts).
   */
  narrowHeight?: number;
  /** One line under the chart: the change between years, when figures were counted. */
  caption?: string;
  /**
   * What the chart shows, as one quotable sentence from its figures (chart-sentence.ts): shown
   * and copyable under it, its accessible description, in the archive README and embed code.
   */
  sentence: string;
  /** On screen only, after the title: e.g. "click a row to filter". */
  hint?: string;
  key?: ChartKey;
  /** The map geometry it draws on (a region code), loaded before the chart renders. */
  geo?: string;
  /**
   * Cross-filtering: the region a click on the chart stands for, and the region a second
   * click on the selected one returns to.
   */
  regionAt?: (params: unknown) => string | undefined;
  wholeRegion?: string;
  /** Buttons above the chart that select a region: into a county map, back to the whole. */
  regionLinks?: RegionLinks;
}

/** The keyboard's way in and out of a drill-down map; each link selects its region. */
export interface RegionLinks {
  label?: string;
  links: readonly { code: string; label: string }[];
}

/** A run of a panel's content in reading order: an optional heading, key figures, charts. */
export interface PanelSection {
  id: string;
  heading?: string;
  figures: readonly KeyFigure[];
  charts: readonly ModelChart[];
  /** Small multiples side by side where there is room. */
  columns: 1 | 2 | 3;
}

/** A table that is not a list of observations (the overview's counts by region). */
export interface PanelTable {
  columns: readonly string[];
  rows: readonly { key: string; region?: string; cells: readonly string[] }[];
}

/** What every panel's pure `build` returns; the one frame renders any of them. */
export interface PanelModel {
  sections: readonly PanelSection[];
  /** Lines under the content, e.g. what a hatch or a hollow marker means. */
  notes: readonly string[];
  /** Replaces the observation table and sources where a panel shows no observations. */
  table?: PanelTable;
  sources?: readonly string[];
}

/** One section of charts or figures, the common case. */
export const section = (id: string, parts: Partial<Omit<PanelSection, 'id'>>): PanelSection => ({
  id,
  figures: [],
  charts: [],
  columns: 1,
  ...parts,
});

/** Every chart of a model, in reading order: what the frame collects for exports. */
export const modelCharts = (model: PanelModel): ModelChart[] =>
  model.sections.flatMap((s) => s.charts);
