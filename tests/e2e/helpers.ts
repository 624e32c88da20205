import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { PANELS } from '../../src/app/registry';

/*
 * Shared e2e helpers. Contract with the app:
 * - every panel root carries data-panel="<panel id>" (and data-dataset="<dataset id>");
 * - every chart box inside a panel (role=img, with an accessible name) carries data-chart-ready,
 *   "false" until ECharts has drawn it (and again while a new option animates). ECharts is
 *   created only when the box comes within 400px of the viewport, so tests scroll each box into
 *   view (scrollChartsReady) rather than wait for all at once; ECharts draws into a <canvas>
 *   inside it and appends its tooltip (a <div>) to the same container;
 * - <html data-live-charts="N"> counts the ECharts instances alive; each one's element carries
 *   ECharts' _echarts_instance_ attribute.
 * Requests of the data worker (src/data/data.worker.ts) go through page.route/context.route in
 * Chromium like the page's own; the service worker is blocked in playwright.config.ts so that
 * no request bypasses routing (only offline.spec.ts allows it).
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The build under test: dist/, or E2E_DIST (see playwright.config.ts). */
export const DIST_DIR = path.resolve(ROOT, process.env.E2E_DIST ?? 'dist');
const MANIFEST_PATH = path.join(ROOT, 'public/data/manifest.json');
export const READY_TIMEOUT = 20_000;

interface ManifestEntry {
  id: string;
  file: string;
  topic: string;
  title: { zh: string; en: string };
}

function isManifestEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const title = entry.title as Record<string, unknown> | null | undefined;
  return (
    typeof entry.id === 'string' &&
    typeof entry.file === 'string' &&
    typeof entry.topic === 'string' &&
    typeof title === 'object' &&
    title !== null &&
    typeof title.zh === 'string' &&
    typeof title.en === 'string'
  );
}

export function readDatasetIds(): string[] {
  const raw: unknown = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  const datasets = (raw as { datasets?: unknown } | null)?.datasets;
  if (!Array.isArray(datasets) || datasets.length === 0) {
    throw new Error(`${MANIFEST_PATH}: expected a non-empty "datasets" array`);
  }
  return datasets.map((entry: unknown, i) => {
    if (!isManifestEntry(entry)) {
      throw new Error(`${MANIFEST_PATH}: datasets[${i}] lacks id/file/topic/title.{zh,en}`);
    }
    expect(entry.file, `manifest file for ${entry.id}`).toBe(`datasets/${entry.id}.json`);
    return entry.id;
  });
}

/** A file of public/data (e.g. "regions.json", "datasets/<id>.json"), parsed. */
export function readDataFile<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(path.join(ROOT, 'public/data', file), 'utf8')) as T;
}

/** Records a count for the report (test annotation "count") and prints it. */
export function reportCount(description: string): void {
  test.info().annotations.push({ type: 'count', description });
  console.log(`[count] ${test.info().title}: ${description}`);
}

/** Records console errors and uncaught page errors from the moment it is called. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const { url, lineNumber } = msg.location();
      errors.push(`console.error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.name}: ${error.message}`);
  });
  return errors;
}

export function expectNoPageErrors(errors: readonly string[]): void {
  expect(errors, `console/page errors:\n${errors.join('\n')}`).toEqual([]);
}

/**
 * A chart box the reader can see. On the Table and Sources tabs a panel keeps its charts in an
 * aria-hidden, zero-height box (src/ui/data-panel.tsx) "for exports"; being clipped, those are
 * never near the viewport, so they are never created and stay data-chart-ready="false". Exports
 * use the collected option instead, so those copies are left out of "every chart is ready".
 */
export const CHART = '[data-chart-ready]:not([aria-hidden="true"] *)';

/** Charts inside panels that have not reported their first render (or a marker when none exist). */
export async function pendingCharts(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const charts = Array.from(document.querySelectorAll(`[data-panel] ${selector}`));
    if (charts.length === 0) return ['<no [data-chart-ready] element inside any [data-panel] yet>'];
    return charts
      .filter((chart) => chart.getAttribute('data-chart-ready') !== 'true')
      .map((chart) => {
        const panel = chart.closest('[data-panel]');
        return `panel=${panel?.getAttribute('data-panel') ?? '?'} dataset=${
          panel?.getAttribute('data-dataset') ?? '?'
        } data-chart-ready=${chart.getAttribute('data-chart-ready') ?? ''}`;
      });
  }, CHART);
}

/**
 * Resolves as soon as the chart box says data-chart-ready="true" (a MutationObserver in the page,
 * so no polling interval is added per chart), or after READY_TIMEOUT, or when the element is
 * gone; the caller asserts the attribute afterwards, which gives the readable failure.
 */
async function untilReadyInPage(chart: Locator): Promise<void> {
  await chart
    .evaluate(
      (el, ms) =>
        new Promise<void>((resolve) => {
          if (el.getAttribute('data-chart-ready') === 'true') return resolve();
          const observer = new MutationObserver(() => {
            if (el.getAttribute('data-chart-ready') !== 'true') return;
            observer.disconnect();
            resolve();
          });
          observer.observe(el, { attributes: true, attributeFilter: ['data-chart-ready'] });
          setTimeout(() => {
            observer.disconnect();
            resolve();
          }, ms);
        }),
      READY_TIMEOUT,
      { timeout: READY_TIMEOUT + 5_000 },
    )
    .catch(() => undefined);
}

