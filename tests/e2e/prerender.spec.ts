import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DIST_DIR, collectPageErrors, expectNoPageErrors, panel, saveScreenshot } from './helpers';

/**
 * The prerendered pages (src/prerender): readable without scripts, never showing the baked
 * default view under a URL that asks for another, never a light frame for a dark reader, and
 * hydrated as they are.
 */

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, quoteLang] of [
    ['/', 'zh'],
    ['/en/', 'en'],
  ] as const) {
    test(`${path}: figures, charts, tables and quotes are there to read`, async ({
      page,
    }, info) => {
      await page.goto(path);
      const outcomes = panel(page, 'health-outcomes');
      await expect(outcomes).toBeVisible();
      // The baked SVG of every chart, the layout's own variant.
      const svgs = page.locator('[data-chart-ready="static"] .static-chart-wide svg');
      expect(await svgs.count()).toBeGreaterThan(10);
      await expect(svgs.first()).toBeVisible();
      // Infant mortality 2019, as its sentence states it, in a key figure or table cell.
      await expect(outcomes.getByText('3.45').first()).toBeVisible();
      // Every tab is shown: the table rows and the quotes.
      await expect(outcomes.locator('table').first()).toBeVisible();
      await expect(
        outcomes.getByText(quoteLang === 'zh' ? /婴儿死亡率/ : /infant mortality/i).first(),
      ).toBeVisible();
      await expect(page.locator('noscript')).toHaveCount(1);
      await saveScreenshot(page, info, `prerender-noscript-${quoteLang}.png`);
    });
  }
});

/**
 * Samples every animation frame from before the first paint: whether a baked chart is visible
 * and the page background.
 */
const sampleFrames = (page: Page) =>
  page.addInitScript(() => {
    const samples: { staticVisible: number; background: string }[] = [];
    (window as unknown as { frames_: typeof samples }).frames_ = samples;
    // What the reader sees behind the content: the dashboard's shell once it is visible,
    // else the canvas, which follows the colour scheme.
    // Colours as sRGB bytes whatever their CSS syntax (Tailwind 4 writes lab()/oklch()).
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const rgb = (color: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
      return a === 0 ? null : `rgb(${r}, ${g}, ${b})`;
    };
    const pageBackground = () => {
      const root = document.getElementById('root');
      const shell = root?.firstElementChild;
      const shown =
        root && shell && getComputedStyle(root).visibility === 'visible'
          ? rgb(getComputedStyle(shell).backgroundColor)
          : null;
      if (shown) return shown;
      return getComputedStyle(document.documentElement).colorScheme.includes('dark')
        ? 'rgb(0, 0, 0)'
        : 'rgb(255, 255, 255)';
    };
    const sample = () => {
      const visible = [...document.querySelectorAll('.static-chart')].filter(
        (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0,
      ).length;
      samples.push({
        staticVisible: visible,
        background: pageBackground(),
      });
      if (samples.length < 2000) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });

const frames = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { frames_: { staticVisible: number; background: string }[] }).frames_,
  );

const isLight = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return r + g + b > 3 * 160;
};

for (const url of ['/?region=150100', '/?lang=en', '/?theme=dark']) {
  test(`${url} never shows a baked chart of the default view`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await sampleFrames(page);
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
    const seen = await frames(page);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((f) => f.staticVisible > 0)).toEqual([]);
    if (url.includes('dark'))
      expect(seen.filter((f) => f.background && isLight(f.background))).toEqual([]);
    expectNoPageErrors(errors);
  });
}

