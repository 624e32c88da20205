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

/**
 * The tooltip ECharts shows inside a chart box (a div beside the canvas' wrapper, without a
 * canvas of its own, not hidden by its inline style): its text and HTML, or null.
 */
export async function visibleTooltip(
  chart: Locator,
): Promise<{ text: string; html: string } | null> {
  return chart.evaluate((root) => {
    for (const el of Array.from(root.querySelectorAll('div'))) {
      if (el.querySelector('canvas') || !el.parentElement?.querySelector('canvas')) continue;
      if (el.style.display === 'none' || el.style.visibility === 'hidden') continue;
      const text = (el.textContent ?? '').trim();
      if (text) return { text, html: el.innerHTML };
    }
    return null;
  });
}

/**
 * Hovers the chart with the real mouse where ECharts shows a tooltip, and returns up to `wanted`
 * different tooltips (text and HTML). The points are found first by a fast scan inside the page
 * (synthetic pointer events over a grid of the canvas, as in clickMapRegion); each point is then
 * hovered with the real mouse and its tooltip read from the DOM.
 */
export async function hoverTooltips(
  page: Page,
  chart: Locator,
  wanted = 2,
): Promise<{ text: string; html: string }[]> {
  await chart.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.mouse.move(0, 0);
  const points = await chart.evaluate((root, max) => {
    const canvas = root.querySelector('canvas');
    if (!canvas) return [];
    const tooltip = (): string => {
      for (const el of Array.from(root.querySelectorAll('div'))) {
        if (el.querySelector('canvas') || !el.parentElement?.querySelector('canvas')) continue;
        if (el.style.display === 'none' || el.style.visibility === 'hidden') continue;
        const text = (el.textContent ?? '').trim();
        if (text) return text;
      }
      return '';
    };
    const box = canvas.getBoundingClientRect();
    const found = new Map<string, { x: number; y: number }>();
    for (let y = 6; y < box.height && found.size < max; y += 12) {
      for (let x = 6; x < box.width && found.size < max; x += 12) {
        const clientX = box.left + x;
        const clientY = box.top + y;
        if (document.elementFromPoint(clientX, clientY) !== canvas) continue;
        const init = { bubbles: true, cancelable: true, clientX, clientY };
        canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
        canvas.dispatchEvent(new MouseEvent('mousemove', init));
        const text = tooltip();
        if (text && !found.has(text)) found.set(text, { x: clientX, y: clientY });
      }
    }
    canvas.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    return [...found.values()];
  }, wanted);
  const tips: { text: string; html: string }[] = [];
  for (const { x, y } of points) {
    await page.mouse.move(x, y);
    await expect
      .poll(() => visibleTooltip(chart), { message: `a tooltip under the mouse at (${x}, ${y})` })
      .not.toBeNull();
    const tip = await visibleTooltip(chart);
    if (tip) tips.push(tip);
  }
  await page.mouse.move(0, 0);
  return tips;
}

/**
 * Clicks the named region on a panel's ECharts map (canvas). ECharts draws no DOM per region,
 * so this hovers a grid of points over the chart's canvas and reads ECharts' tooltip (a div
 * appended to the chart container) until one of its texts equals `regionName`, then clicks there
 * with the real mouse.
 *
 * The scan runs inside the page (synthetic pointermove events, which ECharts' zrender listens
 * to) because a real mouse move per grid point takes seconds per map; the point found is then
 * re-checked with a real hover before the real click.
 */
