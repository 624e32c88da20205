import { expect, test } from '@playwright/test';
import type { CDPSession, Page } from '@playwright/test';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  loadDashboard,
  reportCount,
  scrollChartsReady,
  searchParams,
  waitForPanelsLoaded,
} from './helpers';

/*
 * 200 rapid interactions, chosen by a seeded generator (the same sequence on every run):
 * region by combobox and by clicking the overview map, year From/To, topic, panel tabs, theme,
 * language and patterns, with scrolling so charts below the fold get created too. Afterwards:
 * no console error, every ECharts instance the app counts as alive (<html data-live-charts>) is
 * one on the page (an element with _echarts_instance_), the count falls when panels unmount,
 * and the JS heap, after forced garbage collection, has grown by less than HEAP_BOUND_MB.
 */

const INTERACTIONS = 200;
const SEED = 20_260_101;
/**
 * Measured growth of the page's used JS heap, back at the default view after three forced GCs
 * (19.2 MB before): 3.9-4.0 MB over 200 interactions in four runs, 3.1 MB over 50 and 4.3 MB
 * over 400: a plateau (what the first interactions load and cache), not growth per interaction.
 * The bound leaves room for noise and for the app to grow, and still catches a leak of what one
 * interaction allocates (charts, options, query results) kept 200 times.
 */
const HEAP_BOUND_MB = 15;

const NAMES = {
  zh: {
    region: '地区',
    from: '起始年份',
    to: '截止年份',
    topic: '主题',
    language: '语言: English',
    theme: /^切换到/u,
    patterns: '色盲友好图案',
    tabs: ['图表', '表格', '来源'],
    clearAll: '清除全部筛选',
    clear: /^清除/u,
    regionQueries: ['呼和', '莫旗', '150100', '呼伦', '内蒙古', '玉泉', '150700', '新城'],
  },
  en: {
    region: 'Region',
    from: 'From',
    to: 'To',
    topic: 'Topic',
    language: 'Language: 中文',
    theme: /^Switch to /u,
    patterns: 'Colour-blind patterns',
    tabs: ['Chart', 'Table', 'Sources'],
    clearAll: 'Clear all filters',
    clear: /^Clear /u,
    regionQueries: ['Hohhot', 'Hulun', '150722', 'Inner', 'Yuquan', 'Wuchuan', '150100'],
  },
} as const;
type Lang = keyof typeof NAMES;
const TOPICS = ['', 'health', 'public-security', 'poverty-livelihood', 'public-services'];