/**
 * Scrolls each chart box in `scope` (default: every panel) into view in turn and waits until it
 * says data-chart-ready="true". Charts are created only when their box comes within 400px of
 * the viewport (src/charts/use-near-viewport.ts), so a chart far below the fold stays "false"
 * until the reader (here: this loop) gets there. The count is re-read after each chart, as
 * panels may still be adding charts while their data arrives.
 */
export async function scrollChartsReady(
  page: Page,
  scope: Locator = page.locator('[data-panel]'),
  label = 'every panel',
  atLeast = 1,
): Promise<number> {
  const charts = scope.locator(CHART);
  await expect
    .poll(() => charts.count(), {
      message: `${label}: at least ${atLeast} chart(s)`,
      timeout: READY_TIMEOUT,
    })
    .toBeGreaterThanOrEqual(atLeast);
  let i = 0;
  for (; i < (await charts.count()); i += 1) {
    const chart = charts.nth(i);
    // A chart may be replaced while this runs (a re-render); the wait below re-resolves it.
    await chart
      .evaluate((el) => el.scrollIntoView({ block: 'center' }), undefined, {
        timeout: READY_TIMEOUT,
      })
      .catch(() => undefined);
    await untilReadyInPage(chart);
    await expect(chart, `${label}: chart ${i} becomes ready once in view`).toHaveAttribute(
      'data-chart-ready',
      'true',
      { timeout: READY_TIMEOUT },
    );
  }
  // Nothing went back to "false" meanwhile (e.g. a late data arrival re-animating a chart).
  await expect
    .poll(
      () =>
        charts.evaluateAll(
          (els) => els.filter((el) => el.getAttribute('data-chart-ready') !== 'true').length,
        ),
      { message: `${label}: every chart is ready`, timeout: READY_TIMEOUT },
    )
    .toBe(0);
  return i;
}

/** Every chart of every panel, scrolled into view one by one until ready; returns the count. */
export const scrollAllChartsReady = (page: Page): Promise<number> => scrollChartsReady(page);

/** Scrolls every chart into view until ready (see scrollChartsReady), then checks them all. */
export async function waitForAllChartsReady(page: Page): Promise<void> {
  await scrollAllChartsReady(page);
  await expect
    .poll(() => pendingCharts(page), {
      message: 'every [data-chart-ready] inside a panel becomes "true"',
      timeout: READY_TIMEOUT,
    })
    .toEqual([]);
}

/**
 * Waits until no skeleton (role=status with aria-label "loading") is left in the page's main
 * content (a panel's skeleton, whether or not its [data-panel] frame is drawn around it).
 */
export async function waitForPanelsLoaded(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => document.querySelectorAll('main .animate-pulse[role="status"]').length),
      { message: 'no loading skeleton left in any panel', timeout: READY_TIMEOUT },
    )
    .toBe(0);
}

/** Loads `url`, waits until every dataset has a panel and every chart in a panel is ready. */
export async function loadDashboard(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  for (const id of readDatasetIds()) {
    await expect
      .poll(() => page.locator(`[data-panel][data-dataset="${id}"]`).count(), {
        message: `a [data-panel] for dataset "${id}"`,
        timeout: READY_TIMEOUT,
      })
      .toBeGreaterThan(0);
  }
  await waitForPanelsLoaded(page);
  await waitForAllChartsReady(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.join(testInfo.project.outputDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** The root element of a panel. */
export const panel = (page: Page, id: string): Locator => page.locator(`[data-panel="${id}"]`);

/** The panel's current query parameters, as a plain object (for readable diffs). */
export const searchParams = (page: Page): Record<string, string> =>
  Object.fromEntries(new URL(page.url()).searchParams);

/** Polls the URL's query parameters until they equal `expected` exactly. */
export async function expectSearch(page: Page, expected: Record<string, string>): Promise<void> {
  await expect.poll(() => searchParams(page), { message: `URL ${page.url()}` }).toEqual(expected);
}

/** Whitespace-insensitive text, for quotes such as "贫困户 12637 户". */
export const squash = (s: string): string => s.replace(/\s+/gu, '');

/** How many charts a panel shows at least: none for a panel of key figures only. */
export const minCharts = (panelId: string): number =>
  PANELS.find((p) => p.id === panelId)?.layout.chartless ? 0 : 1;

/** Scrolls each chart of the panel into view until ready (see scrollChartsReady). */
export async function waitForPanelCharts(page: Page, panelId: string): Promise<void> {
  await scrollChartsReady(page, panel(page, panelId), `panel ${panelId}`, minCharts(panelId));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Table body rows as arrays of cell texts: indicator, region, year, breakdown, value, unit.
 * The "(推算值)"/"(derived)" mark of a derived value is left out of the value's text.
 */
export const tableRows = (p: Locator): Promise<string[][]> =>
  p.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('span').forEach((span) => {
          if (/^\((推算值|derived)\)$/.test((span.textContent ?? '').trim())) span.remove();
        });
        return (copy.textContent ?? '').trim();
      }),
    ),
  );
