import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  panel,
  saveScreenshot,
  waitForPanelsLoaded,
} from './helpers';

/*
 * What a new user meets on a first visit, without documentation, on desktop (1280 px) and
 * phone (390 px), in both languages: a copied panel link, Export all straight after opening
 * the page, the region box, the Sources tab, narrowed filters, the header controls, and the
 * phone layout. Screenshots of each view go to test-results/screenshots/first-visit-*.png.
 */

const PHONE = { width: 390, height: 844 };
/** The theme button's name (and tooltip) by language and current theme. */
const THEME_BUTTON = {
  zh: { light: '切换到深色', dark: '切换到浅色' },
  en: { light: 'Switch to Dark', dark: 'Switch to Light' },
} as const;

/** Pixels of an image whose colour is clearly not grey (text, axes and backgrounds are grey). */
async function colourfulPixels(page: Page, png: Uint8Array): Promise<number> {
  const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1;
    }
    return count;
  }, dataUrl);
}

/** Keeps an exported file under test-results/exports/first-visit/ (an artefact to look at). */
function keep(testInfo: TestInfo, name: string, bytes: Uint8Array): void {
  const dir = path.join(testInfo.project.outputDir, 'exports', 'first-visit');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), bytes);
}

/** Saves the viewport (not the full page) under test-results/screenshots/. */
async function viewportShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.join(testInfo.project.outputDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
}

/** The panel's top relative to the viewport, and the bottom of the sticky bar above it. */
const panelTop = (page: Page, id: string) =>
  panel(page, id).evaluate((el) => Math.round(el.getBoundingClientRect().top));