test('a page asking for another view fetches the app code while its HTML parses', async ({
  page,
}) => {
  const preloads = () =>
    page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  const scriptStarts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/(index|main)-[^/]*\.js$/u.test(e.name))
        .map((e) => ({ file: new URL(e.name).pathname.split('/')[2] ?? '', start: e.startTime })),
    );
  await page.goto('/?region=150100');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const preloaded = await preloads();
  expect(preloaded.filter((p) => /^\/assets\/main-[^/]+\.js$/u.test(p))).toHaveLength(1);
  for (const p of preloaded) expect((await page.request.get(p)).ok(), p).toBe(true);
  // The app's own chunk is asked for no later than the entry script that imports it.
  const starts = await scriptStarts();
  const at = (prefix: string) => starts.find((s) => s.file.startsWith(prefix))?.start ?? NaN;
  expect(at('main-')).toBeLessThanOrEqual(at('index-') + 50);

  // The baked default view preloads nothing: its reader gets no app code before they act.
  await page.goto('/');
  expect(await preloads()).toEqual([]);
});

test('a page asking for another view starts its one data worker before the app runs', async ({
  page,
}) => {
  const dataWorker = /\/assets\/data\.worker-[^/]+\.js$/u;
  const dataWorkers: string[] = [];
  page.on('worker', (w) => {
    if (dataWorker.test(w.url())) dataWorkers.push(w.url());
  });
  // The app's own chunk is held back: a data worker that starts meanwhile was started by boot.js.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[^/]+\.js$/u, async (route) => {
    await held;
    await route.continue();
  });
  const started = page.waitForEvent('worker', { timeout: 15_000 });
  await page.goto('/?region=150100', { waitUntil: 'commit' });
  expect((await started).url()).toMatch(dataWorker);
  release();
  await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  // The app adopted it rather than starting a second one.
  expect(dataWorkers).toHaveLength(1);

  // The baked default view starts none as it loads.
  dataWorkers.length = 0;
  await page.unroute(/\/assets\/main-[^/]+\.js$/u);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  expect(dataWorkers).toEqual([]);
});

test('printed, every baked chart is drawn, including those off screen', async ({ page }) => {
  await page.goto('/');
  const visibility = () =>
    page
      .locator('.static-chart')
      .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).contentVisibility))]);
  // On screen the browser may skip laying out baked charts out of view ...
  expect(await visibility()).toEqual(['auto']);
  // ... but a printed page has no "out of view".
  await page.emulateMedia({ media: 'print' });
  expect(await visibility()).toEqual(['visible']);
});

test('a saved dark theme never sees a light frame of the baked page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('imde-theme', 'dark'));
  await sampleFrames(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  const seen = await frames(page);
  expect(seen.filter((f) => f.staticVisible > 0)).toEqual([]);
  expect(seen.filter((f) => f.background && isLight(f.background))).toEqual([]);
});

test('hydrates the baked page as it is; a chart goes live in the same box', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  const box = panel(page, 'health-outcomes').locator('[data-chart-ready]').first();
  await expect(box).toHaveAttribute('data-chart-ready', 'static');
  await box.scrollIntoViewIfNeeded();
  const before = await box.boundingBox();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await box.hover();
  await expect(box).toHaveAttribute('data-chart-ready', 'true');
  expect(await box.boundingBox()).toEqual(before);
  await expect(box.locator('canvas')).toHaveCount(1);
  await expect(box.locator('.static-chart')).toHaveCount(0);
  expectNoPageErrors(errors);
});

