import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { panel, waitForPanelCharts } from './helpers';
import { fetchRoute } from './route-fetch';

/*
 * The charts a reader must be able to read without guessing: the medical-groups map (every
 * urban district named on its own area, ties and inferences keyed), the five-centres matrix
 * (status in words and patterns, headers that fit a phone), the overview map and the health
 * outcome trends (labels apart, legend clear of the axis name, hollow points keyed). Screenshots
 * of each in zh and en, light and dark, at 1280 and 390 px are kept under
 * test-results/.../legibility/ to be looked at; exported SVGs are rendered with rsvg-convert.
 */

// health-outcomes: the trend charts whose labels collided and whose hollow points had no key.
const PANELS = [
  'hohhot-medical-groups',
  'hohhot-five-centres',
  'overview-map',
  'health-outcomes',
] as const;
const WIDTHS = [1280, 390] as const;
const EXPORT = { zh: '导出', en: 'Export' } as const;
type Lang = keyof typeof EXPORT;

function outDir(testInfo: TestInfo) {
  const dir = path.join(testInfo.project.outputDir, 'legibility');
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function openAt(page: Page, lang: Lang, theme: 'light' | 'dark', width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`/?lang=${lang}&theme=${theme}`);
  for (const id of PANELS) await waitForPanelCharts(page, id);
}

