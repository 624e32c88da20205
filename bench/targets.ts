/**
 * Targets shown in the report's "target" and "meets?" columns, keyed by figure path. Only the
 * ones with a known source are set; fill in the others from issue 5 when they are agreed.
 */
export interface Target {
  op: '<=' | '>=';
  value: number;
  source: string;
}

export const TARGETS: Record<string, Target> = {
  initialJsGzipBytes: { op: '<=', value: 230 * 1024, source: 'issue 5: initial JS ≤ 230 KB gzip' },
  firstChartMs: { op: '<=', value: 500, source: 'issue 5: first chart ≤ 500 ms' },
  filterP95Ms: { op: '<=', value: 50, source: 'issue 5: filter p95 ≤ 50 ms (bundled data)' },
  'longTasksOver50Ms.filter': {
    op: '<=',
    value: 0,
    source: 'issue 5: no long task over 50 ms caused by filtering',
  },
  exportPngMs: { op: '<=', value: 100, source: 'issue 5: 2× PNG export ≤ 100 ms' },
  'lighthouseMobile.score': { op: '>=', value: 90, source: 'issue 5: Lighthouse mobile ≥ 90' },
  'lighthouseDesktop.score': { op: '>=', value: 100, source: 'issue 5: Lighthouse desktop 100' },
  'lighthouseMobile.lcpMs': { op: '<=', value: 2_500, source: "Core Web Vitals 'good'" },
  'lighthouseMobile.tbtMs': { op: '<=', value: 200, source: "Lighthouse 'good' TBT" },
  'lighthouseMobile.cls': { op: '<=', value: 0.1, source: "Core Web Vitals 'good'" },
  'lighthouseDesktop.lcpMs': { op: '<=', value: 2_500, source: "Core Web Vitals 'good'" },
  'lighthouseDesktop.tbtMs': { op: '<=', value: 200, source: "Lighthouse 'good' TBT" },
  'lighthouseDesktop.cls': { op: '<=', value: 0.1, source: "Core Web Vitals 'good'" },
};

/** Targets on ours/baseline ratios (issue 5: initial JS ≤ 0.5× the baseline). */
export const RATIO_TARGETS: Record<string, Target> = {
  initialJsGzipBytes: { op: '<=', value: 0.5, source: 'issue 5: initial JS ≤ 0.5× the baseline' },
};

/** Targets per scale point (issue 5: filter p95 ≤ 150 ms at 1M observations). */
export const SCALE_FILTER_P95_TARGET_MS = 150;

export const meets = (value: number | null, target: Target | undefined): boolean | null =>
  value === null || target === undefined
    ? null
    : target.op === '<='
      ? value <= target.value
      : value >= target.value;