export async function clickMapRegion(page: Page, panelId: string, regionName: string) {
  const chart = panel(page, panelId).locator('[data-chart-ready="true"]').first();
  await expect(chart).toBeVisible({ timeout: READY_TIMEOUT });
  await chart.scrollIntoViewIfNeeded();
  // Move the real mouse away so no earlier hover state lingers.
  await page.mouse.move(0, 0);

  const found = await chart.evaluate((root, name) => {
    const canvas = root.querySelector('canvas');
    if (!canvas) return { point: null, seen: ['<no canvas>'] };
    /** The texts of the visible tooltip's leaf elements, e.g. ['呼和浩特市', '数据条数', '48']. */
    const tooltipTexts = (): string[] => {
      // The tooltip: a div next to the canvas' wrapper, without a canvas of its own. Its inline
      // style says whether ECharts shows it, and textContent is read rather than innerText:
      // while this loop runs, a CSS transition from hidden cannot advance, so the computed
      // style (and innerText) would still say hidden.
      for (const el of Array.from(root.querySelectorAll('div'))) {
        if (el.querySelector('canvas') || !el.parentElement?.querySelector('canvas')) continue;
        if (el.style.display === 'none' || el.style.visibility === 'hidden') continue;
        const leaves = [el, ...Array.from(el.querySelectorAll('*'))]
          .filter((e) => e.childElementCount === 0)
          .map((e) => (e.textContent ?? '').trim())
          .filter(Boolean);
        if (leaves.length > 0) return leaves;
      }
      return [];
    };
    const box = canvas.getBoundingClientRect();
    const seen = new Set<string>();
    // Coarse grid first, finer second: small regions (e.g. Wuhai) need the finer one.
    for (const step of [16, 6]) {
      for (let y = step / 2; y < box.height; y += step) {
        for (let x = step / 2; x < box.width; x += step) {
          const clientX = box.left + x;
          const clientY = box.top + y;
          // Only points the user can actually reach (not under the sticky filter bar).
          if (document.elementFromPoint(clientX, clientY) !== canvas) continue;
          const init = { bubbles: true, cancelable: true, clientX, clientY };
          canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
          canvas.dispatchEvent(new MouseEvent('mousemove', init));
          const lines = tooltipTexts();
          if (lines[0]) seen.add(lines[0]);
          if (lines.includes(name)) return { point: { x: clientX, y: clientY }, seen: [...seen] };
        }
      }
    }
    return { point: null, seen: [...seen] };
  }, regionName);
  if (!found.point) {
    throw new Error(
      `panel ${panelId}: no point of the map shows a tooltip naming "${regionName}"; tooltips seen: ${found.seen.join(' | ')}`,
    );
  }
  const { x, y } = found.point;
  await page.mouse.move(x, y);
  await expect
    .poll(
      () =>
        chart.evaluate((root) =>
          Array.from(root.querySelectorAll('div'))
            .filter(
              (el) => !el.querySelector('canvas') && el.parentElement?.querySelector('canvas'),
            )
            .filter((el) => el.style.display !== 'none' && el.style.visibility !== 'hidden')
            .flatMap((el) => Array.from(el.querySelectorAll('*')))
            .filter((e) => e.childElementCount === 0)
            .map((e) => (e.textContent ?? '').trim()),
        ),
      { message: `the tooltip under the real mouse names ${regionName}` },
    )
    .toContain(regionName);
  await page.mouse.click(x, y);
}

/* ---------- Export helpers (tests/e2e/exports.spec.ts) ---------- */

/** How many charts a panel shows at least: none for a panel of key figures only. */
export const minCharts = (panelId: string): number =>
  PANELS.find((p) => p.id === panelId)?.layout.chartless ? 0 : 1;

/** Scrolls each chart of the panel into view until ready (see scrollChartsReady). */
export async function waitForPanelCharts(page: Page, panelId: string): Promise<void> {
  await scrollChartsReady(page, panel(page, panelId), `panel ${panelId}`, minCharts(panelId));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * RFC 4180: comma-separated fields, CRLF (or LF) line ends, fields in double quotes may hold
 * commas, quotes (doubled) and line breaks. A trailing line end does not start a new record.
 * Throws on a malformed quoted field (text after a closing quote, or an unclosed quote).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && !fieldStarted && field === '') {
      // Quoted field: up to the closing quote; "" is a literal quote.
      fieldStarted = true;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unclosed quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV: unexpected ${JSON.stringify(next)} after a quoted field at ${i}`);
      }
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (ch === '\n') {
      endRecord();
      i += 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colorType: number;
  /** An alpha channel (colour type 4 or 6) or a tRNS chunk. */
  hasAlpha: boolean;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Checks the PNG signature and reads IHDR (the first chunk); throws if not a PNG. */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 33 || !PNG_SIGNATURE.every((b, i) => buf[i] === b)) {
    throw new Error(`not a PNG: starts with ${buf.subarray(0, 8).toString('hex')}`);
  }
  if (buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG: first chunk is not IHDR');
  const colorType = buf.readUInt8(25);
  let hasTrns = false;
  for (let offset = 8; offset + 8 <= buf.length;) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    if (type === 'tRNS') hasTrns = true;
    if (type === 'IDAT' || type === 'IEND') break;
    offset += 12 + length;
  }
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf.readUInt8(24),
    colorType,
    hasAlpha: colorType === 4 || colorType === 6 || hasTrns,
  };
}

/** RECORD_COLUMNS as written in src/charts/export/records.ts (read as text: no app imports). */
export function readRecordColumns(): string[] {
  const source = readFileSync(path.join(ROOT, 'src/charts/export/records.ts'), 'utf8');
  const match = /export const RECORD_COLUMNS = \[([^\]]*)\]/u.exec(source);
  if (!match?.[1]) throw new Error('RECORD_COLUMNS not found in src/charts/export/records.ts');
  return [...match[1].matchAll(/'([^']+)'/gu)].map((m) => m[1] ?? '');
}

/** RGBA of the given pixels of an image file, decoded by the browser (<img> + canvas). */
export async function imagePixels(
  page: Page,
  bytes: Uint8Array,
  mime: string,
  points: readonly (readonly [number, number])[],
): Promise<{ width: number; height: number; pixels: number[][] }> {
  const dataUrl = `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
  return page.evaluate(
    async ({ dataUrl, points }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      return {
        width: img.naturalWidth,
        height: img.naturalHeight,
        pixels: points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data)),
      };
    },
    { dataUrl, points },
  );
}
