import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  collectPageErrors,
  expectNoPageErrors,
  loadDashboard,
  panel,
  minCharts,
  tableRows,
} from './helpers';
import { imagePixels, parseCsv, readPngHeader, readRecordColumns } from './exported-files';
import {
  UI,
  WHITE,
  openExportMenu,
  rowsButton,
  downloadOf,
  keep,
  utf8,
  csvRecords,
  openPanel,
} from './export-steps';

/*
 * Exports, CSV, JSON and the ZIP of all panels (src/ui/export-menu.tsx, src/ui/panel-exporter.ts, src/charts/export/*,
 * src/app/export-all.tsx): composed PNG/SVG images, CSV/JSON of the filtered figures, share
 * links, ?embed=<panel>, Export all as ZIP. Files are taken from Playwright's download event
 * and checked in Node (PNG header, CSV bytes, ZIP entries) or decoded by the browser (pixels).
 */

test.describe('exports', () => {
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
});