test.describe('first visit', () => {
  test('1. a copied panel link lands on the panel, with its tab, and stays there', async ({
    page,
  }, testInfo) => {
    const errors = collectPageErrors(page);
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(viewport);
      for (const lang of ['zh', 'en'] as const) {
        const query =
          lang === 'en' ? '?lang=en&tab.firearm-seizures=table' : '?tab.firearm-seizures=table';
        await page.goto(`/${query}#panel-firearm-seizures`);
        const target = panel(page, 'firearm-seizures');
        await expect(target.getByRole('tab', { selected: true })).toHaveText(
          lang === 'zh' ? '表格' : 'Table',
        );
        await waitForPanelsLoaded(page);
        // Charts above mount and fonts arrive after the panels: the panel must stay put.
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await expect
          .poll(() => panelTop(page, 'firearm-seizures'), {
            message: `${lang} ${viewport.width}px: the panel's top sits just below the sticky bar`,
          })
          .toBeGreaterThanOrEqual(0);
        const stickyBottom = await page.evaluate(() => {
          const bar = document.querySelector<HTMLElement>('[data-sticky-top]');
          if (!bar || getComputedStyle(bar).position !== 'sticky') return 0;
          return Math.round(bar.getBoundingClientRect().bottom);
        });
        await expect
          .poll(() => panelTop(page, 'firearm-seizures'), {
            message: `${lang} ${viewport.width}px: panel top (sticky bar ends at ${stickyBottom})`,
          })
          .toBeLessThanOrEqual(stickyBottom + 24);
        expect(await panelTop(page, 'firearm-seizures')).toBeGreaterThanOrEqual(stickyBottom);
        // Still there a moment later, after late charts and images above have settled.
        await page.waitForTimeout(1500);
        const top = await panelTop(page, 'firearm-seizures');
        expect(top, 'stays on the panel').toBeGreaterThanOrEqual(stickyBottom);
        expect(top, 'stays on the panel').toBeLessThanOrEqual(stickyBottom + 24);
        await expect(target.getByRole('table')).toBeInViewport();
        await viewportShot(page, testInfo, `first-visit-link-${lang}-${viewport.width}.png`);
      }
    }
    expectNoPageErrors(errors);
  });

  test('2. Export all straight after opening: every image in the ZIP has its figures drawn', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto('/?region=150100');
    await waitForPanelsLoaded(page);
    // Nothing is scrolled: the five-centres matrix has never been near the viewport.
    await expect(
      panel(page, 'hohhot-five-centres').locator('[data-chart-ready="true"]'),
    ).toHaveCount(0);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: '全部导出（ZIP）' }).click(),
    ]);
    const zip = readFileSync(await download.path());
    keep(testInfo, download.suggestedFilename(), zip);
    const entries = unzipSync(new Uint8Array(zip));
    const pngs = Object.keys(entries).filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(3);
    const counts: Record<string, number> = {};
    for (const name of pngs) {
      const bytes = entries[name] ?? new Uint8Array();
      keep(testInfo, name, bytes);
      counts[name] = await colourfulPixels(page, bytes);
    }
    testInfo.annotations.push({ type: 'colourful-pixels', description: JSON.stringify(counts) });
    const fiveCentres = pngs.find((name) => name.startsWith('hohhot-five-centres'));
    expect(fiveCentres, 'the five-centres image is in the ZIP').toBeDefined();
    // A 2400×1350 image whose matrix is drawn: coloured cells cover far more than the key does.
    expect(counts[fiveCentres ?? ''], 'five-centres cells drawn').toBeGreaterThan(100_000);
    for (const name of pngs) {
      expect(counts[name], `${name}: the series are drawn (coloured pixels)`).toBeGreaterThan(
        5_000,
      );
    }
  });

  test('11. region box: click, type 武川 or hhht, pick it', async ({ page }, testInfo) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: '地区' });
    const options = page.getByRole('listbox').getByRole('option');
    await expect(box).toHaveValue('内蒙古自治区', { timeout: READY_TIMEOUT });
    await box.click();
    await page.keyboard.type('武川');
    await expect(box).toHaveValue('武川');
    await expect(options).toHaveText([/^武川县/]);
    await saveScreenshot(page, testInfo, 'first-visit-region-zh-1280.png');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1 }).click();
    await box.click();
    await page.keyboard.type('hhht');
    await expect(options.first()).toHaveText(/^呼和浩特市/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('呼和浩特市');
    await expect(page).toHaveURL(/region=150100/u);
  });

  test('9. Sources: each sentence once, its numbers marked, the figures listed under it', async ({
    page,
  }, testInfo) => {
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(viewport);
      for (const [lang, theme] of [
        ['zh', 'light'],
        ['en', 'dark'],
      ] as const) {
        const query = `?tab.hohhot-medical-groups=sources${lang === 'en' ? '&lang=en' : ''}${theme === 'dark' ? '&theme=dark' : ''}`;
        await page.goto(`/${query}#panel-hohhot-medical-groups`);
        const sources = panel(page, 'hohhot-medical-groups').getByRole('tabpanel');
        await expect(sources.locator('blockquote').first()).toBeVisible({
          timeout: READY_TIMEOUT,
        });
        const quotes = (await sources.locator('blockquote').allTextContents()).map((q) =>
          q.replace(/\s+/gu, ''),
        );
        // This panel states many figures per sentence: each sentence is shown once.
        expect(new Set(quotes).size, 'no sentence repeated').toBe(quotes.length);
        expect(quotes.length).toBeLessThan(await sources.locator('ol > li li').count());
        expect(await sources.locator('blockquote mark').count()).toBeGreaterThan(0);
        await viewportShot(
          page,
          testInfo,
          `first-visit-sources-${lang}-${theme}-${viewport.width}.png`,
        );
      }
    }
  });

  test('12. filters that leave most panels empty: one note at the top with the nearest figures', async ({
    page,
  }, testInfo) => {
    const errors = collectPageErrors(page);
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(viewport);
      for (const [lang, theme] of [
        ['zh', 'light'],
        ['en', 'dark'],
      ] as const) {
        const extra = `${lang === 'en' ? '&lang=en' : ''}${theme === 'dark' ? '&theme=dark' : ''}`;
        await page.goto(`/?region=150125&from=2015&to=2016${extra}`);
        await waitForPanelsLoaded(page);
        const note = page.locator('[data-empty-summary]');
        await expect(note).toBeVisible();
        await expect(note).toContainText(lang === 'zh' ? '武川县' : 'Wuchuan');
        // Before the first panel, so nobody scrolls through empty cards to learn it.
        const [noteBottom, firstPanelTop] = await page.evaluate(() => [
          document.querySelector('[data-empty-summary]')?.getBoundingClientRect().bottom ?? 0,
          document.querySelector('[data-panel]')?.getBoundingClientRect().top ?? 0,
        ]);
        expect(noteBottom).toBeLessThanOrEqual(firstPanelTop);
        // Each empty card keeps one short line and one way out, not the full list.
        const cards = page.locator('[data-panel] [role="status"]:not(.animate-pulse)');
        expect(await cards.count()).toBeGreaterThan(3);
        for (const card of await cards.all()) {
          expect(await card.getByRole('button').count()).toBeLessThanOrEqual(1);
        }
        await viewportShot(
          page,
          testInfo,
          `first-visit-empty-${lang}-${theme}-${viewport.width}.png`,
        );
        const offers = note.getByRole('button');
        expect(await offers.count()).toBeGreaterThan(0);
        if (lang === 'zh' && viewport.width === 1280) {
          // The first offer: the whole region in the same years; it says how many panels fill.
          const offer = (await offers.first().textContent()) ?? '';
          expect(offer).toMatch(/^内蒙古自治区 · /u);
          const promised = Number(/(\d+) 个面板/u.exec(offer)?.[1]);
          await offers.first().click();
          await expect(page).toHaveURL(/\?from=2015&to=2016$/u);
          await waitForPanelsLoaded(page);
          const filled = await page.evaluate(
            () =>
              Array.from(document.querySelectorAll('[data-panel]')).filter(
                (p) =>
                  !/^(overview-map|explore-)/u.test(p.getAttribute('data-panel') ?? '') &&
                  !p.querySelector('[role="status"]:not(.animate-pulse)'),
              ).length,
          );
          expect(filled, 'panels with figures after following the offer').toBeGreaterThanOrEqual(
            promised,
          );
          // The note, if still shown, now speaks of the new selection.
          if ((await note.count()) > 0) await expect(note).toContainText('内蒙古自治区');
        }
      }
    }
    expectNoPageErrors(errors);
  });

  test('14. Share is in sight, icon buttons have a tooltip, the patterns toggle explains itself', async ({
    page,
  }, testInfo) => {
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(viewport);
      for (const [lang, theme] of [
        ['zh', 'light'],
        ['en', 'dark'],
      ] as const) {
        const extra = `${lang === 'en' ? '&lang=en' : ''}${theme === 'dark' ? '&theme=dark' : ''}`;
        await page.goto(`/?${extra.slice(1)}`);
        const firearms = panel(page, 'firearm-seizures');
        await expect(
          firearms.getByRole('button', { name: lang === 'zh' ? '导出' : 'Export', exact: true }),
        ).toBeVisible({ timeout: READY_TIMEOUT });
        await expect(
          firearms.getByRole('button', { name: lang === 'zh' ? '分享' : 'Share', exact: true }),
        ).toBeVisible();
        await expect(
          page.getByRole('button', {
            name: lang === 'zh' ? '色盲友好图案' : 'Colour-blind patterns',
            exact: true,
          }),
        ).toBeVisible();
        const themeName = THEME_BUTTON[lang][theme];
        const themeButton = page.getByRole('button', { name: themeName, exact: true });
        await themeButton.hover();
        // The tooltip says in words what the icon does.
        await expect(page.getByText(themeName, { exact: true })).toBeVisible();
        await viewportShot(
          page,
          testInfo,
          `first-visit-header-${lang}-${theme}-${viewport.width}.png`,
        );
      }
    }
  });

  test('15. phone: controls at least 24 px, tables in two lines without a unit column, Export all stays put', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(PHONE);
    await page.goto('/?lang=en&region=150100&from=2022&tab.firearm-seizures=table');
    await waitForPanelsLoaded(page);
    const small = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          'button, select, input:not([type="radio"]):not([type="checkbox"]), [role="tab"], label:has(> input[type="radio"])',
        ),
      )
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && !el.closest('[aria-hidden="true"]');
        })
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.height < 24 || r.width < 24;
        })
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
        }),
    );
    expect(small, 'controls smaller than 24×24 px').toEqual([]);

    // Tables: a row in at most two lines of text per cell, and no column repeating the unit.
    await page.goto('/?lang=en&tab.firearm-seizures=table#panel-firearm-seizures');
    const table = panel(page, 'firearm-seizures').getByRole('table');
    await expect(table).toBeVisible({ timeout: READY_TIMEOUT });
    const cells = await table.evaluate((t) =>
      Array.from(t.querySelectorAll<HTMLElement>('tbody th, tbody td'))
        .filter(
          (c) => c.getBoundingClientRect().height > 0 && getComputedStyle(c).display !== 'none',
        )
        .map((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          return { text: (c.textContent ?? '').trim(), lines: lines.size };
        }),
    );
    const tall = cells.filter((c) => c.lines > 2);
    expect(tall, 'cells wrapping to three lines or more').toEqual([]);
    const headers = await table
      .locator('thead th')
      .evaluateAll((ths) =>
        ths
          .filter((th) => getComputedStyle(th).display !== 'none')
          .map((th) => (th.textContent ?? '').trim()),
      );
    expect(headers, 'no separate unit column on a phone').not.toContain('Unit');
    await viewportShot(page, testInfo, 'first-visit-table-en-390.png');

    // Export all: the button does not move when its status appears.
    await page.goto('/?region=150125');
    await waitForPanelsLoaded(page);
    const button = page.getByRole('button', { name: '全部导出（ZIP）' });
    const before = await button.boundingBox();
    await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), button.click()]);
    await expect(page.getByText(/已下载/u)).toBeVisible();
    const after = await button.boundingBox();
    expect(after?.x).toBe(before?.x);
    expect(after?.y).toBe(before?.y);
    await viewportShot(page, testInfo, 'first-visit-export-all-zh-390.png');
  });
});
