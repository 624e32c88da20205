import { expect, test } from '@playwright/test';
import { READY_TIMEOUT, collectPageErrors, loadDashboard, saveScreenshot } from './helpers';

/*
 * Contract with the app:
 * - every dataset listed in public/data/manifest.json is shown by at least one panel,
 *   whose root element carries data-panel="<panel id>" and data-dataset="<dataset id>";
 * - every chart container inside a panel carries data-chart-ready, set to "true" once its
 *   first render has finished;
 * - no console error and no uncaught exception while the page loads and renders.
 * (The shared helpers in ./helpers.ts check exactly this.)
 */

test.describe('dashboard (zh, light)', () => {
  test('desktop 1280: every dataset has a panel, every chart renders, no errors', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = collectPageErrors(page);

    await loadDashboard(page);
    await saveScreenshot(page, testInfo, 'dashboard-zh-light-1280.png');

    expect(errors, `console/page errors:\n${errors.join('\n')}`).toEqual([]);
  });

  test('mobile 390: renders without horizontal scroll, no errors', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = collectPageErrors(page);

    await loadDashboard(page);

    const widths = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    await saveScreenshot(page, testInfo, 'dashboard-zh-light-390.png');

    expect(
      widths.scrollWidth,
      `horizontal scroll at 390px: scrollWidth ${widths.scrollWidth} > clientWidth ${widths.clientWidth}`,
    ).toBeLessThanOrEqual(widths.clientWidth);
    expect(errors, `console/page errors:\n${errors.join('\n')}`).toEqual([]);
  });

  test('Chinese text renders with a CJK font, not tofu', async ({ page }) => {
    await page.goto('/');

    // The first rendered element whose own text contains Han characters (e.g. the page heading).
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const han = /\p{Script=Han}/u;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const el = node.parentElement;
              if (!el || !han.test(node.textContent ?? '') || el.getClientRects().length === 0) {
                continue;
              }
              el.setAttribute('data-e2e-cjk-probe', '');
              return el.tagName.toLowerCase();
            }
            return null;
          }),
        { message: 'a visible element with Chinese text', timeout: READY_TIMEOUT },
      )
      .not.toBeNull();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    // 1. Pixels: draw 内, 蒙, 古 one by one in the element's own font. With no CJK font every
    //    glyph falls back to the same .notdef box (tofu) or to nothing, so they would be equal.
    const glyphs = await page.evaluate(() => {
      const el = document.querySelector('[data-e2e-cjk-probe]');
      if (!el) throw new Error('probe element disappeared');
      const style = getComputedStyle(el);
      const font = `${style.fontWeight} 32px ${style.fontFamily}`;
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d context');
      return {
        font,
        bitmaps: ['内', '蒙', '古'].map((ch) => {
          ctx.clearRect(0, 0, canvas.width, canvas.height);
          ctx.font = font;
          ctx.fillStyle = '#000';
          ctx.textBaseline = 'top';
          ctx.fillText(ch, 4, 4);
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          let inked = 0;
          let alpha = '';
          for (let i = 3; i < data.length; i += 4) {
            const a = data[i] ?? 0;
            if (a > 0) inked += 1;
            alpha += a > 127 ? '1' : '0';
          }
          return { ch, inked, alpha };
        }),
      };
    });
    for (const { ch, inked } of glyphs.bitmaps) {
      expect(inked, `glyph ${ch} drew no pixels with font ${glyphs.font}`).toBeGreaterThan(20);
    }
    const distinct = new Set(glyphs.bitmaps.map((b) => b.alpha));
    expect(distinct.size, `内/蒙/古 render identically (tofu?) with font ${glyphs.font}`).toBe(3);

    // 2. The platform font Chromium actually used for that element's text is a CJK font.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-e2e-cjk-probe]',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const families = fonts.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`);
    const cjkFamily =
      /CJK|Han Sans|Han Serif|Source Han|WenQuanYi|Noto Sans SC|Noto Serif SC|PingFang|Hiragino|YaHei|SimSun|SimHei|Heiti|Songti|DengXian|Droid Sans Fallback|AR PL/i;
    expect(
      fonts.some((f) => cjkFamily.test(f.familyName) && f.glyphCount > 0),
      `platform fonts used for Chinese text: ${families.join(', ')}`,
    ).toBe(true);
  });
});

test('desktop table: every row has a cell under each column header', async ({ page }) => {
  await page.goto('/?tab.firearm-seizures=table');
  const table = page.locator('[data-panel="firearm-seizures"] table');
  await expect(table).toBeVisible({ timeout: READY_TIMEOUT });
  // The firearm figures have no breakdown: its column stays, empty, so values sit under "Value".
  const headers = await table
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().left)));
  const firstRow = await table
    .locator('tbody tr')
    .first()
    .locator('th, td')
    .evaluateAll((cells) =>
      cells
        .filter((cell) => getComputedStyle(cell).display !== 'none')
        .map((cell) => Math.round(cell.getBoundingClientRect().left)),
    );
  expect(firstRow).toEqual(headers);
});