test('an embedded panel is sized to its content by embed.js in a 360 px column', async ({
  page,
  baseURL,
}, info) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const src = `${baseURL}/embed/health-outcomes/`;
  // The host page is served by the test (a page of ours here: Chromium in the test refuses
  // cross-origin loopback frames); embed.js and the frame are as copied.
  const host = `${baseURL}/host-page`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta name=viewport content="width=device-width"><body style="margin:0">
        <p>Article text</p>
        <iframe src="${src}" title="t" width="100%" height="300" style="border:0;width:100%" data-imde-embed></iframe>
        <script src="${baseURL}/embed.js" async></script></body>`,
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-panel="health-outcomes"]')).toBeVisible();
  await expect
    .poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0)
    .toBeGreaterThan(300);
  const inner = await page
    .frames()[1]!
    .evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
  expect(inner.scroll).toBeLessThanOrEqual(inner.view + 1);
  await saveScreenshot(page, info, 'prerender-embed-360.png');
});

test(
  'every baked SVG of / draws in librsvg, nothing cut at its top', // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
  ({}, info) => {
    // The shipped file, read as any other tool would read it (no browser).
    const html = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
    const svgs = [...html.matchAll(/data-static-chart="([^"]+)"[^>]*>(.*?)<\/div><\/div>/gsu)];
    expect(svgs.length).toBeGreaterThan(10);
    const dir = path.join(info.outputDir, 'rsvg');
    mkdirSync(dir, { recursive: true });
    for (const [, key = '', inner = ''] of svgs) {
      const wide = /<div class="static-chart-wide"[^>]*>(<svg.*?<\/svg>)/su.exec(inner)?.[1];
      expect(wide, key).toBeDefined();
      const file = path.join(dir, `${key.replace(/\W+/gu, '_')}.svg`);
      writeFileSync(file, wide!);
      const png = file.replace(/\.svg$/u, '.png');
      execFileSync('rsvg-convert', ['-b', 'white', '-o', png, file]);
      // The drawn content's bounding box (ImageMagick's trim) starts below the top edge: a label
      // clipped at the top (as two-line axis labels once were in librsvg) would touch it.
      const [width, height, x, y] = execFileSync('convert', [
        png,
        '-trim',
        '-format',
        '%W %H %X %Y',
        'info:',
      ])
        .toString()
        .trim()
        .split(/\s+/u)
        .map((n) => Number.parseInt(n, 10));
      expect({ key, top: (y ?? 0) > 0, x }).toEqual({ key, top: true, x });
      expect(width, key).toBeGreaterThan(0);
      expect(height, key).toBeGreaterThan(0);
    }
  },
);

test('a data file replaced since the build wins: its panel renders live from the new file', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const file = path.join(DIST_DIR, 'data/datasets/health-13th-fyp.json');
  // The same file with 2019's infant mortality (and its sentence) restated: 3.45 → 3.47.
  const changed = readFileSync(file, 'utf8').replaceAll('3.45', '3.47');
  await page.route('**/data/datasets/health-13th-fyp.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: changed }),
  );
  await page.goto('/');
  const outcomes = panel(page, 'health-outcomes');
  // The baked page shows what it was built from ...
  await expect(outcomes.getByText('3.45').first()).toBeVisible();
  // ... until the fetch after load brings the new file.
  await expect(outcomes.getByText('3.47').first()).toBeVisible({ timeout: 20_000 });
  await expect(outcomes.getByText('3.45')).toHaveCount(0);
  const mortality = outcomes.locator('[data-chart-ready]').nth(1);
  await mortality.scrollIntoViewIfNeeded();
  await expect(mortality).toHaveAttribute('data-chart-ready', 'true');
  expectNoPageErrors(errors);
});

test('text typed into the baked search box before the app arrives is searched', async ({
  page,
}) => {
  // The app's chunk arrives late, as on a slow phone.
  await page.route('**/assets/main-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const box = page.getByRole('combobox', { name: '搜索数据' });
  await box.click();
  await page.keyboard.type('雷管');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await expect(box).toHaveValue('雷管');
  await expect(page.getByRole('option').first()).toContainText('雷管');
});

test('a reader who only reads gets no app code until the page is quiet after load', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.waitForTimeout(1500);
  expect(scripts.filter((s) => /\/assets\/(main|echarts)/.test(s))).toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'live');
  // Then the app takes over by itself.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
});

test('a tab clicked before the app arrives opens once it has', async ({ page }) => {
  await page.route('**/assets/main-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/');
  const outcomes = panel(page, 'health-outcomes');
  const table = outcomes.getByRole('tab', { name: '表格' });
  await table.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'live');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await expect(table).toHaveAttribute('aria-selected', 'true');
  await expect(outcomes.getByRole('tabpanel').locator('table')).toBeVisible();
});
