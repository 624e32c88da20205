import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { PANEL_IDS } from '../../src/app/registry';
import {
  READY_TIMEOUT,
  ROOT,
  clickMapRegion,
  collectPageErrors,
  expectNoPageErrors,
  expectSearch,
  loadDashboard,
  minCharts,
  panel,
  pendingCharts,
  saveScreenshot,
  searchParams,
  squash,
  waitForAllChartsReady,
} from './helpers';

/*
 * The explorer: view state in the URL (only non-defaults; history entries), filters, panel
 * tabs, empty states, the overview map as a region picker, language and theme.
 * Names used here are the app's accessible names (src/i18n/messages.ts).
 */

// Every panel of the registry, in reading order: a new panel is tested without listing it here.
const ALL_PANEL_IDS = PANEL_IDS;

const UI = {
  zh: {
    title: '内蒙古数据浏览器',
    region: '地区',
    from: '起始年份',
    to: '截止年份',
    topic: '主题',
    tabs: { chart: '图表', table: '表格', sources: '来源' },
    clearRegion: (name: string) => `清除地区: ${name}`,
    switchLanguage: '语言: English',
    themeToDark: '切换到深色',
    themeToLight: '切换到浅色',
    noticeTitle: '链接中有无法应用的参数，已忽略：',
  },
  en: {
    title: 'Inner Mongolia Data Explorer',
    region: 'Region',
    from: 'From',
    to: 'To',
    topic: 'Topic',
    tabs: { chart: 'Chart', table: 'Table', sources: 'Sources' },
    clearRegion: (name: string) => `Clear Region: ${name}`,
    switchLanguage: 'Language: 中文',
    themeToDark: 'Switch to Dark',
    themeToLight: 'Switch to Light',
    noticeTitle: 'Some parameters of this link could not be applied and were ignored:',
  },
} as const;
type Lang = keyof typeof UI;

interface DatasetFile {
  observations: { indicator: string; region: string; year: number; value: unknown }[];
}
const readDataset = (id: string): DatasetFile =>
  JSON.parse(
    readFileSync(path.join(ROOT, 'public/data/datasets', `${id}.json`), 'utf8'),
  ) as DatasetFile;

const regionCombobox = (page: Page, lang: Lang = 'zh') =>
  page.getByRole('combobox', { name: UI[lang].region, exact: true });
const select = (page: Page, which: 'from' | 'to' | 'topic', lang: Lang = 'zh') =>
  page.getByRole('combobox', { name: UI[lang][which], exact: true });
const tab = (
  page: Page,
  panelId: string,
  name: keyof (typeof UI)['zh']['tabs'],
  lang: Lang = 'zh',
) => panel(page, panelId).getByRole('tab', { name: UI[lang].tabs[name], exact: true });
/** A panel's empty state: the role=status message that is not a loading skeleton. */
const emptyState = (p: Locator) => p.locator('[role="status"]:not(.animate-pulse)');
const readyCharts = (p: Locator) => p.locator('[data-chart-ready="true"]');

/**
 * Table body rows as arrays of cell texts: indicator, region, year, breakdown, value, unit.
 * The "(推算值)"/"(derived)" mark of a derived value is left out of the value's text.
 */
const tableRows = (p: Locator): Promise<string[][]> =>
  p.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('span').forEach((span) => {
          if (/^\((推算值|derived)\)$/.test((span.textContent ?? '').trim())) span.remove();
        });
        return (copy.textContent ?? '').trim();
      }),
    ),
  );

/** The region combobox's options (not the <option>s of the year/topic selects). */
const regionOptions = (page: Page) => page.getByRole('listbox').getByRole('option');

