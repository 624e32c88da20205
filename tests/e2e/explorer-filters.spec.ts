import { expect, test } from '@playwright/test';
import {
  collectPageErrors,
  expectNoPageErrors,
  expectSearch,
  loadDashboard,
  panel,
  saveScreenshot,
  waitForAllChartsReady,
} from './helpers';
import { clickMapRegion } from './chart-pointer';
import { UI, regionCombobox, select, emptyState, readyCharts, pickRegion } from './explorer-steps';

/*
 * The explorer, region and years: view state in the URL (only non-defaults; history entries), filters, panel
 * tabs, empty states, the overview map as a region picker, language and theme.
 * Names used here are the app's accessible names (src/i18n/messages.ts).
 */

test.describe('explorer', () => {
  test('1. region from the combobox: URL, chip, empty state with a one-click way back', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);

    await pickRegion(page, '呼和', /呼和浩特市/);
    await expectSearch(page, { region: '150100' });
    await expect(regionCombobox(page)).toHaveValue('呼和浩特市');
    await expect(page.getByRole('button', { name: UI.zh.clearRegion('呼和浩特市') })).toBeVisible();

    // Health outcomes are stated for the whole region only: an empty state, never empty axes.
    const outcomes = panel(page, 'health-outcomes');
    await expect(emptyState(outcomes)).toContainText('呼和浩特市');
    await expect(readyCharts(outcomes)).toHaveCount(0);
    const back = emptyState(outcomes).getByRole('button', { name: /^内蒙古自治区/ });
    await expect(back).toBeVisible();

    await back.click();
    await expectSearch(page, {});
    // (The region box should now read 内蒙古自治区: see the failing test "1b" below.)
    await expect(page.getByRole('button', { name: /^清除地区/ })).toHaveCount(0);
    await expect(emptyState(outcomes)).toHaveCount(0);
    await expect.poll(() => readyCharts(outcomes).count()).toBeGreaterThan(0);

    expectNoPageErrors(errors);
  });

  // Regression: Downshift kept the picked name after the first change made elsewhere.
  test('1b. the region box follows a region change made elsewhere after a pick', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);

    await pickRegion(page, '呼和', /呼和浩特市/);
    await expectSearch(page, { region: '150100' });
    await expect(regionCombobox(page)).toHaveValue('呼和浩特市');

    await page.getByRole('button', { name: UI.zh.clearRegion('呼和浩特市') }).click();
    await expectSearch(page, {});
    await expect(regionCombobox(page)).toHaveValue('内蒙古自治区', { timeout: 5_000 });

    expectNoPageErrors(errors);
  });

  test('2. region by clicking the overview map; Hohhot drills into its counties', async ({
    page,
  }, testInfo) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);
    const map = panel(page, 'overview-map');

    // A league without county geometry: selected on the province map, which keeps its context.
    await clickMapRegion(page, 'overview-map', '包头市');
    await expectSearch(page, { region: '150200' });
    await expect(map.locator('figcaption')).toContainText('各盟市数据分布');

    await clickMapRegion(page, 'overview-map', '呼和浩特市');
    await expectSearch(page, { region: '150100' });
    await expect(regionCombobox(page)).toHaveValue('呼和浩特市');
    await expect(page.getByRole('button', { name: UI.zh.clearRegion('呼和浩特市') })).toBeVisible();
    // Drilled in: Hohhot's own counties, each one a click away.
    await expect(map.locator('figcaption')).toContainText('呼和浩特市各旗县区数据分布');
    await expect(emptyState(map)).toHaveCount(0);
    await expect(readyCharts(map)).toHaveCount(1);
    await clickMapRegion(page, 'overview-map', '武川县');
    await expectSearch(page, { region: '150125' });
    await expect(map.locator('figcaption')).toContainText('呼和浩特市各旗县区数据分布');
    await saveScreenshot(page, testInfo, 'overview-drilled-wuchuan.png');

    expectNoPageErrors(errors);
  });

  test('2c. out of a county map and into another by keyboard', async ({ page }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page, '/?region=150125');
    const map = panel(page, 'overview-map');
    await expect(map.locator('figcaption')).toContainText('呼和浩特市各旗县区数据分布');

    // The way back is a button (keyboard too), and the province map is whole again.
    const back = map.getByRole('button', { name: '← 返回全区地图' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expectSearch(page, {});
    await expect(map.locator('figcaption')).toContainText('各盟市数据分布');
    await expect(readyCharts(map)).toHaveCount(1);

    // By keyboard into Hulunbuir's banners, where Morin Dawa's figures are.
    await map.getByRole('button', { name: '呼伦贝尔市', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expectSearch(page, { region: '150700' });
    await expect(map.locator('figcaption')).toContainText('呼伦贝尔市各旗县区数据分布');
    await clickMapRegion(page, 'overview-map', '莫力达瓦达斡尔族自治旗');
    await expectSearch(page, { region: '150722' });

    expectNoPageErrors(errors);
  });

  test("2a. a county chosen in the Region box shows on its league's county map", async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);
    await pickRegion(page, '武川', /武川县/);
    await expectSearch(page, { region: '150125' });
    const map = panel(page, 'overview-map');
    await expect(map.locator('figcaption')).toContainText('呼和浩特市各旗县区数据分布');
    await expect(readyCharts(map)).toHaveCount(1);
    // The chart is named for what it draws.
    await expect(map.locator('[data-chart-ready="true"]').first()).toHaveAttribute(
      'aria-label',
      /呼和浩特市各旗县区数据分布/u,
    );
    expectNoPageErrors(errors);
  });

  test('2b. district by clicking the Hohhot medical-groups map', async ({ page }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page, '/?region=150100');

    await clickMapRegion(page, 'hohhot-medical-groups', '玉泉区');
    await expectSearch(page, { region: '150104' });
    await expect(page.getByRole('button', { name: UI.zh.clearRegion('玉泉区') })).toBeVisible();
    // The map keeps the whole city as context.
    const groups = panel(page, 'hohhot-medical-groups');
    await expect(emptyState(groups)).toHaveCount(0);
    await expect.poll(() => readyCharts(groups).count()).toBeGreaterThan(0);

    expectNoPageErrors(errors);
  });

  test('3. year range 2015–2019: out-of-range panel empty, in-range panel charted', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);

    await select(page, 'from').selectOption('2015');
    await select(page, 'to').selectOption('2019');
    await expectSearch(page, { from: '2015', to: '2019' });

    const firearms = panel(page, 'firearm-seizures');
    await expect(emptyState(firearms)).toBeVisible();
    await expect(emptyState(firearms)).toContainText('2015');
    await expect(readyCharts(firearms)).toHaveCount(0);
    // The suggestion names where/when the panel has figures (2020).
    await expect(emptyState(firearms).getByRole('button', { name: /2020/ })).toBeVisible();

    const outcomes = panel(page, 'health-outcomes');
    await expect(emptyState(outcomes)).toHaveCount(0);
    await waitForAllChartsReady(page);
    await expect.poll(() => readyCharts(outcomes).count()).toBeGreaterThan(0);

    expectNoPageErrors(errors);
  });
});