for (const lang of ['zh', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots of the map, matrix and overview: ${lang}, ${theme}, 1280 and 390 px`, async ({
      page,
    }, testInfo) => {
      for (const width of WIDTHS) {
        await openAt(page, lang, theme, width);
        for (const id of PANELS) {
          const root = panel(page, id);
          await root.scrollIntoViewIfNeeded();
          // The entrance animation is 300 ms; let it end before the picture.
          await page.waitForTimeout(400);
          await root.screenshot({
            path: path.join(outDir(testInfo), `${id}-${lang}-${theme}-${width}.png`),
          });
        }
        // Every status except "not reported" has a pattern in the key, and they all differ.
        const swatches = await panel(page, 'hohhot-five-centres')
          .getByTestId('chart-key')
          .locator('li span[aria-hidden="true"]')
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundImage));
        expect(swatches.length).toBeGreaterThanOrEqual(8);
        const patterned = swatches.slice(0, -1);
        expect(patterned.every((b) => b.includes('gradient'))).toBe(true);
        expect(new Set(patterned).size).toBe(patterned.length);
        expect(swatches.at(-1)).toBe('none');
      }
    });
  }
}

async function exportSvg(page: Page, id: string, lang: Lang, testInfo: TestInfo) {
  const button = panel(page, id).getByRole('button', { name: EXPORT[lang], exact: true });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const dialog = panel(page, id).getByRole('dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'SVG', exact: true }).click(),
  ]);
  const svg = readFileSync(await download.path(), 'utf8');
  const file = path.join(outDir(testInfo), `${id}-${lang}.svg`);
  writeFileSync(file, svg);
  // rsvg-convert (librsvg) is an independent renderer: the export must draw outside a browser.
  execFileSync('rsvg-convert', ['-o', file.replace(/\.svg$/u, '.png'), file]);
  await page.keyboard.press('Escape');
  return svg;
}

for (const lang of ['zh', 'en'] as const) {
  test(`exported SVGs carry the keys and the inset: ${lang}`, async ({ page }, testInfo) => {
    await openAt(page, lang, 'light', 1280);
    const map = await exportSvg(page, 'hohhot-medical-groups', lang, testInfo);
    // The inset is titled and names each of the four urban districts exactly once.
    expect(map).toContain(lang === 'zh' ? '市区放大' : 'Urban districts, enlarged');
    const districts =
      lang === 'zh'
        ? ['新城区', '回民区', '玉泉区', '赛罕区']
        : ['Xincheng', 'Huimin', 'Yuquan', 'Saihan'];
    for (const name of districts) {
      expect(map.split(`>${name}`).length - 1, `${name} labelled once`).toBe(1);
    }

    const matrix = await exportSvg(page, 'hohhot-five-centres', lang, testInfo);
    // The key under the matrix names each status with the word its cells carry ...
    expect(matrix).toContain(lang === 'zh' ? '建成：已建成' : 'Running = In routine operation');
    // ... and each status's pattern is drawn (ECharts writes decals as SVG <pattern>s).
    const patterns = new Set(matrix.match(/<pattern[^>]*>/gu) ?? []);
    expect(patterns.size).toBeGreaterThanOrEqual(7);
  });
}

/** The texts an exported SVG draws outside its charts' own drawings (cards, captions, notes). */
const ownTexts = (svg: string): string[] => {
  const outside = svg.replace(/<svg(?:(?!<svg)[\s\S])*?<\/svg>(?=[\s\S]*<\/svg>$)/gu, '');
  return [...outside.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((m) =>
    (m[1] ?? '')
      .replace(/&amp;/gu, '&')
      .replace(/&lt;/gu, '<')
      .replace(/&quot;/gu, '"'),
  );
};

/** The share of dark pixels in a box of a PNG, as ImageMagick counts them. */
const darkShare = (png: string, [x, y, w, h]: readonly number[]) =>
  Number(
    execFileSync('convert', [
      png,
      '-crop',
      `${w}x${h}+${x}+${y}`,
      '-colorspace',
      'Gray',
      '-threshold',
      '50%',
      '-negate',
      '-format',
      '%[fx:mean]',
      'info:',
    ]).toString(),
  );

for (const lang of ['zh', 'en'] as const) {
  test(`exported images carry the key figures, captions and notes as the panel shows them: ${lang}`, async ({
    page,
  }, testInfo) => {
    await openAt(page, lang, 'light', 1280);
    for (const id of ['hohhot-family-doctors', 'morin-dawa-poverty'] as const) {
      await waitForPanelCharts(page, id);
      const root = panel(page, id);
      const onScreen = await root
        .locator('dl > div')
        .evaluateAll((cards) =>
          cards.map((c) => [...c.querySelectorAll('dd')].map((dd) => dd.textContent ?? '')),
        );
      expect(onScreen.length, `${id}: key figures on screen`).toBeGreaterThan(0);
      const svg = await exportSvg(page, id, lang, testInfo);
      const texts = ownTexts(svg);
      // Every card's value and its year or period, word for word.
      for (const [value = '', detail] of onScreen) {
        expect(texts, `${id}: ${value}`).toContain(value);
        if (detail) expect(texts, `${id}: ${detail}`).toContain(detail);
      }
      // librsvg draws the first card: its value is dark text on the pale card.
      const png = path.join(outDir(testInfo), `${id}-${lang}.png`);
      expect(darkShare(png, [42, 116, 150, 30]), `${id}: first card drawn`).toBeGreaterThan(0.02);

      // Title, subtitle and file name agree on the years the figures cover.
      const [title = '', subtitle = ''] = texts;
      const name = await exportFileName(page, id, lang);
      const span = /_(\d{4}(?:-\d{4})?)\.svg$/u.exec(name)?.[1] ?? '';
      expect(span, name).not.toBe('');
      expect(subtitle).toContain(span.replace('-', '–'));
      for (const year of title.match(/\d{4}/gu) ?? []) expect(span).toContain(year);
    }
    // The family doctors' as-of line, the caption under their chart, is in the image.
    const svg = await exportSvg(page, 'hohhot-family-doctors', lang, testInfo);
    expect(ownTexts(svg).join(' ')).toContain(
      lang === 'zh' ? '截至2023年9月25日' : 'As of 25 September 2023',
    );
    // So is the medical-groups map's note on what hatching means.
    const map = await exportSvg(page, 'hohhot-medical-groups', lang, testInfo);
    expect(ownTexts(map).join(' ')).toContain(lang === 'zh' ? '斜线表示推断' : 'Hatched');
  });
}

async function exportFileName(page: Page, id: string, lang: Lang) {
  const button = panel(page, id).getByRole('button', { name: EXPORT[lang], exact: true });
  await button.click();
  const dialog = panel(page, id).getByRole('dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'SVG', exact: true }).click(),
  ]);
  await page.keyboard.press('Escape');
  return download.suggestedFilename();
}

interface Observation {
  indicator: string;
  region: string;
  dims?: Record<string, string>;
  derived?: true;
  note?: unknown;
  formula?: string;
  inferred?: true;
  basis?: { zh: string; en: string };
}

test('the medical-groups map keys the kind of tie and hatches only inferred assignments', async ({
  page,
}, testInfo) => {
  // The data convention for ties and inferences, applied to today's file as a literal fixture.
  const ties: Record<string, string> = {
    '150102': 'member',
    '150105': 'member',
    '150104': 'cooperation-agreement',
    '150103': 'cooperation',
  };
  await page.route('**/data/datasets/hohhot-medical-groups.json', async (route) => {
    const response = await fetchRoute(route);
    const dataset = (await response.json()) as {
      dimensions: unknown[];
      observations: Observation[];
    };
    dataset.dimensions.push({
      id: 'tie',
      name: { zh: '关系', en: 'Tie' },
      values: [
        { id: 'member', name: { zh: '正式加入', en: 'Formally joined' } },
        { id: 'cooperation-agreement', name: { zh: '院府合作协议', en: 'Cooperation agreement' } },
        { id: 'cooperation', name: { zh: '合作', en: 'Cooperation' } },
      ],
    });
    for (const o of dataset.observations) {
      if (o.indicator !== 'partner-medical-group') continue;
      const tie = ties[o.region];
      if (tie) o.dims = { ...o.dims, tie };
      if (o.derived) {
        delete o.derived;
        delete o.note;
        delete o.formula;
        o.inferred = true;
        o.basis = { zh: '文章未点名旗县', en: 'The article names no county' };
      }
    }
    await route.fulfill({ response, json: dataset });
  });
  for (const lang of ['zh', 'en'] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?lang=${lang}`);
    await waitForPanelCharts(page, 'hohhot-medical-groups');
    const root = panel(page, 'hohhot-medical-groups');
    const key = root.getByTestId('chart-key-styles');
    await expect(key).toContainText(lang === 'zh' ? '院府合作协议' : /cooperation agreement/iu);
    await expect(key).toContainText(lang === 'zh' ? '正式加入' : /formally joined/iu);
    await expect(key).toContainText(lang === 'zh' ? '斜线' : 'Hatched');
    // Yuquan's button says how it is tied; the note explains the hatching with its basis.
    await expect(
      root.getByRole('button', { name: lang === 'zh' ? /玉泉区/u : /Yuquan/u }),
    ).toContainText(lang === 'zh' ? '院府合作协议' : /cooperation agreement/iu);
    await expect(root).toContainText(lang === 'zh' ? '未点名旗县' : 'names no county');
    await root.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await root.screenshot({ path: path.join(outDir(testInfo), `medical-groups-ties-${lang}.png`) });
  }
});
