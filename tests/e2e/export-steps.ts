import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { panel, waitForPanelCharts } from './helpers';
import { parseCsv } from './exported-files';

/*
 * The steps every export spec takes: open a panel's Export menu, download a file from it, keep
 * it as an artefact, decode it (CSV rows, SVG structure) and read the Table it must match.
 */

export const UI = {
  zh: {
    export: '导出',
    landscape: '横版 1200×675',
    square: '方形 1080×1080',
    light: '浅色',
    dark: '深色',
    transparent: '透明',
    copyLink: '复制链接',
    copyEmbed: '复制嵌入代码',
    copied: '已复制到剪贴板',
    all: '全部导出（ZIP）',
    region: '地区',
    tabs: { chart: '图表', table: '表格', sources: '来源' },
  },
  en: {
    export: 'Export',
    landscape: 'Landscape 1200×675',
    square: 'Square 1080×1080',
    light: 'Light',
    dark: 'Dark',
    transparent: 'Transparent',
    copyLink: 'Copy link',
    copyEmbed: 'Copy embed code',
    copied: 'Copied to the clipboard',
    all: 'Export all (ZIP)',
    region: 'Region',
    tabs: { chart: 'Chart', table: 'Table', sources: 'Sources' },
  },
} as const;
type Lang = keyof typeof UI;

export const LANDSCAPE = { width: 1200, height: 675 };
export const SQUARE = { width: 1080, height: 1080 };
export const DARK_BG = [0x0f, 0x17, 0x2a, 255]; // #0f172a
export const WHITE = [255, 255, 255, 255];

export const exportButton = (page: Page, panelId: string, lang: Lang) =>
  panel(page, panelId).getByRole('button', { name: UI[lang].export, exact: true });

/** Opens a panel's Export menu and returns its dialog. */
export async function openExportMenu(page: Page, panelId: string, lang: Lang): Promise<Locator> {
  const button = exportButton(page, panelId, lang);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const dialog = panel(page, panelId).getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The "CSV (15 rows)" / "CSV（15 条）" button and the count it names. */
export async function rowsButton(dialog: Locator, format: 'CSV' | 'JSON') {
  const button = dialog.getByRole('button', { name: new RegExp(`^${format}\\s*[（(]\\d+`, 'u') });
  const label = (await button.textContent()) ?? '';
  const count = Number(/(\d+)/u.exec(label)?.[1] ?? NaN);
  expect(count, `row count in "${label}"`).toBeGreaterThan(0);
  return { button, count, label };
}

interface Downloaded {
  name: string;
  bytes: Buffer;
  /** From just before the trigger to Playwright's download event. */
  ms: number;
}

export async function downloadOf(page: Page, trigger: () => Promise<unknown>): Promise<Downloaded> {
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    trigger(),
  ]);
  const ms = performance.now() - start;
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file), ms };
}

/** Clicks a button of the dialog and returns the file; waits for the status line to name it. */
export async function downloadFromMenu(page: Page, dialog: Locator, name: string | RegExp) {
  const file = await downloadOf(page, () =>
    dialog.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  );
  await expect(dialog.getByRole('status')).toContainText(file.name);
  return file;
}

/** Keeps an exported file under test-results/exports/ (an artefact to look at). */
export function keep(testInfo: TestInfo, name: string, bytes: Uint8Array): string {
  const dir = path.join(testInfo.project.outputDir, 'exports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export const utf8 = (bytes: Uint8Array) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** Parses an exported CSV (after its BOM) into header and rows of objects. */
export function csvRecords(bytes: Uint8Array) {
  const [header = [], ...rows] = parseCsv(utf8(bytes).replace(/^\uFEFF/u, ''));
  return {
    header,
    rows: rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))),
  };
}

export async function openPanel(page: Page, url: string, panelId: string) {
  await page.goto(url);
  await waitForPanelCharts(page, panelId);
}

/** Parsed in the page: parse errors, root attributes, all texts, element counts. */
export async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const count = (tag: string) => doc.getElementsByTagName(tag).length;
    const chartGroups = Array.from(root.children).filter(
      (el) => el.localName === 'g' && el.hasAttribute('transform'),
    );
    return {
      parseErrors: count('parsererror'),
      rootName: root.localName,
      namespace: root.namespaceURI,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      fontFamily: root.getAttribute('font-family') ?? '',
      texts: Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? ''),
      /** The root's own <text> children: title, subtitle, one per chart, footer. */
      captionTexts: Array.from(root.children)
        .filter((el) => el.localName === 'text')
        .map((t) => t.textContent ?? ''),
      scripts: count('script'),
      foreignObjects: count('foreignObject'),
      images: count('image'),
      charts: chartGroups.length,
      /** Per chart: stroked paths without fill (lines, axes) and all paths. */
      pathsPerChart: chartGroups.map((g) => {
        const paths = Array.from(g.getElementsByTagName('path'));
        return {
          all: paths.length,
          strokedLines: paths.filter(
            (p) =>
              (p.getAttribute('fill') === 'none' || p.getAttribute('fill') === null) &&
              (p.getAttribute('stroke') ?? 'none') !== 'none',
          ).length,
        };
      }),
    };
  }, svg);
}
