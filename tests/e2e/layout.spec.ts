import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { collectPageErrors, expectNoPageErrors, loadDashboard, saveScreenshot } from './helpers';

/*
 * The desktop layout: two columns read row by row. No panel may leave a tall empty area under
 * it (the panels of a row end level), and what the eye reads row by row is the DOM's order, so
 * keyboard and screen-reader order match the page.
 */

/** The grid gap between panels (Tailwind gap-4) and a pixel of rounding. */
const GAP = 16;
const SLACK = 1;

interface Box {
  id: string;
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** Every section grid's panels in DOM order, with their page boxes and the grid's bottom. */
const sectionGrids = (page: Page): Promise<{ bottom: number; panels: Box[] }[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('main section > div.grid')).map((grid) => ({
      bottom: Math.round(grid.getBoundingClientRect().bottom + scrollY),
      panels: Array.from(grid.querySelectorAll<HTMLElement>('[data-panel]')).map((p) => {
        const r = p.getBoundingClientRect();
        return {
          id: p.dataset.panel ?? '',
          top: Math.round(r.top + scrollY),
          left: Math.round(r.left),
          right: Math.round(r.right),
          bottom: Math.round(r.bottom + scrollY),
        };
      }),
    })),
  );

for (const lang of ['zh', 'en'] as const) {
  test(`1280 px, ${lang}: panels of a row end level, no gap under any, reading order kept`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await loadDashboard(page, lang === 'zh' ? '/' : '/?lang=en');
    const grids = await sectionGrids(page);
    expect(grids.flatMap((g) => g.panels).length).toBeGreaterThan(4);
    for (const grid of grids) {
      const { panels } = grid;
      // Row by row, left to right, is the order the DOM gives.
      const visual = [...panels].sort((a, b) => a.top - b.top || a.left - b.left);
      expect(visual.map((p) => p.id)).toEqual(panels.map((p) => p.id));
      panels.forEach((p) => {
        // What is under the panel in its column: the next panel that starts below it, or the
        // end of the grid.
        const below = panels.filter(
          (q) => q.top >= p.bottom && q.left < p.right && q.right > p.left,
        );
        const next = below.length > 0 ? Math.min(...below.map((q) => q.top)) : grid.bottom + GAP;
        expect(next - p.bottom, `empty space under ${p.id}`).toBeLessThanOrEqual(GAP + SLACK);
      });
    }
    await saveScreenshot(page, testInfo, `layout-${lang}-1280.png`);
    expectNoPageErrors(errors);
  });
}
