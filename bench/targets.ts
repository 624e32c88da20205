/**
 * Targets shown in the report's "target" and "meets?" columns, keyed by figure path; `source`
 * says what each stands for. Only agreed targets are set. Sizes in kB of 1024 bytes, like the
 * CI byte budgets (scripts/budgets.ts).
 */
export interface Target {
  op: '<=' | '>=';
  value: number;
  source: string;
}

export const TARGETS: Record<string, Target> = {
  firstChartVisibleMs: {
    op: '<=',
    value: 300,
    source: 'prerender: first chart visible ≤ 0.3 s (desktop, localhost)',
  },
  firstChartMs: { op: '<=', value: 500, source: 'first chart drawn live ≤ 0.5 s' },
  jsBeforeLoadGzipBytes: {
    op: '<=',
    value: 120 * 1024,
    source: 'prerender: JS fetched before the load event ≤ 120 kB gzip',
  },
  jsBeforeLoadEchartsGzipBytes: {
    op: '<=',
    value: 0,
    source: 'prerender: no ECharts code fetched before the load event',
  },
  filterP95Ms: { op: '<=', value: 50, source: 'filter change p95 ≤ 50 ms (bundled data)' },
  'longTasksOver50Ms.filter': {
    op: '<=',
    value: 0,
    source: 'no long task over 50 ms caused by filtering',
  },
  exportPngMs: { op: '<=', value: 100, source: '2× PNG export ≤ 100 ms' },
  'lighthouseMobile.score': { op: '>=', value: 95, source: 'prerender: Lighthouse mobile ≥ 95' },
  'lighthouseMobile.lcpMs': { op: '<=', value: 1_800, source: 'prerender: LCP mobile ≤ 1.8 s' },
  'lighthouseMobile.tbtMs': { op: '<=', value: 150, source: 'prerender: TBT mobile ≤ 150 ms' },
  'lighthouseMobile.cls': {
    op: '<=',
    value: 0.01,
    source: 'prerender: hydration without a layout shift, CLS ≤ 0.01',
  },
  'lighthouseDesktop.score': { op: '>=', value: 100, source: 'Lighthouse desktop 100' },
  'lighthouseDesktop.lcpMs': { op: '<=', value: 2_500, source: "Core Web Vitals 'good'" },
  'lighthouseDesktop.tbtMs': { op: '<=', value: 200, source: "Lighthouse 'good' TBT" },
  'lighthouseDesktop.cls': {
    op: '<=',
    value: 0.01,
    source: 'prerender: hydration without a layout shift, CLS ≤ 0.01',
  },
};

/** Targets on ours/baseline ratios. */
export const RATIO_TARGETS: Record<string, Target> = {
  jsBeforeLoadGzipBytes: {
    op: '<=',
    value: 0.5,
    source: "initial JS (here: fetched before the load event) ≤ 0.5× the baseline's",
  },
};

/** Targets per scale point: filter p95 at 1M observations. */
export const SCALE_FILTER_P95_TARGET_MS = 150;

export const meets = (value: number | null, target: Target | undefined): boolean | null =>
  value === null || target === undefined
    ? null
    : target.op === '<='
      ? value <= target.value
      : value >= target.value;
