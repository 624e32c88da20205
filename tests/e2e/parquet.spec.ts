import { expect, test } from '@playwright/test';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  panel,
  reportCount,
  waitForPanelCharts,
} from './helpers';
import { openParquetPanel, serveParquetDatasets } from './parquet-route';

/*
 * A dataset published as Parquet (tests/fixtures/parquet, served with range support by
 * parquet-route.ts) is listed in the manifest with "format": "parquet", appears under "More
 * datasets" as a generic explorer panel, and is queried in SQL by DuckDB-WASM inside the data
 * worker, reading the file by range requests. A broken file shows its error, by row and column,
 * in its own panel only.
 */

test.describe('Parquet datasets', () => {
  test('a Parquet dataset draws, filters and tabulates like any other, read by range requests', async ({
    context,
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    const served = await serveParquetDatasets(context, ['parquet-sample']);
    await page.goto('/?lang=en&region=150100&from=2012&to=2013');
    const p = await openParquetPanel(page, 'parquet-sample');
    await expect(p).toHaveAttribute('data-dataset', 'parquet-sample');
    await waitForPanelCharts(page, 'explore-parquet-sample');
    await expect(p.getByText('240 observations')).toBeVisible();

    await p.getByRole('tab', { name: 'Table' }).click();
    const rows = p.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    // beds of Hohhot (150100) in the fixture: 100 + 7 × (year − 2010).
    await expect(rows.nth(0)).toContainText('2012');
    await expect(rows.nth(0)).toContainText('114');
    await expect(rows.nth(1)).toContainText('121');
    // Each figure's sentence, from the Parquet file's quote column.
    await p.getByRole('tab', { name: 'Sources' }).click();
    await expect(p.getByText('Test figure 114 for 150100 in 2012 (0).')).toBeVisible();
    await p.getByRole('tab', { name: 'Table' }).click();

    // Another indicator, then a wider year range: new SQL queries.
    await p.getByLabel('Indicator').selectOption('rate');
    // rate of Hohhot: 5 + (year − 2010) / 10.
    await expect(rows.nth(0)).toContainText('5.2');
    await expect(rows.nth(1)).toContainText('5.3');
    // Busy while the worker answered (the bench's probe waits on that), not once it has.
    await expect(p.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.goto('/?lang=en&region=150000&from=2019&to=2019');
    await (
      await openParquetPanel(page, 'parquet-sample')
    )
      .getByRole('tab', { name: 'Table' })
      .click();
    await expect(rows).toHaveCount(12, { timeout: READY_TIMEOUT });

    expect(served.ranges.length, 'Parquet requests').toBeGreaterThan(0);
    expect(
      served.ranges.filter((r) => r.endsWith('whole')),
      'every read is a range request',
    ).toEqual([]);
    expectNoPageErrors(errors);
    reportCount(
      `${served.ranges.length} range requests, ${served.bytes.get('parquet-sample.parquet')} bytes of a 2991-byte file`,
    );
  });

  test('a broken Parquet file shows its problems by row and column in its panel; the page works', async ({
    context,
    page,
  }) => {
    test.setTimeout(120_000);
    await serveParquetDatasets(context, ['parquet-sample', 'parquet-broken']);
    await page.goto('/?lang=en');
    const broken = await openParquetPanel(page, 'parquet-broken');
    const alert = broken.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: READY_TIMEOUT });
    await expect(alert).toContainText('datasets/parquet-broken.parquet');
    await expect(alert).toContainText('row 120, column region');
    await expect(alert).toContainText('region code 159999 is not in regions.json');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    // The valid Parquet dataset and a JSON panel still draw.
    await openParquetPanel(page, 'parquet-sample');
    await waitForPanelCharts(page, 'explore-parquet-sample');
    await waitForPanelCharts(page, 'firearm-seizures');
    await expect(panel(page, 'firearm-seizures').getByRole('alert')).toHaveCount(0);
  });

  test('a duplicate key, checked when its indicator is first asked for, shows in the panel by row and column', async ({
    context,
    page,
  }) => {
    test.setTimeout(120_000);
    await serveParquetDatasets(context, ['parquet-duplicate']);
    await page.goto('/?lang=en');
    // The open checks the key columns only; the panel's first question (the first indicator,
    // beds) reads that indicator's rows and finds the repeated key before anything is drawn.
    const dup = await openParquetPanel(page, 'parquet-duplicate');
    const alert = dup.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: READY_TIMEOUT });
    await expect(alert).toContainText('datasets/parquet-duplicate.parquet');
    await expect(alert).toContainText('row 8, column indicator, region, year');
    await expect(alert).toContainText('duplicates row 7 (beds, 150100, 2017)');
    await expect(dup.locator('[data-chart-ready="true"]')).toHaveCount(0);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await waitForPanelCharts(page, 'firearm-seizures');
    await expect(panel(page, 'firearm-seizures').getByRole('alert')).toHaveCount(0);
  });
});
