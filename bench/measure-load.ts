import type { Browser, Page } from '@playwright/test';
import { newBenchPage, waitAboveFoldSettled } from './browser.ts';
import { measureBytes, scriptResources, trackWorkers } from './js-bytes.ts';
import type { EchartsIndex, JsBytes } from './js-bytes.ts';
import { DASHBOARD_PLAN, runFilterChanges } from './measure-filter.ts';
import type { FilterSession } from './measure-filter.ts';
import { sleep } from './util.ts';

/**
 * The page every measurement opens, in English (the filter session finds controls by their
 * English accessible names). Ours: the English prerendered page. The baseline has no prerendered
 * pages, so it opens the app's own `?lang=en` (on our build, a query parameter marks the page
 * stale and it renders afresh: that is the path the scale run takes, with data of its own).
 */
export const PAGE_PATH = { ours: '/en/', baseline: '/?lang=en' } as const;
export const APP_PATH = PAGE_PATH.baseline;

export interface LoadSample {
  /** First chart on screen, static or live (see ProbeSnapshot.firstChartVisibleAt). */
  firstChartVisibleMs: number | null;
  /** 'static' (prerendered SVG) or 'true' (live chart). */
  firstChartVisibleAs: string | null;
  firstContentfulPaintMs: number | null;
  /** First live chart (data-chart-ready="true"). */
  firstChartMs: number | null;
  allAboveFoldMs: number | null;
  loadEventMs: number | null;
  aboveFoldCharts: number;
  /** Long tasks (> 50 ms) from navigation until the above-fold charts are ready + 1 s. */
  longTasksLoad: number;
  /** Scripts whose fetch started before the load event (page and its workers). */
  jsBeforeLoad: JsBytes;
  totalJs: JsBytes;
  /** Charts on the page once every panel has been in view. */
  charts: number;
  pageErrors: string[];
}

/** Console errors and uncaught exceptions: a figure from a broken page should be seen as such. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Brings every panel into view (panels may mount or render only near the viewport), until no
 * new chart appears and every chart is ready. Returns the number of charts.
 */
export async function revealAllPanels(page: Page, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let previous = -1;
  for (;;) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight * 0.75) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 150));
      }
    });
    const pending = await page.evaluate(() => {
      const waiting = Array.from(document.querySelectorAll('[data-chart-ready]')).filter(
        (el) => el.getAttribute('data-chart-ready') !== 'true',
      );
      waiting[0]?.scrollIntoView({ block: 'center' });
      const loading = document.querySelectorAll(
        '[data-panel] .animate-pulse[role="status"], [data-panel] [aria-busy="true"]',
      );
      loading[0]?.scrollIntoView({ block: 'center' });
      return {
        waiting: waiting.length + loading.length,
        charts: document.querySelectorAll('[data-chart-ready]').length,
      };
    });
    if (pending.waiting === 0 && pending.charts === previous && pending.charts > 0) {
      await page.evaluate(() => window.scrollTo(0, 0));
      return pending.charts;
    }
    previous = pending.waiting === 0 ? pending.charts : -1;
    if (Date.now() > deadline) {
      throw new Error(`after ${timeoutMs} ms, ${pending.waiting} charts/panels still not ready`);
    }
    await sleep(pending.waiting === 0 ? 300 : 500);
  }
}

/**
 * One cold load of `pagePath` on `baseUrl`: when the first chart is on screen and when the
 * first one is live, the JS fetched before the load event, and all JS once every chart is live.
 */
export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  pagePath: string,
  echarts: EchartsIndex,
): Promise<LoadSample> {
  const { context, page } = await newBenchPage(browser);
  try {
    const pageErrors = collectErrors(page);
    const workers = trackWorkers(page);
    await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'commit' });
    const settled = await waitAboveFoldSettled(page);
    await page.evaluate(() => window.__imdeBench?.stopAboveFold());
    const aboveFold = settled.aboveFoldReadyAt;
    const longTasksLoad = settled.longTasks.filter(
      (t) => t.duration > 50 && aboveFold !== null && t.start <= aboveFold + 1_000,
    ).length;
    const loadEvent = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return nav && nav.loadEventStart > 0 ? nav.loadEventStart : null;
    });
    if (loadEvent === null) throw new Error('no load event by the time the charts were live');
    const early = await scriptResources(page, workers);
    const jsBeforeLoad = await measureBytes(
      early.filter((r) => r.startedAt < loadEvent).map((r) => r.url),
      echarts,
    );
    const charts = await revealAllPanels(page);
    const totalJs = await measureBytes(
      (await scriptResources(page, workers)).map((r) => r.url),
      echarts,
    );
    return {
      firstChartVisibleMs: settled.firstChartVisibleAt,
      firstChartVisibleAs: settled.firstChartVisibleAs,
      firstContentfulPaintMs: settled.firstContentfulPaintAt,
      firstChartMs: settled.firstChartReadyAt,
      allAboveFoldMs: aboveFold,
      loadEventMs: loadEvent,
      aboveFoldCharts: settled.aboveFoldCharts,
      longTasksLoad,
      jsBeforeLoad,
      totalJs,
      charts,
      pageErrors,
    };
  } finally {
    await context.close();
  }
}

/** A separate cold load for the filter session, so its long tasks and timings stand alone. */
export async function measureFilter(
  browser: Browser,
  baseUrl: string,
  pagePath: string,
  changes: number,
): Promise<FilterSession & { pageErrors: string[] }> {
  const { context, page } = await newBenchPage(browser);
  try {
    const pageErrors = collectErrors(page);
    await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'commit' });
    await waitAboveFoldSettled(page);
    await page.evaluate(() => window.__imdeBench?.stopAboveFold());
    const session = await runFilterChanges(page, { scope: '', changes, plan: DASHBOARD_PLAN });
    return { ...session, pageErrors };
  } finally {
    await context.close();
  }
}
