import type { Browser, Page } from '@playwright/test';
import { newBenchPage, waitAboveFoldSettled } from './browser.ts';
import { measureBytes, scriptResources, trackWorkers } from './js-bytes.ts';
import type { JsBytes } from './js-bytes.ts';
import { DASHBOARD_PLAN, runFilterChanges } from './measure-filter.ts';
import type { FilterSession } from './measure-filter.ts';
import { sleep } from './util.ts';

export const APP_PATH = '/?lang=en';

export interface LoadSample {
  firstChartMs: number | null;
  allAboveFoldMs: number | null;
  aboveFoldCharts: number;
  /** Long tasks (> 50 ms) from navigation until the above-fold charts are ready + 1 s. */
  longTasksLoad: number;
  initialJs: JsBytes;
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

/** One cold page load of `baseUrl`: load timings, JS before the first chart and in total. */
export async function measureLoad(browser: Browser, baseUrl: string): Promise<LoadSample> {
  const { context, page } = await newBenchPage(browser);
  try {
    const pageErrors = collectErrors(page);
    const workers = trackWorkers(page);
    await page.goto(new URL(APP_PATH, baseUrl).href, { waitUntil: 'commit' });
    const settled = await waitAboveFoldSettled(page);
    await page.evaluate(() => window.__imdeBench?.stopAboveFold());
    const firstChart = settled.firstChartReadyAt;
    const aboveFold = settled.aboveFoldReadyAt;
    const longTasksLoad = settled.longTasks.filter(
      (t) => t.duration > 50 && aboveFold !== null && t.start <= aboveFold + 1_000,
    ).length;
    const early = await scriptResources(page, workers);
    const initialJs = await measureBytes(
      early.filter((r) => firstChart !== null && r.endedAt <= firstChart).map((r) => r.url),
    );
    const charts = await revealAllPanels(page);
    const totalJs = await measureBytes((await scriptResources(page, workers)).map((r) => r.url));
    return {
      firstChartMs: firstChart,
      allAboveFoldMs: aboveFold,
      aboveFoldCharts: settled.aboveFoldCharts,
      longTasksLoad,
      initialJs,
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
  changes: number,
): Promise<FilterSession & { pageErrors: string[] }> {
  const { context, page } = await newBenchPage(browser);
  try {
    const pageErrors = collectErrors(page);
    await page.goto(new URL(APP_PATH, baseUrl).href, { waitUntil: 'commit' });
    await waitAboveFoldSettled(page);
    await page.evaluate(() => window.__imdeBench?.stopAboveFold());
    const session = await runFilterChanges(page, { scope: '', changes, plan: DASHBOARD_PLAN });
    return { ...session, pageErrors };
  } finally {
    await context.close();
  }
}
