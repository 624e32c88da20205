import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { collectPageErrors, expectNoPageErrors, panel } from './helpers';
import {
  UI,
  exportButton,
  openExportMenu,
  rowsButton,
  downloadOf,
  csvRecords,
  openPanel,
} from './export-steps';

/*
 * Exports, embed view, copied links and keyboard use of the menu (src/ui/export-menu.tsx, src/ui/panel-exporter.ts, src/charts/export/*,
 * src/app/export-all.tsx): composed PNG/SVG images, CSV/JSON of the filtered figures, share
 * links, ?embed=<panel>, Export all as ZIP. Files are taken from Playwright's download event
 * and checked in Node (PNG header, CSV bytes, ZIP entries) or decoded by the browser (pixels).
 */

test.describe('exports', () => {
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
});
