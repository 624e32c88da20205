import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  collectPageErrors,
  expectNoPageErrors,
  imagePixels,
  loadDashboard,
  panel,
  parseCsv,
  readPngHeader,
  readRecordColumns,
  minCharts,
  waitForPanelCharts,
} from './helpers';

/*
 * Exports (src/ui/export-menu.tsx, src/ui/panel-exporter.ts, src/charts/export/*,
 * src/app/export-all.tsx): composed PNG/SVG images, CSV/JSON of the filtered figures, share
 * links, ?embed=<panel>, Export all as ZIP. Files are taken from Playwright's download event
 * and checked in Node (PNG header, CSV bytes, ZIP entries) or decoded by the browser (pixels).
 */

const UI = {
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

const LANDSCAPE = { width: 1200, height: 675 };
const SQUARE = { width: 1080, height: 1080 };
const DARK_BG = [0x0f, 0x17, 0x2a, 255]; // #0f172a
const WHITE = [255, 255, 255, 255];

const exportButton = (page: Page, panelId: string, lang: Lang) =>
  panel(page, panelId).getByRole('button', { name: UI[lang].export, exact: true });

/** Opens a panel's Export menu and returns its dialog. */
async function openExportMenu(page: Page, panelId: string, lang: Lang): Promise<Locator> {
  const button = exportButton(page, panelId, lang);
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const dialog = panel(page, panelId).getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The "CSV (15 rows)" / "CSV（15 条）" button and the count it names. */
async function rowsButton(dialog: Locator, format: 'CSV' | 'JSON') {
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

async function downloadOf(page: Page, trigger: () => Promise<unknown>): Promise<Downloaded> {
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
async function downloadFromMenu(page: Page, dialog: Locator, name: string | RegExp) {
  const file = await downloadOf(page, () =>
    dialog.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  );
  await expect(dialog.getByRole('status')).toContainText(file.name);
  return file;
}

/** Keeps an exported file under test-results/exports/ (an artefact to look at). */
function keep(testInfo: TestInfo, name: string, bytes: Uint8Array): string {
  const dir = path.join(testInfo.project.outputDir, 'exports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** Parses an exported CSV (after its BOM) into header and rows of objects. */
function csvRecords(bytes: Uint8Array) {
  const [header = [], ...rows] = parseCsv(utf8(bytes).replace(/^\uFEFF/u, ''));
  return {
    header,
    rows: rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))),
  };
}

/** Table body rows as cell texts: indicator, region, year, details, value, unit. */
const tableRows = (p: Locator): Promise<string[][]> =>
  p.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('span').forEach((span) => {
          if (/^\((推算值|derived)\)$/u.test((span.textContent ?? '').trim())) span.remove();
        });
        return (copy.textContent ?? '').trim();
      }),
    ),
  );

async function openPanel(page: Page, url: string, panelId: string) {
  await page.goto(url);
  await waitForPanelCharts(page, panelId);
}

