import { expect, test } from '@playwright/test';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  readDatasetIds,
  reportCount,
  scrollAllChartsReady,
  waitForPanelsLoaded,
} from './helpers';

/*
 * Offline (src/app/offline.ts, vite-plugin-pwa/Workbox): after one online visit the service
 * worker serves the app shell and the map geometry from its precache and the data from its
 * runtime cache, so a reload without network shows the whole dashboard, with a notice
 * (role=status, data-offline="true") that the data is the cached copy; the notice goes when the
 * network comes back. The only spec that lets the service worker run (playwright.config.ts
 * blocks it elsewhere).
 */

test.use({ serviceWorkers: 'allow' });

test('offline: after one visit, a reload without network renders everything from the cache', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await page.goto('/');
  // Registered after the load event; wait until it is active.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  let reloaded = 0;
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    reloaded += 1;
  }
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the page is controlled by the service worker',
      timeout: READY_TIMEOUT,
    })
    .toBe(true);
  await waitForPanelsLoaded(page);
  const online = await scrollAllChartsReady(page);
  await expect(page.locator('[data-offline]')).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('内蒙古数据浏览器');
  const notice = page.locator('[data-offline="true"]');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('缓存');
  // Every dataset's panels, without any load error, every chart drawn.
  for (const id of readDatasetIds()) {
    await expect(page.locator(`[data-panel][data-dataset="${id}"]`).first()).toBeVisible({
      timeout: READY_TIMEOUT,
    });
  }
  await waitForPanelsLoaded(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const offline = await scrollAllChartsReady(page);
  expect(offline, 'charts drawn offline').toBe(online);

  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
  expectNoPageErrors(errors);
  reportCount(
    `${online} charts online, ${offline} offline from the cache; reloads to get controlled: ${reloaded}`,
  );
});