async function pickRegion(page: Page, query: string, option: RegExp, lang: Lang = 'zh') {
  const input = regionCombobox(page, lang);
  await input.click();
  await input.fill('');
  await input.pressSequentially(query);
  await regionOptions(page).filter({ hasText: option }).first().click();
}

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

  test.describe('8. user stories, answered and shared by URL', () => {
    /** Opens the current URL in a fresh page of the same context; returns it and its errors. */
    async function reopen(page: Page) {
      const url = page.url();
      const other = await page.context().newPage();
      const errors = collectPageErrors(other);
      await other.goto(url);
      return { other, errors };
    }

    test('a. infant mortality 2015→2019 is 5.34‰ → 3.45‰', async ({ page }) => {
      const errors = collectPageErrors(page);
      await loadDashboard(page);

      await select(page, 'from').selectOption('2015');
      await select(page, 'to').selectOption('2019');
      const outcomes = panel(page, 'health-outcomes');
      // The chart caption states the change over the range.
      await expect(outcomes.locator('figure').filter({ hasText: '婴儿死亡率' })).toContainText(
        '婴儿死亡率 2015→2019',
      );
      await tab(page, 'health-outcomes', 'table').click();
      await expectSearch(page, { from: '2015', to: '2019', 'tab.health-outcomes': 'table' });

      const check = async (p: Page) => {
        const rows = await tableRows(panel(p, 'health-outcomes'));
        const infant = rows.filter((r) => r[0] === '婴儿死亡率');
        expect(infant.map((r) => [r[2], r[4]])).toEqual([
          ['2015', '5.34‰'],
          ['2019', '3.45‰'],
        ]);
        // Exactly the filtered observations: the panel's four outcome indicators, 2015–2019.
        const outcomeIndicators = [
          'life-expectancy',
          'infant-mortality',
          'under5-mortality',
          'maternal-mortality',
        ];
        const expected = readDataset('health-13th-fyp').observations.filter(
          (o) => outcomeIndicators.includes(o.indicator) && o.year >= 2015 && o.year <= 2019,
        );
        expect(rows).toHaveLength(expected.length);
        for (const r of rows) expect(['2015', '2019']).toContain(r[2]);
      };
      await expect(panel(page, 'health-outcomes').getByRole('table')).toBeVisible();
      await check(page);

      const { other, errors: otherErrors } = await reopen(page);
      await expect(tab(other, 'health-outcomes', 'table')).toHaveAttribute(
        'aria-selected',
        'true',
        {
          timeout: READY_TIMEOUT,
        },
      );
      await expect(panel(other, 'health-outcomes').getByRole('table')).toBeVisible();
      await check(other);

      expectNoPageErrors(errors);
      expectNoPageErrors(otherErrors);
    });

    test('b. Hohhot: which group each district belongs to; which counties have a stroke centre', async ({
      page,
    }) => {
      const errors = collectPageErrors(page);
      await loadDashboard(page);

      await pickRegion(page, '呼和', /呼和浩特市/);
      await tab(page, 'hohhot-medical-groups', 'table').click();
      await tab(page, 'hohhot-five-centres', 'table').click();
      await expectSearch(page, {
        region: '150100',
        'tab.hohhot-medical-groups': 'table',
        'tab.hohhot-five-centres': 'table',
      });

      const check = async (p: Page) => {
        const groups = await tableRows(panel(p, 'hohhot-medical-groups'));
        const groupOf = (district: string) =>
          groups.find((r) => r[0] === '关联的医疗集团/医共体' && r[1] === district)?.[4];
        expect(groupOf('玉泉区')).toBe('呼和浩特市第一医院');
        expect(groupOf('新城区')).toBe('内蒙古自治区人民医院集团');
        expect(groupOf('回民区')).toBe('内蒙古医科大学附属医院');
        // An inferred membership says so in the table.
        expect(groupOf('武川县')).toBe('县域医共体(推断)');

        const centres = await tableRows(panel(p, 'hohhot-five-centres'));
        const strokeBuilt = centres
          .filter((r) => r[3]?.includes('卒中中心') && r[4] === '已建成')
          .map((r) => r[1]);
        expect(strokeBuilt).toEqual(expect.arrayContaining(['托克托县', '和林格尔县']));
      };
      await expect(panel(page, 'hohhot-five-centres').getByRole('table')).toBeVisible();
      await check(page);

      const { other, errors: otherErrors } = await reopen(page);
      await expect(panel(other, 'hohhot-five-centres').getByRole('table')).toBeVisible({
        timeout: READY_TIMEOUT,
      });
      await expect(panel(other, 'hohhot-medical-groups').getByRole('table')).toBeVisible();
      await check(other);

      expectNoPageErrors(errors);
      expectNoPageErrors(otherErrors);
    });

    test('c. detonators seized in 2020, and the sentence that says so', async ({ page }) => {
      const errors = collectPageErrors(page);
      await loadDashboard(page);

      await tab(page, 'firearm-seizures', 'sources').click();
      await expectSearch(page, { 'tab.firearm-seizures': 'sources' });

      const check = async (p: Page) => {
        const firearms = panel(p, 'firearm-seizures');
        await expect(tab(p, 'firearm-seizures', 'sources')).toHaveAttribute(
          'aria-selected',
          'true',
          {
            timeout: READY_TIMEOUT,
          },
        );
        const entry = firearms.locator('ol > li').filter({ hasText: '收缴雷管' });
        await expect(entry).toHaveCount(1);
        await expect(entry.locator('blockquote')).toContainText('雷管25.9万枚');
        await expect(entry).toContainText('2020');
        await expect(entry).toContainText('2020年全区收缴枪支834支 子弹22.7万发');
      };
      await check(page);

      const { other, errors: otherErrors } = await reopen(page);
      await check(other);

      expectNoPageErrors(errors);
      expectNoPageErrors(otherErrors);
    });
  });

  test.describe('9. every panel renders; screenshots', () => {
    const cases = [
      { lang: 'zh', theme: 'light', width: 1280, height: 900 },
      { lang: 'en', theme: 'dark', width: 1280, height: 900 },
      { lang: 'zh', theme: 'light', width: 390, height: 844 },
      { lang: 'en', theme: 'dark', width: 390, height: 844 },
    ] as const;
    for (const { lang, theme, width, height } of cases) {
      test(`${lang} / ${theme} at ${width}px`, async ({ page }, testInfo) => {
        const errors = collectPageErrors(page);
        await page.setViewportSize({ width, height });
        const params = new URLSearchParams();
        if (lang !== 'zh') params.set('lang', lang);
        if (theme !== 'light') params.set('theme', theme);
        const query = params.toString();
        await loadDashboard(page, query ? `/?${query}` : '/');

        await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI[lang].title);
        if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
        for (const id of ALL_PANEL_IDS) {
          const p = panel(page, id);
          await expect(p, `panel ${id}`).toHaveCount(1);
          await expect(emptyState(p), `panel ${id} has data at the default view`).toHaveCount(0);
          await expect
            .poll(() => readyCharts(p).count(), { message: `panel ${id} has a ready chart` })
            .toBeGreaterThanOrEqual(minCharts(id));
          // A panel of key figures only shows them.
          if (minCharts(id) === 0) await expect(p.locator('dl dd').first()).toBeVisible();
        }
        expect(await pendingCharts(page)).toEqual([]);

        await saveScreenshot(page, testInfo, `explorer-${lang}-${theme}-${width}.png`);

        if (width === 390) {
          const widths = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(
            widths.scrollWidth,
            `horizontal scroll at 390px: scrollWidth ${widths.scrollWidth} > clientWidth ${widths.clientWidth}`,
          ).toBeLessThanOrEqual(widths.clientWidth);
        }
        expectNoPageErrors(errors);
      });
    }
  });

  test('10. keyboard: combobox by Tab/typing/ArrowDown/Enter; panel tabs by arrow keys', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page);

    const input = regionCombobox(page);
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 15 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await input.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'the region combobox is reachable with Tab').toBe(true);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('莫旗'); // alias of 莫力达瓦达斡尔族自治旗
    await expect(regionOptions(page)).toHaveCount(1);
    await expect(regionOptions(page).first()).toContainText('莫力达瓦达斡尔族自治旗');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectSearch(page, { region: '150722' });
    await expect(input).toHaveValue('莫力达瓦达斡尔族自治旗');
    await expect(regionOptions(page)).toHaveCount(0);

    // By code, too.
    await input.fill('');
    await input.pressSequentially('150100');
    await expect(regionOptions(page)).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectSearch(page, { region: '150100' });

    await page.goBack();
    await expectSearch(page, { region: '150722' });

    const chartTab = tab(page, 'morin-dawa-poverty', 'chart');
    await chartTab.focus();
    await expect(chartTab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expectSearch(page, { region: '150722', 'tab.morin-dawa-poverty': 'table' });
    await expect(tab(page, 'morin-dawa-poverty', 'table')).toBeFocused();
    await expect(tab(page, 'morin-dawa-poverty', 'table')).toHaveAttribute('aria-selected', 'true');
    await expect(panel(page, 'morin-dawa-poverty').getByRole('table')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expectSearch(page, { region: '150722', 'tab.morin-dawa-poverty': 'sources' });
    await expect(tab(page, 'morin-dawa-poverty', 'sources')).toBeFocused();

    await page.keyboard.press('ArrowRight'); // wraps round to Chart (the default: not in the URL)
    await expectSearch(page, { region: '150722' });
    await expect(chartTab).toBeFocused();

    await page.keyboard.press('ArrowLeft');
    await expectSearch(page, { region: '150722', 'tab.morin-dawa-poverty': 'sources' });
    await expect(tab(page, 'morin-dawa-poverty', 'sources')).toBeFocused();

    expectNoPageErrors(errors);
  });
});
