import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Worker } from '@playwright/test';
import { newBenchPage, snapshot, waitForProbe } from './browser.ts';
import { generateSyntheticSite, SYNTHETIC_ID } from './generate-synthetic.ts';
import { trackWorkers } from './js-bytes.ts';
import { runFilterChanges } from './measure-filter.ts';
import type { FilterPlan } from './measure-filter.ts';
import { APP_PATH, collectErrors } from './measure-load.ts';
import { startServer } from './serve.ts';
import { errorText, log, median, percentile, pollFor } from './util.ts';

/*
 * Scale: the app with one extra dataset of 10k / 100k / 1M synthetic observations
 * (generate-synthetic.ts), shown by the generic explorer panel. Contract with the app:
 * - the panel is [data-panel="explore-synthetic"] and its charts carry data-chart-ready;
 * - `performance.measure('imde:load:synthetic')` spans request → validated + indexed, in the
 *   window's or a worker's timeline (both are read).
 * Anything missing is reported as null with the reason, never as a failure of the bench.
 */

/** Overridable (BENCH_SCALE_PANEL) to try the runner on another panel meanwhile. */
export const SCALE_PANEL = process.env.BENCH_SCALE_PANEL ?? `explore-${SYNTHETIC_ID}`;
const SCOPE = `[data-panel="${SCALE_PANEL}"]`;
const MEASURE = `imde:load:${SYNTHETIC_ID}`;
const PORT = 4180;

export interface ScaleResult {
  observations: number;
  /** Median over the loads of the app's own `imde:load:synthetic` measure. */
  loadAndValidateMs: number | null;
  /** Navigation start to the panel's first ready chart, the bench going to the panel at once. */
  firstChartMs: number | null;
  filterP95Ms: number | null;
  longTasksOver50Ms: { load: number | null; filter: number | null };
  datasetBytes: number;
  samples: {
    loadAndValidateMs: (number | null)[];
    firstChartMs: (number | null)[];
    filterMs: (number | null)[];
  };
  notes: string[];
}

const SCALE_PLAN: FilterPlan = {
  regions: ['150100', '150160', '150700', '152960', '150000', '150361', '152500', '150762'],
  fromYears: [2000, 1994, 2010, 1998, 2015, 2005],
  toYears: [2020, 2023, 2012, 2018, 2009, 2021],
};

async function loadMeasures(
  page: Page,
  workers: readonly Worker[],
): Promise<{ startTime: number; duration: number }[]> {
  const read = (name: string) =>
    performance
      .getEntriesByName(name)
      .map((e) => ({ startTime: e.startTime, duration: e.duration }));
  const found = await page.evaluate(read, MEASURE);
  for (const worker of workers) {
    found.push(...(await worker.evaluate(read, MEASURE).catch(() => [])));
  }
  return found;
}

/**
 * The data worker's `imde:parquet:<phase>` measures (engine, descriptor, check, indicator),
 * each phase's first: where opening a Parquet dataset spends its time.
 */
async function phaseMeasures(workers: readonly Worker[]): Promise<Record<string, number>> {
  const phases: Record<string, number> = {};
  const read = () =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('imde:parquet:'))
      .map((e) => [e.name.slice('imde:parquet:'.length), e.duration] as const);
  for (const worker of workers)
    for (const [name, ms] of await worker.evaluate(read).catch(() => [])) phases[name] ??= ms;
  return phases;
}

/**
 * Installed before the page's own scripts: from the moment the panel is on the page, scrolls it
 * into view every 50 ms until it has a ready chart (or an error). Run in the page, not driven
 * from Node, so a busy main thread does not delay the reader's scroll by a round trip.
 */
function keepInView(scope: string): void {
  const tick = () => {
    const panel = document.querySelector(scope);
    if (panel?.querySelector('[data-chart-ready="true"], [role="alert"]')) return;
    panel?.scrollIntoView({ block: 'start' });
    setTimeout(tick, 50);
  };
  tick();
}

/** Scrolls down a viewport at a time until the panel exists; false if it never appears. */
async function findPanel(page: Page, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await page.evaluate((scope) => {
      const el = document.querySelector(scope);
      if (el) {
        el.scrollIntoView({ block: 'start' });
        return true;
      }
      window.scrollBy(0, window.innerHeight * 0.75);
      return false;
    }, SCOPE);
    if (found) return true;
    await page.waitForTimeout(250);
  }
  return false;
}