/** mulberry32: a small seeded generator, so every run makes the same choices. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, pick };
}

/** Used JS heap of the page in MB, after three forced garbage collections. */
async function heapMB(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** <html data-live-charts> and the elements that carry an ECharts instance. */
const liveCharts = (page: Page) =>
  page.evaluate(() => ({
    live: Number(document.documentElement.dataset.liveCharts ?? 'NaN'),
    inDom: document.querySelectorAll('[_echarts_instance_]:not([_echarts_instance_=""])').length,
    boxes: document.querySelectorAll('[data-panel] [data-chart-ready]').length,
  }));

/** Quiet: no panel loading, every chart the reader can reach drawn, then the counts agree. */
async function settle(page: Page) {
  await waitForPanelsLoaded(page);
  const charts = await scrollChartsReady(page, page.locator('[data-panel]'), 'every panel', 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect
    .poll(
      async () => {
        const { live, inDom } = await liveCharts(page);
        return live === inDom;
      },
      { message: 'data-live-charts equals the elements with _echarts_instance_' },
    )
    .toBe(true);
  return { charts, ...(await liveCharts(page)) };
}

// An interaction that cannot be done in 10 s fails the test with its step, not at the timeout.
test.use({ actionTimeout: 10_000 });

test('soak: 200 rapid interactions leave no errors, no leaked chart, a bounded heap', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = collectPageErrors(page);
  const cdp = await page.context().newCDPSession(page);
  await loadDashboard(page);
  const start = await settle(page);
  const heapBefore = await heapMB(cdp);

  const rng = random(SEED);
  const state: { lang: Lang } = { lang: 'zh' };
  const done = new Map<string, number>();
  const log: string[] = [];
  /** data-live-charts at each checkpoint (every 20 interactions). */
  const checkpoints: number[] = [];

  const actions: [weight: number, name: string, run: () => Promise<string>][] = [
    [
      14,
      'region (combobox)',
      async () => {
        const input = page.getByRole('combobox', { name: NAMES[state.lang].region, exact: true });
        const query = rng.pick(NAMES[state.lang].regionQueries);
        await input.click();
        await input.fill('');
        await input.pressSequentially(query);
        const options = page.getByRole('listbox').getByRole('option');
        await expect(options.first()).toBeVisible();
        // By keyboard: the list re-renders as results arrive, which a click can miss.
        const index = Math.floor(rng.next() * (await options.count()));
        for (let k = 0; k <= index; k += 1) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expect(options).toHaveCount(0);
        return `${query} → option ${index + 1}: ${await input.inputValue()}`;
      },
    ],
    [
      8,
      'region (overview map)',
      async () => {
        const canvas = page.locator('[data-panel="overview-map"] canvas').first();
        if ((await canvas.count()) === 0) return 'no map on screen (another tab)';
        await canvas.scrollIntoViewIfNeeded();
        const box = await canvas.boundingBox();
        if (!box) return 'map not laid out';
        const x = box.x + box.width * (0.1 + 0.8 * rng.next());
        const y = box.y + box.height * (0.1 + 0.8 * rng.next());
        await page.mouse.click(x, y);
        return `click at ${Math.round(x)},${Math.round(y)}`;
      },
    ],
    [
      14,
      'year From/To',
      async () => {
        const which = rng.next() < 0.5 ? 'from' : 'to';
        const select = page.getByRole('combobox', { name: NAMES[state.lang][which], exact: true });
        const values = await select
          .locator('option:not([disabled])')
          .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
        const value = rng.pick(values);
        await select.selectOption(value);
        return `${which}=${value || 'any'}`;
      },
    ],
    [
      9,
      'topic',
      async () => {
        const topic = rng.pick(TOPICS);
        await page
          .getByRole('combobox', { name: NAMES[state.lang].topic, exact: true })
          .selectOption(topic);
        return topic || 'all';
      },
    ],
    [
      20,
      'panel tab',
      async () => {
        const ids = await page
          .locator('[data-panel]:has([role="tablist"])')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-panel') ?? ''));
        if (ids.length === 0) return 'no panel with tabs';
        const id = rng.pick(ids);
        const name = rng.pick(NAMES[state.lang].tabs);
        await page.locator(`[data-panel="${id}"]`).getByRole('tab', { name, exact: true }).click();
        return `${id}: ${name}`;
      },
    ],
    [
      7,
      'theme',
      async () => {
        await page.getByRole('button', { name: NAMES[state.lang].theme }).click();
        return 'toggled';
      },
    ],
    [
      7,
      'language',
      async () => {
        await page.getByRole('button', { name: NAMES[state.lang].language, exact: true }).click();
        state.lang = state.lang === 'zh' ? 'en' : 'zh';
        await expect(page.locator('html')).toHaveAttribute(
          'lang',
          state.lang === 'zh' ? 'zh-CN' : 'en',
        );
        return `→ ${state.lang}`;
      },
    ],
    [
      5,
      'patterns',
      async () => {
        await page.getByRole('button', { name: NAMES[state.lang].patterns, exact: true }).click();
        return 'toggled';
      },
    ],
    [
      5,
      'clear filters',
      async () => {
        const chips = page.getByRole('list', {
          name: state.lang === 'zh' ? '当前筛选' : 'Active filters',
        });
        const clearAll = page.getByRole('button', {
          name: NAMES[state.lang].clearAll,
          exact: true,
        });
        if ((await clearAll.count()) > 0) await clearAll.click();
        else if ((await chips.count()) > 0) await chips.getByRole('button').first().click();
        else return 'nothing to clear';
        return 'cleared';
      },
    ],
    [
      16,
      'scroll',
      async () => {
        const to = rng.next();
        await page.evaluate(
          (f) => window.scrollTo(0, f * document.documentElement.scrollHeight),
          to,
        );
        return `${Math.round(to * 100)}%`;
      },
    ],
  ];
  const total = actions.reduce((n, [w]) => n + w, 0);

  for (let i = 0; i < INTERACTIONS; i += 1) {
    let r = rng.next() * total;
    const [, name, run] = actions.find(([w]) => (r -= w) < 0) ?? actions[actions.length - 1]!;
    try {
      log.push(`${i} ${name}: ${await run()}`);
    } catch (error) {
      throw new Error(
        `interaction ${i} (${name}) failed; the last ones:\n${log.slice(-8).join('\n')}\n${String(error)}`,
        { cause: error },
      );
    }
    done.set(name, (done.get(name) ?? 0) + 1);
    // Every 20 interactions, without waiting for charts: the live count matches the page.
    if ((i + 1) % 20 === 0) {
      await expect
        .poll(
          async () => {
            const { live, inDom } = await liveCharts(page);
            return live === inDom;
          },
          { message: `after interaction ${i}: data-live-charts = instances in the DOM` },
        )
        .toBe(true)
        .catch(() => undefined); // the exact numbers are asserted just below
      const { live, inDom } = await liveCharts(page);
      checkpoints.push(live);
      expect(live, `after interaction ${i}: data-live-charts vs _echarts_instance_`).toBe(inDom);
    }
  }
  await test.info().attach('interactions.txt', { body: log.join('\n'), contentType: 'text/plain' });

  // Quiet: everything drawn, and every instance counted alive is on the page.
  const after = await settle(page);
  expectNoPageErrors(errors);

  // Back to the default view through the UI, so the heap is compared in the same state.
  const chips = page.getByRole('list', {
    name: state.lang === 'zh' ? '当前筛选' : 'Active filters',
  });
  const clearAll = page.getByRole('button', { name: NAMES[state.lang].clearAll, exact: true });
  if ((await clearAll.count()) > 0) await clearAll.click();
  else if ((await chips.count()) > 0) await chips.getByRole('button').first().click();
  if (state.lang === 'en') {
    await page.getByRole('button', { name: NAMES.en.language, exact: true }).click();
    state.lang = 'zh';
  }
  const params = searchParams(page);
  if (params.theme === 'dark') await page.getByRole('button', { name: NAMES.zh.theme }).click();
  if (params.patterns === 'true') {
    await page.getByRole('button', { name: NAMES.zh.patterns, exact: true }).click();
  }
  for (const key of Object.keys(params).filter((k) => k.startsWith('tab.'))) {
    await page
      .locator(`[data-panel="${key.slice(4)}"]`)
      .getByRole('tab', { name: NAMES.zh.tabs[0], exact: true })
      .click();
  }
  // (An explicit light theme stays in the URL: the toggle cannot go back to "follow the system",
  // which is light here too.)
  await expect
    .poll(
      () => {
        const { theme = 'light', ...rest } = searchParams(page);
        return { theme, ...rest };
      },
      { message: 'back at the default view' },
    )
    .toEqual({ theme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/u);
  const reset = await settle(page);
  const heapAfter = await heapMB(cdp);
  const growth = heapAfter - heapBefore;

  // Most panels unmount: their instances must go with them.
  await page
    .getByRole('combobox', { name: NAMES.zh.topic, exact: true })
    .selectOption('public-services');
  await expect(page.locator('[data-panel="health-outcomes"]')).toHaveCount(0, {
    timeout: READY_TIMEOUT,
  });
  const fewer = await settle(page);
  expect(fewer.live, 'instances alive after most panels unmounted').toBeLessThan(reset.live);
  expect(fewer.live, 'one instance per chart box left on the page').toBe(fewer.boxes);

  expectNoPageErrors(errors);
  const summary = [...done].map(([name, n]) => `${name} ${n}`).join(', ');
  reportCount(
    `${INTERACTIONS} interactions (${summary}); live charts: start ${start.live}, ` +
      `checkpoints ${checkpoints.join('/')} (each = instances in DOM), after ` +
      `${after.live} (= ${after.inDom} in DOM), default view ${reset.live}, topic ` +
      `public-services ${fewer.live} (= ${fewer.inDom} in DOM, ${fewer.boxes} boxes); heap ` +
      `${heapBefore.toFixed(1)} → ${heapAfter.toFixed(1)} MB, growth ${growth.toFixed(2)} MB ` +
      `(bound ${HEAP_BOUND_MB} MB)`,
  );
  expect(growth, `JS heap growth in MB (${heapBefore} → ${heapAfter})`).toBeLessThan(HEAP_BOUND_MB);
});
