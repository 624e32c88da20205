import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { apaCitation, gbtCitation } from '../../src/data/citation';
import { figureId } from '../../src/data/figure-id';
import type { Dataset } from '../../src/data/schema';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  panel,
  readDataFile,
} from './helpers';

/*
 * Search to figure to citation: type a word, choose the figure, land on its panel with the
 * figure highlighted and a `figure=` permalink; reopen that link; cite the article in both
 * languages and read what the clipboard holds.
 */

const firearms = readDataFile<Dataset>('datasets/firearm-seizures-2020.json');
const DETONATORS = figureId('firearm-seizures-2020', {
  indicator: 'detonators-seized',
  region: '150000',
  year: 2020,
});
const SEARCH = { zh: '搜索数据', en: 'Search figures' } as const;
const CITE = { zh: '引用', en: 'Cite' } as const;

const RESULTS = { zh: '搜索结果', en: 'Search results' } as const;
const searchBox = (page: Page, lang: 'zh' | 'en') =>
  page.getByRole('combobox', { name: SEARCH[lang] });
/** The search's own options (the year selects have options too). */
const results = (page: Page, lang: 'zh' | 'en') =>
  page.getByRole('listbox', { name: RESULTS[lang], includeHidden: true }).getByRole('option');

/** The figure is in the URL, its panel in view and its bar emphasised. */
async function expectFigureShown(page: Page) {
  await expect.poll(() => new URL(page.url()).searchParams.get('figure')).toBe(DETONATORS);
  const firearmPanel = panel(page, 'firearm-seizures');
  await expect(firearmPanel).toBeInViewport({ timeout: READY_TIMEOUT });
  await expect(firearmPanel.locator(`[data-figure-mark="${DETONATORS}"]`)).toHaveCount(1, {
    timeout: READY_TIMEOUT,
  });
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const dir = path.join(testInfo.project.outputDir, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
}

test('type 雷管, choose the figure, land on it; the link reopens it', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  const box = searchBox(page, 'zh');
  await box.fill('雷管');
  const first = results(page, 'zh').first();
  await expect(first).toContainText('收缴雷管', { timeout: READY_TIMEOUT });
  await expect(first).toContainText('25.9万枚');
  await expect(first).toContainText('内蒙古自治区');
  await expect(first).toContainText('2020');
  await expect(first.locator('mark')).toHaveText(['雷管']);

  await box.press('ArrowDown');
  await box.press('Enter');
  await expectFigureShown(page);
  // Its row in the Table is highlighted too.
  await panel(page, 'firearm-seizures').getByRole('tab', { name: '表格' }).click();
  await expect(
    panel(page, 'firearm-seizures').locator(`tr[data-figure="${DETONATORS}"]`),
  ).toHaveCSS('background-color', 'rgb(254, 249, 195)');

  await page.goto(`/?figure=${DETONATORS}`);
  await expectFigureShown(page);
  expectNoPageErrors(errors);
});

test("a figure link marks its figure however long the panel's chart takes to arrive", async ({
  page,
}) => {
  // The chart code held back well past the few seconds a link used to wait for its chart.
  await page.route(/\/assets\/chart-instance-[^/]+\.js$/u, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await route.continue();
  });
  await page.goto(`/?figure=${DETONATORS}`);
  await expect(
    panel(page, 'firearm-seizures').locator('[data-chart-ready="true"]').first(),
  ).toBeVisible({
    timeout: READY_TIMEOUT,
  });
  await expectFigureShown(page);
});

test('Escape closes the results; an unknown figure id is dropped with a notice', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const box = searchBox(page, 'en');
  await box.fill('detonators');
  await expect(results(page, 'en').first()).toContainText('Detonators');
  await box.press('Escape');
  await expect(results(page, 'en')).toHaveCount(0);

  await page.goto('/?figure=zzzz-zzzzzzzzzz');
  await expect(page.getByText('没有这个数据编号')).toBeVisible({ timeout: READY_TIMEOUT });
  await expect.poll(() => new URL(page.url()).searchParams.has('figure')).toBe(false);
});

