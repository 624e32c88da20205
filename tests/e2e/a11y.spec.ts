import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  CHART,
  collectPageErrors,
  expectNoPageErrors,
  loadDashboard,
  panel,
  reportCount,
} from './helpers';

/*
 * Accessibility: axe-core over the whole dashboard (every chart created and drawn first) in
 * both languages and themes, with no serious or critical violation; every chart box named;
 * every ECharts container described by ECharts' aria module in the page's language; and the
 * keyboard path through the filter bar, a panel's tabs and its Export menu with a visible
 * focus indicator on every stop.
 */

const CASES = [
  { lang: 'zh', theme: 'light' },
  { lang: 'zh', theme: 'dark' },
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
] as const;

const urlOf = (lang: string, theme: string) => {
  const params = new URLSearchParams();
  if (lang !== 'zh') params.set('lang', lang);
  if (theme !== 'light') params.set('theme', theme);
  const query = params.toString();
  return query ? `/?${query}` : '/';
};

/** ECharts' aria description of a chart ("这是一个图表…" / "This is a chart…"). */
const DESCRIPTION = {
  zh: /图表/u,
  en: /\bchart\b/iu,
} as const;

/** "name：value；name：value" / "name: value; name: value" (src/charts/aria.ts). */
const ITEMS = {
  zh: /：[^；]+；/u,
  en: /: [^;]+; /u,
} as const;

for (const { lang, theme } of CASES) {
  test(`axe: ${lang} / ${theme}: no serious or critical violation; charts named`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await loadDashboard(page, urlOf(lang, theme));
    if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/u);

    const results = await new AxeBuilder({ page }).analyze();
    const byImpact: Record<string, number> = {};
    const lines: string[] = [];
    for (const v of results.violations) {
      const impact = v.impact ?? 'unknown';
      byImpact[impact] = (byImpact[impact] ?? 0) + v.nodes.length;
      for (const node of v.nodes) {
        lines.push(
          `${impact} ${v.id} (${v.help}) at ${node.target.join(' ')}: ${node.html.slice(0, 300)}`,
        );
      }
    }
    if (lines.length > 0) console.log(`axe ${lang}/${theme}:\n${lines.join('\n')}`);
    await test.info().attach(`axe-${lang}-${theme}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });

    // Every chart box has an accessible name; every ECharts container, a description in the
    // page's language.
    const boxes = page.locator(`[data-panel] ${CHART}`);
    const boxCount = await boxes.count();
    for (let i = 0; i < boxCount; i += 1) {
      await expect(boxes.nth(i), `chart box ${i}`).toHaveAccessibleName(/\S/u);
    }
    const described = await page.locator('[_echarts_instance_]').evaluateAll((els) =>
      els.map((el) => ({
        label: el.getAttribute('aria-label') ?? '',
        box: el.closest('[data-chart-ready]')?.getAttribute('aria-label') ?? '',
      })),
    );
    expect(described.length, 'ECharts containers').toBe(boxCount);
    let generic = 0;
    for (const [i, { label, box }] of described.entries()) {
      // ECharts' own wording ("这是一个图表…" / "This is a chart…"), or, for maps and matrices
      // (src/charts/aria.ts), a title followed by "name: value" items in the page's language.
      const own = DESCRIPTION[lang].test(label);
      if (own) generic += 1;
      expect(
        own || ITEMS[lang].test(label),
        `aria-label of ECharts container ${i} ("${box}"): ${label.slice(0, 120)}`,
      ).toBe(true);
      expect(label.length, `description ${i} says more than the title`).toBeGreaterThan(
        box.length + 5,
      );
      if (lang === 'zh') expect(label, `description ${i} in Chinese`).toMatch(/\p{Script=Han}/u);
      else expect(label, `description ${i} in English only`).not.toMatch(/\p{Script=Han}/u);
    }

    reportCount(
      `${lang}/${theme}: axe ${results.violations.length} rules violated, nodes by impact ` +
        `${JSON.stringify(byImpact)}; ${results.passes.length} rules passed; ${boxCount} chart ` +
        `boxes named, ${described.length} ECharts descriptions in ${lang} (${generic} in ` +
        `ECharts' own wording, ${described.length - generic} "name: value" lists)`,
    );
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} at ${n.target.join(' ')}`));
    expect(severe, 'serious or critical axe violations').toEqual([]);
    expectNoPageErrors(errors);
  });
}

interface Focused {
  what: string;
  /** data-e2e-stop of the element: the filter-bar controls are tagged before tabbing. */
  stop: string | null;
  focusVisible: boolean;
  outline: string;
  boxShadow: string;
}

/** The focused element, whether it matches :focus-visible and its focus indicator styles. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return { what: 'body', stop: null, focusVisible: false, outline: 'none', boxShadow: 'none' };
    }
    const style = getComputedStyle(el);
    const stop = el.getAttribute('data-e2e-stop');
    const role = el.getAttribute('role');
    return {
      what: `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ''} "${(
        stop ??
        el.getAttribute('aria-label') ??
        el.textContent ??
        ''
      )
        .trim()
        .slice(0, 30)}"`,
      stop,
      focusVisible: el.matches(':focus-visible'),
      outline:
        style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
          ? 'none'
          : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  });

