import { expect, test } from '@playwright/test';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  expectSearch,
  loadDashboard,
  panel,
  searchParams,
  squash,
  waitForAllChartsReady,
  tableRows,
} from './helpers';
import {
  ALL_PANEL_IDS,
  UI,
  regionCombobox,
  select,
  tab,
  emptyState,
  pickRegion,
} from './explorer-steps';

/*
 * The explorer, the URL, history, language and theme: view state in the URL (only non-defaults; history entries), filters, panel
 * tabs, empty states, the overview map as a region picker, language and theme.
 * Names used here are the app's accessible names (src/i18n/messages.ts).
 */

test.describe('explorer', () => {
  test('4. a URL with state: English, dark, Morin Dawa table; tab change is written back', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?region=150722&lang=en&theme=dark&tab.morin-dawa-poverty=table');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.title);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(regionCombobox(page, 'en')).toHaveValue('Morin Dawa Daur Autonomous Banner');

    const morin = panel(page, 'morin-dawa-poverty');
    await expect(tab(page, 'morin-dawa-poverty', 'table', 'en')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const table = morin.getByRole('table');
    await expect(table).toBeVisible({ timeout: READY_TIMEOUT });
    await expect(table).toContainText('12,637');
    await expect(table).toContainText('31,820');
    const rows = await tableRows(morin);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row[1], `region cell of ${row.join(' | ')}`).toBe('Morin Dawa Daur Autonomous Banner');
    expect(searchParams(page)).toEqual({
      region: '150722',
      lang: 'en',
      theme: 'dark',
      'tab.morin-dawa-poverty': 'table',
    });

    await tab(page, 'morin-dawa-poverty', 'sources', 'en').click();
    await expectSearch(page, {
      region: '150722',
      lang: 'en',
      theme: 'dark',
      'tab.morin-dawa-poverty': 'sources',
    });
    const quotes = morin.locator('blockquote');
    await expect(quotes.first()).toBeVisible();
    const quoteTexts = (await quotes.allTextContents()).map(squash);
    expect(quoteTexts.some((q) => q.includes('12637'))).toBe(true);
    // One figure entry per table row: the Sources tab lists exactly the same observations,
    // grouped under the sentences that state them (each sentence once).
    await expect(morin.locator('ol > li li')).toHaveCount(rows.length);
    expect(new Set(quoteTexts).size).toBe(quoteTexts.length);

    expectNoPageErrors(errors);
  });

  test('5. back and forward restore the view and the controls', async ({ page }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);
    const security = page.getByRole('heading', { level: 2, name: '公共安全' });
    await expect(security).toBeVisible();

    await pickRegion(page, '呼和', /呼和浩特市/);
    await expectSearch(page, { region: '150100' });
    await select(page, 'topic').selectOption('health');
    await expectSearch(page, { region: '150100', topic: 'health' });
    await expect(security).toHaveCount(0);
    await expect(panel(page, 'firearm-seizures')).toHaveCount(0);

    await page.goBack();
    await expectSearch(page, { region: '150100' });
    await expect(select(page, 'topic')).toHaveValue('');
    await expect(security).toBeVisible();
    await expect(regionCombobox(page)).toHaveValue('呼和浩特市');

    await page.goBack();
    await expectSearch(page, {});
    // (The region box should read 内蒙古自治区 again: see the failing test "1b".)
    await expect(page.getByRole('button', { name: /^清除地区/ })).toHaveCount(0);
    await expect(emptyState(panel(page, 'health-outcomes'))).toHaveCount(0);

    await page.goForward();
    await expectSearch(page, { region: '150100' });
    await expect(regionCombobox(page)).toHaveValue('呼和浩特市');
    await expect(emptyState(panel(page, 'health-outcomes'))).toBeVisible();

    await page.goForward();
    await expectSearch(page, { region: '150100', topic: 'health' });
    await expect(select(page, 'topic')).toHaveValue('health');
    await expect(security).toHaveCount(0);

    expectNoPageErrors(errors);
  });

  test('6. language and theme from the controls: URL, texts, charts stay ready', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);
    const charts = page.locator('[data-panel] [data-chart-ready]');
    const count = await charts.count();
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/\bdark\b/);

    await page.getByRole('button', { name: UI.zh.switchLanguage }).click();
    await expectSearch(page, { lang: 'en' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.title);
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(regionCombobox(page, 'en')).toHaveValue('Inner Mongolia');
    await expect(tab(page, 'health-outcomes', 'chart', 'en')).toBeVisible();
    await expect(page.getByRole('button', { name: UI.en.switchLanguage })).toBeVisible();
    await expect(charts).toHaveCount(count);
    await waitForAllChartsReady(page);

    const toggle = page.getByRole('button', { name: UI.en.themeToDark });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expectSearch(page, { lang: 'en', theme: 'dark' });
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('button', { name: UI.en.themeToLight })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(charts).toHaveCount(count);
    await waitForAllChartsReady(page);

    expectNoPageErrors(errors);
  });

  test('7. an invalid URL: notice lists the dropped params, URL rewritten, default view', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?region=159999&from=2019&to=2015&foo=bar&lang=fr');

    const notice = page.getByRole('status').filter({ hasText: UI.zh.noticeTitle });
    await expect(notice).toBeVisible({ timeout: READY_TIMEOUT });
    for (const param of ['region=159999', 'from=2019', 'to=2015', 'foo=bar', 'lang=fr']) {
      await expect(notice, `the notice names ${param}`).toContainText(param);
    }
    await expectSearch(page, {});

    // The default view: zh, whole region, no filters, every chart drawn.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.zh.title);
    await expect(regionCombobox(page)).toHaveValue('内蒙古自治区');
    await expect(select(page, 'from')).toHaveValue('');
    await expect(select(page, 'to')).toHaveValue('');
    await expect(page.getByRole('list', { name: '当前筛选' })).toHaveCount(0);
    for (const id of ALL_PANEL_IDS) {
      await expect(panel(page, id), `panel ${id}`).toHaveCount(1);
      await expect(emptyState(panel(page, id)), `panel ${id} is not empty`).toHaveCount(0);
    }
    await waitForAllChartsReady(page);
    await expect(notice).toBeVisible(); // the rewrite must not clear the notice

    expectNoPageErrors(errors);
  });
});