/** Parsed in the page: parse errors, root attributes, all texts, element counts. */
async function inspectSvg(page: Page, svg: string) {
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

test.describe('exports', () => {
  for (const panelId of ['firearm-seizures', 'health-outcomes'] as const) {
    test(`1. PNG of ${panelId}: 1×/2×/3× and square at exact sizes; light/dark/transparent`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      const errors = collectPageErrors(page);
      await openPanel(page, '/?lang=en', panelId);
      const dialog = await openExportMenu(page, panelId, 'en');
      await expect(dialog.getByRole('radio', { name: UI.en.landscape })).toBeChecked();
      await expect(dialog.getByRole('radio', { name: UI.en.light })).toBeChecked();

      const one = await downloadFromMenu(page, dialog, 'PNG 1×');
      const stem = one.name.replace(/\.png$/u, '');
      expect(one.name).toMatch(new RegExp(`^${panelId}_150000_\\d{4}(-\\d{4})?\\.png$`, 'u'));
      for (const [ratio, file] of [
        [1, one],
        [2, await downloadFromMenu(page, dialog, 'PNG 2×')],
        [3, await downloadFromMenu(page, dialog, 'PNG 3×')],
      ] as const) {
        expect(file.name).toBe(ratio === 1 ? `${stem}.png` : `${stem}.${ratio}x.png`);
        const header = readPngHeader(file.bytes);
        expect({ width: header.width, height: header.height }, `${file.name}`).toEqual({
          width: LANDSCAPE.width * ratio,
          height: LANDSCAPE.height * ratio,
        });
        if (ratio === 2) keep(testInfo, `${panelId}-en-light.2x.png`, file.bytes);
      }
      const light = await imagePixels(page, one.bytes, 'image/png', [
        [1, 1],
        [1198, 673],
      ]);
      expect(light.pixels, 'light background: corners are white').toEqual([WHITE, WHITE]);

      await dialog.getByRole('radio', { name: UI.en.square }).check();
      const square = await downloadFromMenu(page, dialog, 'PNG 1×');
      expect(square.name).toBe(`${stem}.png`);
      const squareHeader = readPngHeader(square.bytes);
      expect({ width: squareHeader.width, height: squareHeader.height }).toEqual(SQUARE);
      keep(testInfo, `${panelId}-en-square.png`, square.bytes);
      const square2 = await downloadFromMenu(page, dialog, 'PNG 2×');
      const square2Header = readPngHeader(square2.bytes);
      expect({ width: square2Header.width, height: square2Header.height }).toEqual({
        width: SQUARE.width * 2,
        height: SQUARE.height * 2,
      });

      await dialog.getByRole('radio', { name: UI.en.landscape }).check();
      await dialog.getByRole('radio', { name: UI.en.transparent }).check();
      const transparent = await downloadFromMenu(page, dialog, 'PNG 1×');
      const tHeader = readPngHeader(transparent.bytes);
      expect({ width: tHeader.width, height: tHeader.height }).toEqual(LANDSCAPE);
      expect(tHeader.hasAlpha, `colour type ${tHeader.colorType}: an alpha channel`).toBe(true);
      const tPixels = await imagePixels(page, transparent.bytes, 'image/png', [
        [0, 0],
        [1199, 674],
      ]);
      expect(
        tPixels.pixels.map((p) => p[3]),
        'transparent corners: alpha 0',
      ).toEqual([0, 0]);
      keep(testInfo, `${panelId}-en-transparent.png`, transparent.bytes);

      await dialog.getByRole('radio', { name: UI.en.dark }).check();
      const dark = await downloadFromMenu(page, dialog, 'PNG 1×');
      const dPixels = await imagePixels(page, dark.bytes, 'image/png', [
        [1, 1],
        [1198, 673],
      ]);
      expect(dPixels.pixels, 'dark background: corners are #0f172a').toEqual([DARK_BG, DARK_BG]);
      keep(testInfo, `${panelId}-en-dark.png`, dark.bytes);

      expectNoPageErrors(errors);
    });
  }

  test('2. Chinese text is drawn in the zh firearm export (PNG and SVG)', async ({
    page,
  }, testInfo) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/', 'firearm-seizures');
    const dialog = await openExportMenu(page, 'firearm-seizures', 'zh');
    const png = await downloadFromMenu(page, dialog, 'PNG 1×');
    expect(png.name).toBe('firearm-seizures_150000_2020.png');
    const header = readPngHeader(png.bytes);
    expect({ width: header.width, height: header.height }).toEqual(LANDSCAPE);
    keep(testInfo, 'firearm-seizures-zh-light.png', png.bytes);
    const svgFile = await downloadFromMenu(page, dialog, 'SVG');
    expect(svgFile.name).toBe('firearm-seizures_150000_2020.svg');
    const svg = utf8(svgFile.bytes);
    keep(testInfo, 'firearm-seizures-zh.svg', svgFile.bytes);

    // The SVG itself: well-formed, safe, Chinese as <text>, a CJK font named.
    const info = await inspectSvg(page, svg);
    expect(info.parseErrors, 'DOMParser parsererror').toBe(0);
    expect(info.rootName).toBe('svg');
    expect(info.namespace).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toMatch(/<script|foreignObject/iu);
    expect(info.scripts + info.foreignObjects).toBe(0);
    expect(info.fontFamily).toContain('Noto Sans CJK SC');
    expect(info.captionTexts[0]).toBe('2020年枪爆物品收缴');
    expect(
      info.texts.some((t) => t.includes('收缴雷管')),
      'a category label 收缴雷管',
    ).toBe(true);
    expect(
      info.captionTexts.some((t) => t.includes('2020年全区收缴枪支834支 子弹22.7万发')),
      `footer names the source headline; caption texts: ${info.captionTexts.join(' | ')}`,
    ).toBe(true);

    // Pixels: the export with its text against the same SVG without any <text> (and with the
    // title's Han characters swapped for others: tofu would draw both alike).
    const result = await page.evaluate(
      async ({ source, pngDataUrl }) => {
        const W = 1200;
        const H = 675;
        const raster = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = W;
          canvas.height = H;
          const ctx = canvas.getContext('2d', { willReadFrequently: true });
          if (!ctx) throw new Error('no 2d context');
          ctx.drawImage(img, 0, 0, W, H);
          return ctx.getImageData(0, 0, W, H).data;
        };
        const svgUrl = (text: string) =>
          URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
        const parse = () => new DOMParser().parseFromString(source, 'image/svg+xml');
        const serialise = (doc: Document) => new XMLSerializer().serializeToString(doc);

        const noTextDoc = parse();
        Array.from(noTextDoc.getElementsByTagName('text')).forEach((t) => t.remove());
        const swappedDoc = parse();
        const title = Array.from(swappedDoc.documentElement.children).find(
          (el) => el.localName === 'text',
        );
        if (!title) throw new Error('no title <text>');
        title.textContent = (title.textContent ?? '').replace(/\p{Script=Han}/gu, '蒙');

        const [withText, withoutText, swapped, png] = await Promise.all([
          raster(svgUrl(source)),
          raster(svgUrl(serialise(noTextDoc))),
          raster(svgUrl(serialise(swappedDoc))),
          raster(pngDataUrl),
        ]);
        const diff = (
          a: Uint8ClampedArray,
          b: Uint8ClampedArray,
          y0: number,
          y1: number,
          x0 = 0,
          x1 = W,
        ) => {
          let n = 0;
          for (let y = Math.max(0, Math.round(y0)); y < Math.min(H, y1); y += 1) {
            for (let x = Math.max(0, Math.round(x0)); x < Math.min(W, x1); x += 1) {
              const i = (y * W + x) * 4;
              let d = 0;
              for (let c = 0; c < 4; c += 1)
                d = Math.max(d, Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0)));
              if (d > 48) n += 1;
            }
          }
          return n;
        };
        // Chart titles: the root's <text> at font-size 15 (x, baseline y). Each one's box: from
        // its x to the next title's x on the same row (or the right margin), y-18..y+10.
        const chartTitles = Array.from(parse().documentElement.children)
          .filter((el) => el.localName === 'text' && el.getAttribute('font-size') === '15')
          .map((el) => ({ x: Number(el.getAttribute('x')), y: Number(el.getAttribute('y')) }));
        const rightOf = (t: { x: number; y: number }) =>
          Math.min(W - 32, ...chartTitles.filter((o) => o.y === t.y && o.x > t.x).map((o) => o.x));
        return {
          titleBand: diff(withText, withoutText, 0, 90),
          titleBandPng: diff(png, withoutText, 0, 90),
          pngVsSvg: diff(png, withText, 0, H),
          swappedTitle: diff(withText, swapped, 0, 56),
          chartTitles: chartTitles.map((t) => ({
            ...t,
            diff: diff(withText, withoutText, t.y - 18, t.y + 10, t.x, rightOf(t)),
          })),
        };
      },
      { source: svg, pngDataUrl: `data:image/png;base64,${png.bytes.toString('base64')}` },
    );
    testInfo.annotations.push({ type: 'cjk-pixels', description: JSON.stringify(result) });
    expect(result.titleBand, 'title band: pixels drawn by text').toBeGreaterThan(2000);
    expect(result.titleBandPng, 'exported PNG title band: pixels drawn by text').toBeGreaterThan(
      2000,
    );
    expect(result.swappedTitle, 'title with other Han characters looks different').toBeGreaterThan(
      300,
    );
    expect(result.chartTitles.length, 'one title row per chart').toBeGreaterThan(0);
    for (const { x, y, diff } of result.chartTitles) {
      expect(diff, `chart title at (${x}, ${y}): pixels drawn by text`).toBeGreaterThan(300);
    }
    // The PNG is this SVG rasterised: (almost) the same pixels.
    expect(result.pngVsSvg, 'PNG 1× vs the SVG rasterised here').toBeLessThan(1200 * 675 * 0.01);

    expectNoPageErrors(errors);
  });

  test('3. SVG of health-outcomes (en): caption, 1200×675, vector charts', async ({
    page,
  }, testInfo) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/?lang=en', 'health-outcomes');
    const dialog = await openExportMenu(page, 'health-outcomes', 'en');
    const file = await downloadFromMenu(page, dialog, 'SVG');
    expect(file.name).toBe('health-outcomes_150000_2015-2019.svg');
    const svg = utf8(file.bytes);
    keep(testInfo, 'health-outcomes-en.svg', file.bytes);
    expect(svg.startsWith('<svg')).toBe(true);

    const info = await inspectSvg(page, svg);
    expect(info.parseErrors).toBe(0);
    expect({ width: info.width, height: info.height }).toEqual({ width: '1200', height: '675' });
    const captions = info.captionTexts.join('\n');
    expect(info.captionTexts[0]).toBe('Health outcomes, 2015→2019');
    expect(captions).toContain('Region: Inner Mongolia');
    expect(captions).toContain('Inner Mongolia Daily');
    // (The app's name is checked in "3b", which fails: the footer is cut before it.)
    expect(info.captionTexts.at(-1)).toMatch(/^Source: Inner Mongolia Daily/u);
    expect(info.scripts + info.foreignObjects).toBe(0);

    // Vector: every chart has stroked paths (the lines and axes), and no embedded bitmap.
    const chartTitles = await panel(page, 'health-outcomes')
      .locator('figcaption')
      .allTextContents();
    expect(info.charts).toBe(chartTitles.length);
    // Each chart's title above it (long ones may be cut with "…": see "3b").
    for (const t of chartTitles.map((c) => c.trim())) {
      expect(
        info.captionTexts.some((c) => c === t || (c.endsWith('…') && t.startsWith(c.slice(0, -1)))),
        `chart title "${t}" in ${JSON.stringify(info.captionTexts)}`,
      ).toBe(true);
    }
    expect(info.images, '<image> elements').toBe(0);
    for (const [i, paths] of info.pathsPerChart.entries()) {
      expect(paths.strokedLines, `chart ${i}: stroked <path>s`).toBeGreaterThan(0);
    }

    expectNoPageErrors(errors);
  });

  // Regression: a too-wide width estimate cut English text that fits.
  test('3b. SVG of health-outcomes (en): footer keeps the app name, fitting titles are not cut', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/?lang=en', 'health-outcomes');
    const dialog = await openExportMenu(page, 'health-outcomes', 'en');
    const svg = utf8((await downloadFromMenu(page, dialog, 'SVG')).bytes);
    const info = await inspectSvg(page, svg);
    const chartTitles = (
      await panel(page, 'health-outcomes').locator('figcaption').allTextContents()
    ).map((t) => t.trim());
    // Width each chart title needs in the export's font (15 px, weight 600), measured here.
    const needed = await page.evaluate(
      ({ titles, font }) => {
        const ctx = document.createElement('canvas').getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.font = `600 15px ${font}`;
        return titles.map((t) => ctx.measureText(t).width);
      },
      { titles: chartTitles, font: info.fontFamily },
    );
    const footer = info.captionTexts.at(-1) ?? '';
    const fullFooter = footer.replace(/ · [^·]*$/u, ' · Inner Mongolia Data Explorer');
    const footerWidth = await page.evaluate(
      ({ text, font }) => {
        const ctx = document.createElement('canvas').getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.font = `400 13px ${font}`;
        return ctx.measureText(text).width;
      },
      { text: fullFooter, font: info.fontFamily },
    );
    test.info().annotations.push({
      type: 'measured widths',
      description: JSON.stringify({ chartTitles, needed, footerWidth, footerMax: 1200 - 64 }),
    });
    expectNoPageErrors(errors);

    const cellWidth = (1200 - 2 * 32) / chartTitles.length - 8; // layoutCells(), landscape
    for (const [i, title] of chartTitles.entries()) {
      if ((needed[i] ?? Infinity) <= cellWidth) {
        expect(info.captionTexts, `"${title}" needs ${needed[i]} of ${cellWidth} px`).toContain(
          title,
        );
      }
    }
    expect(info.captionTexts.at(-1)).toContain(
      'During the 13th Five-Year Plan, the health of the people of the region improved further',
    );
    expect(info.captionTexts.at(-1)).toMatch(/Inner Mongolia Data Explorer$/u);
  });

  // Regression: images lost their charts while the Table or Sources tab was open.
  test('3c. image export while the Table tab is selected still has the charts', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?lang=en&tab.firearm-seizures=table');
    const p = panel(page, 'firearm-seizures');
    await expect(p.locator('table tbody tr').first()).toBeVisible();
    const dialog = await openExportMenu(page, 'firearm-seizures', 'en');
    const info = await inspectSvg(page, utf8((await downloadFromMenu(page, dialog, 'SVG')).bytes));
    expectNoPageErrors(errors);
    expect(info.charts, 'charts in the exported SVG').toBe(3);
  });

  test('4. CSV of firearm-seizures: BOM, CRLF, columns, rows = menu = table, quotes in sources', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/?region=150000', 'firearm-seizures');
    const dialog = await openExportMenu(page, 'firearm-seizures', 'zh');
    const { button, count, label } = await rowsButton(dialog, 'CSV');
    expect(label).toBe('CSV（15 条）');
    const file = await downloadOf(page, () => button.click());
    expect(file.name).toBe('firearm-seizures_150000_2020.csv');

    expect([...file.bytes.subarray(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
    const text = utf8(file.bytes);
    expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
    expect(text.replace(/\r\n/gu, ''), 'no line end other than CRLF').not.toMatch(/[\r\n]/u);

    const { header, rows } = csvRecords(file.bytes);
    expect(header).toEqual(readRecordColumns());
    expect(rows.length).toBe(count);

    const detonators = rows.filter((r) => r.indicator_id === 'detonators-seized');
    expect(detonators).toHaveLength(1);
    expect(detonators[0]).toMatchObject({
      indicator: '收缴雷管',
      region_code: '150000',
      year: '2020',
      value: '259000',
      value_text: '25.9万枚',
      derived: 'false',
    });

    await page.keyboard.press('Escape');
    const p = panel(page, 'firearm-seizures');
    await p.getByRole('tab', { name: UI.zh.tabs.table, exact: true }).click();
    await expect(p.locator('table tbody tr').first()).toBeVisible();
    const table = await tableRows(p);
    expect(table.length, 'rows in the Table tab').toBe(rows.length);
    expect(
      table.map(([indicator, region, year, , value]) => [indicator, region, year, value]).sort(),
    ).toEqual(rows.map((r) => [r.indicator, r.region, r.year, r.value_text]).sort());

    await p.getByRole('tab', { name: UI.zh.tabs.sources, exact: true }).click();
    const quotes = (await p.locator('blockquote').allTextContents()).map((q) =>
      q.trim().replace(/^“|”$/gu, ''),
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const r of rows) expect(quotes, `quote of ${r.indicator_id}`).toContain(r.quote);

    expectNoPageErrors(errors);
  });

  test('4b. CSV of health-outcomes under ?from=2015&to=2019: the table rows, file name', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/?from=2015&to=2019', 'health-outcomes');
    const dialog = await openExportMenu(page, 'health-outcomes', 'zh');
    const { button, count } = await rowsButton(dialog, 'CSV');
    const file = await downloadOf(page, () => button.click());
    expect(file.name).toBe('health-outcomes_150000_2015-2019.csv');
    const { header, rows } = csvRecords(file.bytes);
    expect(header).toEqual(readRecordColumns());
    expect(rows.length).toBe(count);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(['2015', '2019']));

    await page.keyboard.press('Escape');
    const p = panel(page, 'health-outcomes');
    await p.getByRole('tab', { name: UI.zh.tabs.table, exact: true }).click();
    await expect(p.locator('table tbody tr').first()).toBeVisible();
    const table = await tableRows(p);
    expect(
      table
        .map(([indicator, region, year, , value, unit]) => [indicator, region, year, value, unit])
        .sort(),
    ).toEqual(rows.map((r) => [r.indicator, r.region, r.year, r.value_text, r.unit]).sort());

    expectNoPageErrors(errors);
  });

  test('5. JSON of hohhot-five-centres at ?region=150100', async ({ page }) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/?region=150100', 'hohhot-five-centres');
    const dialog = await openExportMenu(page, 'hohhot-five-centres', 'zh');
    const { button, count } = await rowsButton(dialog, 'JSON');
    const file = await downloadOf(page, () => button.click());
    expect(file.name).toMatch(/^hohhot-five-centres_150100_[\d-]+\.json$/u);
    const json = JSON.parse(utf8(file.bytes)) as {
      panel: string;
      filters: { region: string; regionName: string };
      observations: Record<string, unknown>[];
      sources: unknown[];
    };
    expect(json.panel).toBe('hohhot-five-centres');
    expect(json.filters.region).toBe('150100');
    expect(json.filters.regionName).toBe('呼和浩特市');
    expect(json.observations.length).toBe(count);
    expect(json.sources.length).toBeGreaterThan(0);
    const required = [
      'indicator_id',
      'unit',
      'region_code',
      'region',
      'year',
      'value',
      'derived',
      'quote',
      'headline',
    ];
    for (const [i, o] of json.observations.entries()) {
      for (const key of required) expect(o, `observations[${i}].${key}`).toHaveProperty(key);
      expect(typeof o.year, `observations[${i}].year`).toBe('number');
      expect(typeof o.derived, `observations[${i}].derived`).toBe('boolean');
      expect(String(o.region_code).startsWith('1501'), `observations[${i}] in Hohhot`).toBe(true);
    }

    expectNoPageErrors(errors);
  });

  // Regression: keys drawn in HTML on screen must appear in exported images.
  test('5b. exported images keep the legends shown on screen (five centres, medical groups)', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?region=150100');
    const legends: Record<string, string[]> = {};
    for (const id of ['hohhot-five-centres', 'hohhot-medical-groups']) {
      await waitForPanelCharts(page, id);
      legends[id] = (
        await panel(page, id)
          .locator(
            id === 'hohhot-five-centres' ? 'figure ul > li' : 'ul > li > div > span.font-medium',
          )
          .allTextContents()
      ).map((t) => t.trim());
      expect(legends[id]?.length, `${id}: legend entries on screen`).toBeGreaterThan(1);
    }
    for (const [id, labels] of Object.entries(legends)) {
      const dialog = await openExportMenu(page, id, 'zh');
      const svg = utf8((await downloadFromMenu(page, dialog, 'SVG')).bytes);
      await page.keyboard.press('Escape');
      const { texts } = await inspectSvg(page, svg);
      for (const label of labels) {
        expect
          .soft(texts.join('\n'), `${id}: the export names legend entry "${label}"`)
          .toContain(label);
      }
    }
    expectNoPageErrors(errors);
  });

  test('6. Export all (ZIP) at ?region=150100: PNG + CSV per panel, README', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    await loadDashboard(page, '/?region=150100');
    // Panels with figures (an Export menu), and their titles.
    const withExport = page
      .locator('[data-panel]')
      .filter({ has: page.getByRole('button', { name: UI.zh.export, exact: true }) });
    const panels = await withExport.evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-panel') ?? '',
        title: (el.querySelector('h3')?.textContent ?? '').trim(),
      })),
    );
    expect(panels.length).toBeGreaterThan(0);
    expect(panels.map((p) => p.id)).not.toContain('overview-map');

    const file = await downloadOf(page, () =>
      page.getByRole('button', { name: UI.zh.all, exact: true }).click(),
    );
    testInfo.annotations.push({ type: 'export-all-ms', description: file.ms.toFixed(0) });
    expect(file.name).toBe('inner-mongolia-data_150100_all.zip');
    keep(testInfo, file.name, file.bytes);
    const entries = unzipSync(new Uint8Array(file.bytes));
    const names = Object.keys(entries).sort();

    const expected: string[] = ['README.txt'];
    for (const { id } of panels) {
      const own = names.filter((n) => n.startsWith(`${id}_150100_`));
      // A panel of key figures only (no chart) goes out as its CSV alone.
      const charted = minCharts(id) > 0;
      expect(own, `files of panel ${id}`).toHaveLength(charted ? 2 : 1);
      expect(
        own.some((n) => /^[^_]+_150100_[\d-]+\.png$/u.test(n)),
        `${id}: a PNG`,
      ).toBe(charted);
      expect(
        own.some((n) => /^[^_]+_150100_[\d-]+\.csv$/u.test(n)),
        `${id}: a CSV`,
      ).toBe(true);
      expected.push(...own);
    }
    expect(names).toEqual(expected.sort());

    const readme = strFromU8(entries['README.txt'] ?? new Uint8Array());
    expect(readme).toContain('呼和浩特市');
    for (const { title } of panels) expect(readme, `README names ${title}`).toContain(title);

    for (const name of names.filter((n) => n.endsWith('.png'))) {
      const bytes = entries[name] ?? new Uint8Array();
      const header = readPngHeader(bytes);
      expect({ width: header.width, height: header.height }, name).toEqual({
        width: 2400,
        height: 1350,
      });
      // And the browser decodes it at that size (a white light-background corner).
      const decoded = await imagePixels(page, bytes, 'image/png', [[2, 2]]);
      expect({ width: decoded.width, height: decoded.height, corner: decoded.pixels[0] }).toEqual({
        width: 2400,
        height: 1350,
        corner: WHITE,
      });
    }
    for (const name of names.filter((n) => n.endsWith('.csv'))) {
      const bytes = entries[name] ?? new Uint8Array();
      expect([...bytes.subarray(0, 3)], `${name}: BOM`).toEqual([0xef, 0xbb, 0xbf]);
      expect(parseCsv(utf8(bytes).slice(1))[0], `${name}: header`).toEqual(readRecordColumns());
    }

    await expect(page.getByRole('status').filter({ hasText: file.name })).toBeVisible();
    expectNoPageErrors(errors);
  });

  test('7. embed view, Copy embed code and Copy link', async ({ page, context }) => {
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 600, height: 500 });
    await openPanel(page, '/?embed=firearm-seizures&lang=en', 'firearm-seizures');
    await expect(page.locator('main[data-embed="firearm-seizures"]')).toHaveCount(1);
    await expect(page.locator('[data-panel]')).toHaveCount(1);
    await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'firearm-seizures');
    await expect(page.locator('h1')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: UI.en.region, exact: true })).toHaveCount(0);
    const widths = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(widths.scrollWidth, 'no horizontal scroll at 600 px').toBeLessThanOrEqual(
      widths.clientWidth,
    );

    // Share buttons on the dashboard, with a filtered view.
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPanel(page, '/?lang=en&from=2020&to=2020', 'firearm-seizures');
    const origin = new URL(page.url()).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const query = new URL(page.url()).search;
    expect(query).not.toBe('');

    const dialog = await openExportMenu(page, 'firearm-seizures', 'en');
    const status = dialog.getByRole('status');
    await dialog.getByRole('button', { name: UI.en.copyEmbed, exact: true }).click();
    await expect(status).toHaveText(UI.en.copied);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // The panel's own prerendered page, sized by our script on the host page.
    const match =
      /^<iframe src="([^"]+)" title="([^"]+)"[^>]*><\/iframe><script src="([^"]+)" async><\/script>$/u.exec(
        code,
      );
    expect(match, `embed code: ${code}`).not.toBeNull();
    const src = new URL((match?.[1] ?? '').replace(/&amp;/gu, '&'));
    expect(src.origin).toBe(origin);
    const { lang, ...rest } = Object.fromEntries(new URL(page.url()).searchParams);
    expect(src.pathname).toBe(
      lang === 'en' ? '/en/embed/firearm-seizures/' : '/embed/firearm-seizures/',
    );
    expect(Object.fromEntries(src.searchParams)).toEqual(rest);
    expect(match?.[3]).toBe(`${origin}/embed.js`);
    expect(match?.[2]).toBe('Firearm and explosive seizures, 2020');

    await dialog.getByRole('button', { name: UI.en.copyLink, exact: true }).click();
    await expect(status).toHaveText(UI.en.copied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.endsWith('#panel-firearm-seizures'), link).toBe(true);
    expect(new URL(link).search).toBe(query);
    expect(new URL(link).pathname).toBe(new URL(page.url()).pathname);

    // The embed URL works as given.
    await openPanel(page, src.toString(), 'firearm-seizures');
    await expect(page.locator('[data-panel]')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(0);

    expectNoPageErrors(errors);
  });

  /** Tab from the panel's heading to its Export button, Enter: the dialog, focus inside. */
  async function openByKeyboard(page: Page, panelId: string) {
    const p = panel(page, panelId);
    const button = exportButton(page, panelId, 'en');
    // Start sequential navigation at the panel's heading (not focusable itself).
    await p.locator('h3').click();
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const dialog = p.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect
      .poll(() => dialog.evaluate((d) => d.contains(document.activeElement)), {
        message: 'focus moves into the dialog',
      })
      .toBe(true);
    return { button, dialog };
  }

  /** Tab (staying inside the dialog) until the CSV button has focus, Enter: the file. */
  async function csvByKeyboard(page: Page, dialog: Locator) {
    const { button: csv, count } = await rowsButton(dialog, 'CSV');
    let presses = 0;
    while (!(await csv.evaluate((el) => el === document.activeElement)) && presses < 20) {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(
        await dialog.evaluate((d) => d.contains(document.activeElement)),
        `Tab ${presses} stays in the dialog`,
      ).toBe(true);
    }
    await expect(csv).toBeFocused();
    const file = await downloadOf(page, () => page.keyboard.press('Enter'));
    expect(file.name).toBe('firearm-seizures_150000_2020.csv');
    expect(csvRecords(file.bytes).rows).toHaveLength(count);
    await expect(dialog.getByRole('status')).toContainText(file.name);
    return csv;
  }

  test('8. keyboard: Tab to Export, Enter opens, Escape returns; Tab to CSV, Enter downloads', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/?lang=en', 'firearm-seizures');

    const first = await openByKeyboard(page, 'firearm-seizures');
    await page.keyboard.press('Escape');
    await expect(first.dialog).toBeHidden();
    await expect(first.button).toHaveAttribute('aria-expanded', 'false');
    await expect(first.button).toBeFocused();

    const { dialog } = await openByKeyboard(page, 'firearm-seizures');
    await csvByKeyboard(page, dialog);

    expectNoPageErrors(errors);
  });

  // Regression: a disabled button dropped focus to <body> and Escape no longer closed the menu.
  test('8b. keyboard: after Enter on CSV, focus stays in the dialog and Escape closes it', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await openPanel(page, '/?lang=en', 'firearm-seizures');
    const { button, dialog } = await openByKeyboard(page, 'firearm-seizures');
    const csv = await csvByKeyboard(page, dialog);
    expectNoPageErrors(errors);

    await expect(csv, 'the CSV button keeps focus after the export').toBeFocused({
      timeout: 3_000,
    });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden({ timeout: 3_000 });
    await expect(button).toBeFocused({ timeout: 3_000 });
  });

  test('9. timings (median of 5): PNG 2×, SVG, CSV of firearm-seizures', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    await openPanel(page, '/?lang=en', 'firearm-seizures');
    const dialog = await openExportMenu(page, 'firearm-seizures', 'en');
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.floor(s.length / 2)] ?? NaN;
    };
    const timings: Record<string, { median: number; runs: number[] }> = {};
    for (const [label, name] of [
      ['PNG 2×', 'PNG 2×'],
      ['SVG', 'SVG'],
      ['CSV', /^CSV/u],
    ] as const) {
      const runs: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const b = dialog.getByRole('button', { name, exact: typeof name === 'string' });
        await expect(b).toBeEnabled();
        runs.push((await downloadOf(page, () => b.click())).ms);
      }
      timings[label] = { median: Math.round(median(runs)), runs: runs.map(Math.round) };
      testInfo.annotations.push({
        type: `timing ${label}`,
        description: `median ${Math.round(median(runs))} ms (runs: ${runs.map(Math.round).join(', ')})`,
      });
    }
    console.log(`export timings (click → download event, ms): ${JSON.stringify(timings)}`);
    expectNoPageErrors(errors);
  });
});
