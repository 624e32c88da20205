import { expect, test } from '@playwright/test';
import { collectPageErrors, expectNoPageErrors } from './helpers';
import { imagePixels, readPngHeader } from './exported-files';
import {
  UI,
  LANDSCAPE,
  SQUARE,
  DARK_BG,
  WHITE,
  openExportMenu,
  downloadOf,
  downloadFromMenu,
  keep,
  utf8,
  openPanel,
  inspectSvg,
} from './export-steps';

/*
 * Exports, PNG images and their timings (src/ui/export-menu.tsx, src/ui/panel-exporter.ts, src/charts/export/*,
 * src/app/export-all.tsx): composed PNG/SVG images, CSV/JSON of the filtered figures, share
 * links, ?embed=<panel>, Export all as ZIP. Files are taken from Playwright's download event
 * and checked in Node (PNG header, CSV bytes, ZIP entries) or decoded by the browser (pixels).
 */

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
