import { expect, test } from '@playwright/test';
import {
  collectPageErrors,
  expectNoPageErrors,
  expectSearch,
  loadDashboard,
  minCharts,
  panel,
  pendingCharts,
  saveScreenshot,
} from './helpers';
import {
  ALL_PANEL_IDS,
  UI,
  regionCombobox,
  tab,
  emptyState,
  readyCharts,
  regionOptions,
} from './explorer-steps';

/*
 * The explorer, every panel in both languages and themes, keyboard: view state in the URL (only non-defaults; history entries), filters, panel
 * tabs, empty states, the overview map as a region picker, language and theme.
 * Names used here are the app's accessible names (src/i18n/messages.ts).
 */

test.describe('explorer', () => {
  test.describe('9. every panel renders; screenshots', () => {
    const cases = [
      { lang: 'zh', theme: 'light', width: 1280, height: 900 },
      { lang: 'en', theme: 'dark', width: 1280, height: 900 },
      { lang: 'zh', theme: 'light', width: 390, height: 844 },
      { lang: 'en', theme: 'dark', width: 390, height: 844 },
    ] as const;
    for (const { lang, theme, width, height } of cases) {
      test(`${lang} / ${theme} at ${width}px`, async ({ page }, testInfo) => {
        const errors = collectPageErrors(page);
        await page.setViewportSize({ width, height });
        const params = new URLSearchParams();
        if (lang !== 'zh') params.set('lang', lang);
        if (theme !== 'light') params.set('theme', theme);
        const query = params.toString();
        await loadDashboard(page, query ? `/?${query}` : '/');

        await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI[lang].title);
        if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
        for (const id of ALL_PANEL_IDS) {
          const p = panel(page, id);
          await expect(p, `panel ${id}`).toHaveCount(1);
          await expect(emptyState(p), `panel ${id} has data at the default view`).toHaveCount(0);
          await expect
            .poll(() => readyCharts(p).count(), { message: `panel ${id} has a ready chart` })
            .toBeGreaterThanOrEqual(minCharts(id));
          // A panel of key figures only shows them.
          if (minCharts(id) === 0) await expect(p.locator('dl dd').first()).toBeVisible();
        }
        expect(await pendingCharts(page)).toEqual([]);

        await saveScreenshot(page, testInfo, `explorer-${lang}-${theme}-${width}.png`);

        if (width === 390) {
          const widths = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(
            widths.scrollWidth,
            `horizontal scroll at 390px: scrollWidth ${widths.scrollWidth} > clientWidth ${widths.clientWidth}`,
          ).toBeLessThanOrEqual(widths.clientWidth);
        }
        expectNoPageErrors(errors);
      });
    }
  });

  test('10. keyboard: combobox by Tab/typing/ArrowDown/Enter; panel tabs by arrow keys', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);

    const input = regionCombobox(page);
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 15 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await input.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'the region combobox is reachable with Tab').toBe(true);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('莫旗'); // alias of 莫力达瓦达斡尔族自治旗
    await expect(regionOptions(page)).toHaveCount(1);
    await expect(regionOptions(page).first()).toContainText('莫力达瓦达斡尔族自治旗');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectSearch(page, { region: '150722' });
    await expect(input).toHaveValue('莫力达瓦达斡尔族自治旗');
    await expect(regionOptions(page)).toHaveCount(0);

    // By code, too.
    await input.fill('');
    await input.pressSequentially('150100');
    await expect(regionOptions(page)).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectSearch(page, { region: '150100' });

    await page.goBack();
    await expectSearch(page, { region: '150722' });

    const chartTab = tab(page, 'morin-dawa-poverty', 'chart');
    await chartTab.focus();
    await expect(chartTab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expectSearch(page, { region: '150722', 'tab.morin-dawa-poverty': 'table' });
    await expect(tab(page, 'morin-dawa-poverty', 'table')).toBeFocused();
    await expect(tab(page, 'morin-dawa-poverty', 'table')).toHaveAttribute('aria-selected', 'true');
    await expect(panel(page, 'morin-dawa-poverty').getByRole('table')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expectSearch(page, { region: '150722', 'tab.morin-dawa-poverty': 'sources' });
    await expect(tab(page, 'morin-dawa-poverty', 'sources')).toBeFocused();

    await page.keyboard.press('ArrowRight'); // wraps round to Chart (the default: not in the URL)
    await expectSearch(page, { region: '150722' });
    await expect(chartTab).toBeFocused();

    await page.keyboard.press('ArrowLeft');
    await expectSearch(page, { region: '150722', 'tab.morin-dawa-poverty': 'sources' });
    await expect(tab(page, 'morin-dawa-poverty', 'sources')).toBeFocused();

    expectNoPageErrors(errors);
  });
});
