import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { modelCharts } from '../../src/charts/panel-model';
import { gbtCitation } from '../../src/data/citation';
import { figureId } from '../../src/data/figure-id';
import { buildRegionIndex } from '../../src/data/regions';
import type { Dataset, Lang, RegionsFile } from '../../src/data/schema';
import { selectObservations } from '../../src/data/select';
import { firearmSeizuresPanel } from '../../src/features/firearm-seizures/firearm-seizures-panel';
import {
  READY_TIMEOUT,
  collectPageErrors,
  expectNoPageErrors,
  panel,
  readDataFile,
  waitForPanelCharts,
} from './helpers';

/*
 * The quotable sentence under each chart (shown, copied, the chart's description, in the embed
 * code) and Cite on one figure in Sources (the figure's permalink in the view line).
 */

const firearms = readDataFile<Dataset>('datasets/firearm-seizures-2020.json');
const regions = buildRegionIndex(readDataFile<RegionsFile>('regions.json'));
const PANEL = 'firearm-seizures';
const DETONATORS = figureId(firearms.id, {
  indicator: 'detonators-seized',
  region: '150000',
  year: 2020,
});

/** The firearm panel's charts as the page builds them: title and sentence. */
const chartsOf = (lang: Lang) =>
  modelCharts(
    firearmSeizuresPanel.build(
      {
        dataset: firearms,
        regions,
        observations: selectObservations(firearms, {
          indicators: firearmSeizuresPanel.indicators,
        }),
        context: [],
        selectedRegion: '150000',
      },
      { lang, regionName: (code) => regions.name(code, lang), narrow: false },
    ),
  );

const UI = {
  zh: {
    copy: '复制',
    copied: '已复制',
    sources: '来源',
    cite: '引用',
    export: '导出',
    embed: '复制嵌入代码',
  },
  en: {
    copy: 'Copy',
    copied: 'Copied',
    sources: 'Sources',
    cite: 'Cite',
    export: 'Export',
    embed: 'Copy embed code',
  },
} as const;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const lang of ['zh', 'en'] as const) {
  test(`the sentence under each chart (${lang}): shown, its description, copied, embedded`, async ({
    page,
    context,
  }) => {
    const errors = collectPageErrors(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?lang=${lang}`);
    await waitForPanelCharts(page, PANEL);
    const p = panel(page, PANEL);
    const charts = chartsOf(lang);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const box = p.getByRole('img', { name: chart.title, exact: true });
      await expect(box).toHaveAccessibleDescription(chart.sentence);
      await expect(p.getByText(chart.sentence, { exact: true })).toBeVisible();
    }
    const copy = p.getByRole('button', { name: `${UI[lang].copy}: ` }).first();
    await copy.click();
    await expect(copy).toHaveText(UI[lang].copied);
    await expect.poll(() => clipboard(page)).toBe(charts[0]!.sentence);

    // The embed code carries the sentences as the frame's text alternative.
    await p.getByRole('button', { name: UI[lang].export, exact: true }).click();
    await p.getByRole('button', { name: UI[lang].embed, exact: true }).click();
    await expect.poll(() => clipboard(page)).toContain('<iframe');
    const code = await clipboard(page);
    const frame = await page.evaluate((html) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      return t.content.querySelector('iframe')?.getAttribute('aria-description') ?? null;
    }, code);
    expect(frame).toBe(charts.map((c) => c.sentence).join(lang === 'zh' ? '' : ' '));
    expectNoPageErrors(errors);
  });

  test(`Cite one figure in Sources (${lang}): the article and the figure's permalink`, async ({
    page,
    context,
  }) => {
    const errors = collectPageErrors(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?lang=${lang}&theme=dark`);
    const p = panel(page, PANEL);
    await p.getByRole('tab', { name: UI[lang].sources }).click();
    const figure = p.locator(`li[data-figure="${DETONATORS}"]`);
    await expect(figure).toBeVisible({ timeout: READY_TIMEOUT });
    await figure.getByRole('button', { name: new RegExp(`^${UI[lang].cite}`, 'u') }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(lang === 'zh' ? '收缴雷管' : 'Detonators');
    const copies = dialog.getByRole('button', { name: new RegExp(`^${UI[lang].copy}`, 'u') });
    await copies.nth(0).click();
    await expect.poll(() => clipboard(page)).toBe(gbtCitation(firearms.sources[0]!));
    await copies.nth(2).click();
    await expect.poll(() => clipboard(page)).toContain(`figure=${DETONATORS}`);
    const line = await clipboard(page);
    const url = /https?:\/\/\S+?(?=\.?$)/u.exec(line)?.[0] ?? '';
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      figure: DETONATORS,
      lang,
    });
    await dialog.getByRole('button', { name: lang === 'zh' ? '关闭' : 'Close' }).click();
    await expect(dialog).toBeHidden();

    // The permalink lands on the figure (the whole page loads above it first: a wider wait).
    await page.goto(url);
    await expect(panel(page, PANEL).locator(`[data-figure-mark="${DETONATORS}"]`)).toHaveCount(1, {
      timeout: 3 * READY_TIMEOUT,
    });
    expectNoPageErrors(errors);
  });
}

test('screenshots: a sentence under a chart and Cite on a figure, zh/en, light/dark, 1280/390', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const shots = path.join(testInfo.project.outputDir, 'screenshots');
  mkdirSync(shots, { recursive: true });
  for (const lang of ['zh', 'en'] as const)
    for (const theme of ['light', 'dark'] as const)
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
        await page.goto(`/?lang=${lang}&theme=${theme}`);
        for (const id of ['hohhot-emergency', 'hohhot-five-centres']) {
          await waitForPanelCharts(page, id);
          await panel(page, id).locator('[data-chart-sentence]').first().scrollIntoViewIfNeeded();
          await panel(page, id).screenshot({
            path: path.join(shots, `sentence-${id}-${lang}-${theme}-${width}.png`),
          });
        }
        const p = panel(page, PANEL);
        await p.getByRole('tab', { name: UI[lang].sources }).click();
        await p
          .locator(`li[data-figure="${DETONATORS}"]`)
          .getByRole('button', { name: new RegExp(`^${UI[lang].cite}`, 'u') })
          .click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await page.screenshot({
          path: path.join(shots, `figure-cite-${lang}-${theme}-${width}.png`),
        });
      }
});