export async function scaleLoad(
  browser: Browser,
  url: string,
  withFilter: number,
): Promise<{
  loadMs: number | null;
  firstChartMs: number | null;
  /** The first live chart of any panel on the same load (see FormatResult.pageFirstChartMs). */
  pageFirstChartMs: number | null;
  /** When the app asked for the dataset (the start of its imde:load measure). */
  openedAtMs: number | null;
  longTasksLoad: number | null;
  filter: Awaited<ReturnType<typeof runFilterChanges>> | null;
  phases: Record<string, number>;
  notes: string[];
}> {
  const { context, page } = await newBenchPage(browser);
  const notes: string[] = [];
  try {
    const errors = collectErrors(page);
    const workers = trackWorkers(page);
    // A reader who came for this dataset goes to its panel at once: as soon as the panel is on
    // the page, it is kept in view (panels above it may still change height) until it draws.
    await page.addInitScript(keepInView, SCOPE);
    await page.goto(new URL(APP_PATH, url).href, { waitUntil: 'commit' });
    await page.waitForSelector(SCOPE, { state: 'attached', timeout: 180_000 }).catch(() => null);
    await page.evaluate(() => window.__imdeBench?.stopAboveFold());
    let firstChartMs: number | null = null;
    let pageFirstChartMs: number | null = null;
    let longTasksLoad: number | null = null;
    if (!(await findPanel(page, 30_000))) {
      notes.push(`no ${SCOPE} on the page (the generic explorer panel is not there yet)`);
    } else {
      const snap = await waitForProbe(
        page,
        (s) => s.firstReadyByPanel[SCALE_PANEL] !== undefined,
        180_000,
        `a ready chart in ${SCOPE}`,
      ).catch((error: unknown) => {
        notes.push(errorText(error));
        return null;
      });
      firstChartMs = snap?.firstReadyByPanel[SCALE_PANEL] ?? null;
      pageFirstChartMs = snap?.firstChartReadyAt ?? null;
      if (firstChartMs !== null) {
        await page.waitForTimeout(1_000);
        const later = await snapshot(page);
        const until = firstChartMs + 1_000;
        longTasksLoad = later.longTasks.filter((t) => t.duration > 50 && t.start <= until).length;
      }
    }
    // The summary (every row's keys read) may come after the first chart: wait for it a while.
    const measures = await pollFor(
      () => loadMeasures(page, workers),
      (found) => found.length > 0,
      60_000,
    );
    if (measures.length === 0) notes.push(`no performance entry named ${MEASURE}`);
    const phases = await phaseMeasures(workers);
    let filter = null;
    if (withFilter > 0 && firstChartMs !== null) {
      filter = await runFilterChanges(page, {
        scope: SCOPE,
        changes: withFilter,
        plan: SCALE_PLAN,
        settleTimeoutMs: 60_000,
      });
      notes.push(...filter.failures);
    }
    notes.push(...errors);
    return {
      loadMs: measures.at(-1)?.duration ?? null,
      firstChartMs,
      pageFirstChartMs,
      openedAtMs: measures.at(-1)?.startTime ?? null,
      longTasksLoad,
      filter,
      phases,
      notes,
    };
  } finally {
    await context.close();
  }
}

/**
 * For each size: a copy of dist/ with the synthetic dataset, served on `port` (default 4180),
 * `loads` cold loads (medians) and one filter session of `filterChanges` changes on the panel's
 * charts.
 */
export async function runScale(
  browser: Browser,
  {
    sizes,
    loads,
    filterChanges,
    from,
    port = PORT,
  }: {
    sizes: readonly number[];
    loads: number;
    filterChanges: number;
    from?: string;
    port?: number;
  },
): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const observations of sizes) {
    const dir = path.join(tmpdir(), `imde-bench-scale-${observations}`);
    log(`scale ${observations}: generating`);
    const site = generateSyntheticSite(dir, observations, from ? { from } : {});
    const server = await startServer(dir, port);
    const notes = new Set<string>();
    const samples: ScaleResult['samples'] = {
      loadAndValidateMs: [],
      firstChartMs: [],
      filterMs: [],
    };
    let longTasks: ScaleResult['longTasksOver50Ms'] = { load: null, filter: null };
    try {
      for (let i = 0; i < loads; i += 1) {
        const last = i === loads - 1;
        const run = await scaleLoad(browser, server.url, last ? filterChanges : 0).catch(
          (error: unknown) => {
            notes.add(errorText(error));
            return null;
          },
        );
        if (!run) break;
        run.notes.forEach((n) => notes.add(n));
        samples.loadAndValidateMs.push(run.loadMs);
        samples.firstChartMs.push(run.firstChartMs);
        if (last) {
          samples.filterMs = run.filter?.samples ?? [];
          longTasks = { load: run.longTasksLoad, filter: run.filter?.longTasks ?? null };
        }
        log(
          `scale ${observations}: load ${i + 1}/${loads}: first chart ${run.firstChartMs?.toFixed(0) ?? '–'} ms`,
        );
        if (run.firstChartMs === null) break; // no panel: further loads would say the same
      }
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    results.push({
      observations,
      loadAndValidateMs: median(samples.loadAndValidateMs),
      firstChartMs: median(samples.firstChartMs),
      filterP95Ms: samples.filterMs.length > 0 ? percentile(samples.filterMs, 95) : null,
      longTasksOver50Ms: longTasks,
      datasetBytes: site.datasetBytes,
      samples,
      notes: [...notes],
    });
  }
  return results;
}
