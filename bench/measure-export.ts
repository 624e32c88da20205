import type { Browser } from '@playwright/test';
import { newBenchPage, waitAboveFoldSettled } from './browser.ts';
import { collectErrors } from './measure-load.ts';
import { log, median } from './util.ts';

/*
 * Exports of the firearm-seizures panel (src/ui/export-menu.tsx), in English: the panel's
 * "Export" button opens a dialog; "PNG 2×", "SVG" and "CSV (n figures)" download a file. Timed in
 * Node from just before the click to Playwright's `download` event, as tests/e2e/exports.spec.ts
 * does (the download event has no page-side timestamp).
 */

export const EXPORT_PANEL = 'firearm-seizures';
const FORMATS = [
  { key: 'png', name: 'PNG 2×' },
  { key: 'svg', name: 'SVG' },
  { key: 'csv', name: /^CSV/u },
] as const;
const GAP_MS = 300;
export type ExportFormat = (typeof FORMATS)[number]['key'];

export interface ExportSamples {
  samples: Record<ExportFormat, number[]>;
  medians: Record<ExportFormat, number | null>;
  failures: string[];
  pageErrors: string[];
}

export async function measureExports(
  browser: Browser,
  baseUrl: string,
  pagePath: string,
  runs: number,
): Promise<ExportSamples> {
  const { context, page } = await newBenchPage(browser);
  try {
    const pageErrors = collectErrors(page);
    await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'commit' });
    await waitAboveFoldSettled(page);
    const panel = page.locator(`[data-panel="${EXPORT_PANEL}"]`);
    await panel.scrollIntoViewIfNeeded({ timeout: 20_000 });
    await page.waitForFunction(
      (id) => {
        const charts = document.querySelectorAll(`[data-panel="${id}"] [data-chart-ready]`);
        return (
          charts.length > 0 &&
          Array.from(charts).every((c) => c.getAttribute('data-chart-ready') === 'true')
        );
      },
      EXPORT_PANEL,
      { timeout: 30_000 },
    );
    const button = panel.getByRole('button', { name: 'Export', exact: true });
    await button.click();
    const dialog = panel.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    const status = dialog.getByRole('status');

    const samples: Record<ExportFormat, number[]> = { png: [], svg: [], csv: [] };
    const failures: string[] = [];
    const busy = dialog.locator('[aria-disabled="true"]');
    for (const { key, name } of FORMATS) {
      const target = dialog.getByRole('button', { name, exact: typeof name === 'string' });
      for (let i = 0; i < runs; i += 1) {
        // The menu ignores clicks while an export runs (its buttons say aria-disabled="true").
        await busy.first().waitFor({ state: 'detached', timeout: 30_000 });
        // Back to back, about one download in 15 never reached Playwright's download event
        // although the app reported it done (Chromium's multiple-download limiter, it seems);
        // a pause outside the timed span avoided it in 90 of 90.
        await page.waitForTimeout(GAP_MS);
        const start = performance.now();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 20_000 }).catch(() => null),
          target.click(),
        ]);
        if (!download) {
          const text = (await status.textContent()) ?? '';
          failures.push(`${key} ${i + 1}: no download within 20 s (status: "${text}")`);
          continue;
        }
        samples[key].push(performance.now() - start);
        await status.filter({ hasText: download.suggestedFilename() }).waitFor({ timeout: 30_000 });
        await download.delete();
      }
    }
    const medians = {
      png: median(samples.png),
      svg: median(samples.svg),
      csv: median(samples.csv),
    };
    log(
      `  export: PNG 2× ${medians.png?.toFixed(0)} ms, SVG ${medians.svg?.toFixed(0)} ms, CSV ${medians.csv?.toFixed(0)} ms`,
    );
    return { samples, medians, failures, pageErrors };
  } finally {
    await context.close();
  }
}