for (const lang of ['zh', 'en'] as const) {
  test(`Cite (${lang}) copies GB/T 7714, APA 7 and the view line`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?lang=${lang}&figure=${DETONATORS}`);
    await expectFigureShown(page);
    await panel(page, 'firearm-seizures').getByRole('button', { name: CITE[lang] }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const source = firearms.sources[0]!;
    const copies = dialog.getByRole('button', { name: lang === 'zh' ? /^复制/ : /^Copy/ });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await copies.nth(0).click();
    await expect.poll(clipboard).toBe(gbtCitation(source));
    await copies.nth(1).click();
    await expect.poll(clipboard).toBe(apaCitation(source));
    await copies.nth(2).click();
    const line = await clipboard();
    expect(line).toContain(`figure=${DETONATORS}`);
    expect(line).toContain(lang === 'zh' ? '[EB/OL]' : 'Retrieved');
    expect(line).toContain(lang === 'zh' ? '内蒙古数据浏览器' : 'Inner Mongolia Data Explorer');

    const download = page.waitForEvent('download');
    await dialog
      .getByRole('button', { name: lang === 'zh' ? '下载 CSL-JSON' : 'Download CSL-JSON' })
      .click();
    expect((await download).suggestedFilename()).toBe('firearm-seizures.csl.json');
  });
}

test('screenshots: results and the Cite dialog, zh/en, light/dark, 1280/390', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  for (const lang of ['zh', 'en'] as const)
    for (const theme of ['light', 'dark'] as const)
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
        await page.goto(`/?lang=${lang}&theme=${theme}`);
        const box = searchBox(page, lang);
        await box.fill(lang === 'zh' ? '雷管' : 'detonators');
        await expect(results(page, lang).first()).toBeVisible({ timeout: READY_TIMEOUT });
        await box.fill(lang === 'zh' ? '呼和浩特 家庭医生' : 'Hohhot family doctor');
        await expect(results(page, lang).first()).toContainText(
          lang === 'zh' ? '家庭医生' : 'Family',
        );
        await shot(page, testInfo, `search-${lang}-${theme}-${width}.png`);
        await box.press('ArrowDown');
        await box.press('Enter');
        await expect(results(page, lang)).toHaveCount(0);
        await page
          .locator('[data-panel="hohhot-family-doctors"]')
          .getByRole('button', { name: CITE[lang] })
          .click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await shot(page, testInfo, `cite-${lang}-${theme}-${width}.png`);
      }
});

test('logs how long a search takes in the browser (never asserted)', async ({ page }) => {
  await page.goto('/');
  const box = searchBox(page, 'zh');
  await expect(box).toBeVisible({ timeout: READY_TIMEOUT });
  // The baked box is there at once; the search works once the app has taken over the page.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live', {
    timeout: READY_TIMEOUT,
  });
  // Timed inside the page (input event to the option's text, polled every frame): Playwright's
  // own retries back off to hundreds of milliseconds and would measure themselves.
  const until = (query: string, text: string) =>
    page.evaluate(
      ({ query, text }) =>
        new Promise<number>((resolve, reject) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]');
          if (!input) return reject(new Error('no search box'));
          // Typed as the browser types (real input events), all at once.
          input.focus();
          input.select();
          const start = performance.now();
          if (query === '') document.execCommand('delete');
          else document.execCommand('insertText', false, query);
          const check = () => {
            const first = document.querySelector('[role="listbox"] [role="option"]');
            if (text === '' || first?.textContent?.includes(text))
              resolve(performance.now() - start);
            else if (performance.now() - start > 20_000) reject(new Error(`no "${text}"`));
            else requestAnimationFrame(check);
          };
          check();
        }),
      { query, text },
    );
  await box.focus();
  // First: the box's focus has started loading the search chunk and building the index.
  const cold = Math.round(await until('雷管', '收缴雷管'));
  const queries: [string, string][] = [
    ['834', '收缴枪支'],
    ['婴儿死亡率', '婴儿死亡率'],
    ['22.7万', '收缴子弹'],
    ['莫旗', '莫力达瓦'],
    ['leiguan', '收缴雷管'],
  ];
  const warm: number[] = [];
  for (let round = 0; round < 3; round += 1)
    for (const [query, text] of queries) {
      await until('', '');
      warm.push(Math.round(await until(query, text)));
    }
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  console.log(
    `search in the browser: first result ${cold} ms after focus (index warmed on focus), median ${median} ms warm over ${warm.length} (includes the 150 ms debounce)`,
  );
});