const indicatorShown = (f: Focused) => f.outline !== 'none' || f.boxShadow !== 'none';

test('keyboard: filter bar, panel tabs and Export menu, focus always visible', async ({ page }) => {
  const errors = collectPageErrors(page);
  await loadDashboard(page);
  const stops: Focused[] = [];
  const press = async (key: string) => {
    await page.keyboard.press(key);
    const f = await focused(page);
    stops.push(f);
    expect(f.focusVisible, `${key} → ${f.what} matches :focus-visible`).toBe(true);
    expect(indicatorShown(f), `${key} → ${f.what}: outline or box-shadow`).toBe(true);
    return f;
  };

  // The filter bar's controls, tagged so the Tab walk can name them.
  const filterBar = {
    region: page.getByRole('combobox', { name: '地区', exact: true }),
    from: page.getByRole('combobox', { name: '起始年份', exact: true }),
    to: page.getByRole('combobox', { name: '截止年份', exact: true }),
    topic: page.getByRole('combobox', { name: '主题', exact: true }),
    patterns: page.getByRole('button', { name: '色盲友好图案', exact: true }),
    language: page.getByRole('button', { name: '语言: English', exact: true }),
    theme: page.getByRole('button', { name: '切换到深色', exact: true }),
  };
  for (const [name, control] of Object.entries(filterBar)) {
    await control.evaluate((el, n) => el.setAttribute('data-e2e-stop', n), name);
  }

  // From the top of the page through the filter bar to the first panel's Export button.
  await page.locator('h1').click();
  const outcomes = panel(page, 'health-outcomes');
  const exportButton = outcomes.getByRole('button', { name: '导出', exact: true });
  let reachedExport = false;
  for (let i = 0; i < 40 && !reachedExport; i += 1) {
    await press('Tab');
    reachedExport = await exportButton.evaluate((el) => el === document.activeElement);
  }
  expect(reachedExport, 'Tab reaches the Export button of health-outcomes').toBe(true);
  expect(
    stops.map((s) => s.stop).filter((s) => s !== null),
    'the filter bar, in order',
  ).toEqual(Object.keys(filterBar));

  // Share and Cite sit after Export; then the panel's tabs: Tab into the tablist, arrows between tabs.
  const shareButton = outcomes.getByRole('button', { name: '分享', exact: true });
  await press('Tab');
  await expect(shareButton).toBeFocused();
  const citeButton = outcomes.getByRole('button', { name: '引用', exact: true });
  await press('Tab');
  await expect(citeButton).toBeFocused();
  const chartTab = outcomes.getByRole('tab', { name: '图表', exact: true });
  await press('Tab');
  await expect(chartTab).toBeFocused();
  await press('ArrowRight');
  await expect(outcomes.getByRole('tab', { name: '表格', exact: true })).toBeFocused();
  await press('ArrowLeft');
  await expect(chartTab).toBeFocused();

  // Back past Cite and Share to Export (Shift+Tab), open it, Tab through the menu, Escape.
  await press('Shift+Tab');
  await expect(citeButton).toBeFocused();
  await press('Shift+Tab');
  await expect(shareButton).toBeFocused();
  await press('Shift+Tab');
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = outcomes.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect
    .poll(() => dialog.evaluate((d) => d.contains(document.activeElement)), {
      message: 'focus moves into the menu',
    })
    .toBe(true);
  const first = await focused(page);
  stops.push(first);
  expect(first.focusVisible && indicatorShown(first), `${first.what} in the menu`).toBe(true);
  const menuStops = await dialog.locator('input:checked, button').count();
  for (let i = 1; i < menuStops; i += 1) {
    await press('Tab');
    expect(
      await dialog.evaluate((d) => d.contains(document.activeElement)),
      'focus stays in the menu',
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(exportButton).toBeFocused();

  expectNoPageErrors(errors);
  reportCount(
    `${stops.length} keyboard focus stops, each :focus-visible with an outline or box-shadow: ` +
      stops.map((s) => s.what).join(' → '),
  );
});
