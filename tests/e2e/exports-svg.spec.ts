import { expect, test } from '@playwright/test';
import { collectPageErrors, expectNoPageErrors, panel, waitForPanelCharts } from './helpers';
import {
  openExportMenu,
  downloadFromMenu,
  keep,
  utf8,
  openPanel,
  inspectSvg,
} from './export-steps';

/*
 * Exports, SVG images and what they keep from the screen (src/ui/export-menu.tsx, src/ui/panel-exporter.ts, src/charts/export/*,
 * src/app/export-all.tsx): composed PNG/SVG images, CSV/JSON of the filtered figures, share
 * links, ?embed=<panel>, Export all as ZIP. Files are taken from Playwright's download event
 * and checked in Node (PNG header, CSV bytes, ZIP entries) or decoded by the browser (pixels).
 */

test.describe('exports', () => {
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
});
