import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import {
  collectPageErrors,
  expectNoPageErrors,
  panel,
  readDataFile,
  reportCount,
  minCharts,
  scrollChartsReady,
} from './helpers';
import { parseCsv } from './exported-files';
import { hoverTooltips } from './chart-pointer';
import { PANELS } from '../../src/app/registry';

/** The registry's panels over one dataset. */
const panelsOf = (datasetId: string): string[] =>
  PANELS.flatMap((p) => (p.source === 'dataset' && p.datasetId === datasetId ? [p.id] : []));

/*
 * Data strings are text, never markup, code or formulas. Two real datasets are served with
 * every human-readable string (titles, descriptions, indicator names and units, category and
 * dimension names, quotes, notes, source publication/headline/author) carrying a payload, ids
 * and codes untouched so the files still pass the schema. The page is then used the way a
 * reader would (tooltips, Table and Sources tabs, CSV and SVG exports) and searched for any
 * sign that a payload was interpreted: a script run (window.__pwned, a dialog), an element
 * created (img[src=x], a <script>, a javascript: or payload.invalid link), a request made.
 * Each payload must instead be readable as literal text in each place.
 */

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '{a|rich}{b}',
  '<a href="https://payload.invalid/x">x</a>',
  '=HYPERLINK("https://payload.invalid")',
] as const;
const HYPERLINK = PAYLOADS[5];

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}
const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);

/**
 * A copy of the dataset with payloads in its human-readable strings. Each string gets one
 * payload in front (so a CSV cell starts with it), in turn; the source headline gets all six,
 * so any tooltip or footer that names the source shows every payload at once. A unit keeps
 * one payload per distinct unit (charts that share an axis require equal units), and the
 * Chinese units of `keepZhUnits` stay as they are (the firearm panel groups bars by them).
 */
function hostileCopy(id: string, keepZhUnits: boolean): { text: string; strings: number } {
  const dataset = readDataFile<JsonObject>(`datasets/${id}.json`);
  let turn = 0;
  let strings = 0;
  const next = () => PAYLOADS[turn++ % PAYLOADS.length] ?? '';
  const prefix = (payload: string, text: Json | undefined): Json => {
    if (typeof text !== 'string' || text.trim() === '') return text ?? null;
    strings += 1;
    return `${payload} ${text}`;
  };
  /** { zh, en } with the same payload in both languages. */
  const localized = (value: Json | undefined, payload = next()): Json | undefined =>
    isObject(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prefix(payload, v)]))
      : value;
  const set = (o: JsonObject, key: string, value: Json | undefined) => {
    if (value !== undefined) o[key] = value;
  };

  set(dataset, 'title', localized(dataset.title));
  set(dataset, 'description', localized(dataset.description));
  for (const source of asArray(dataset.sources).filter(isObject)) {
    set(source, 'publication', localized(source.publication));
    set(source, 'headline', localized(source.headline, PAYLOADS.join(' ')));
    set(source, 'subheadline', localized(source.subheadline));
    set(source, 'author', localized(source.author));
    set(source, 'dateNote', localized(source.dateNote));
  }
  const unitPayload = new Map<string, string>();
  for (const indicator of asArray(dataset.indicators).filter(isObject)) {
    set(indicator, 'name', localized(indicator.name));
    set(indicator, 'description', localized(indicator.description));
    if (isObject(indicator.unit)) {
      const unit = indicator.unit;
      for (const lang of ['zh', 'en', 'enOne'] as const) {
        const text = unit[lang];
        if (typeof text !== 'string' || (lang === 'zh' && keepZhUnits)) continue;
        if (!unitPayload.has(text)) unitPayload.set(text, next());
        unit[lang] = prefix(unitPayload.get(text) ?? '', text);
      }
    }
    for (const category of asArray(indicator.categories).filter(isObject)) {
      set(category, 'name', localized(category.name));
    }
  }
  for (const dimension of asArray(dataset.dimensions).filter(isObject)) {
    set(dimension, 'name', localized(dimension.name));
    for (const value of asArray(dimension.values).filter(isObject)) {
      set(value, 'name', localized(value.name));
    }
  }
  for (const observation of asArray(dataset.observations).filter(isObject)) {
    set(observation, 'quote', prefix(next(), observation.quote));
    set(observation, 'note', localized(observation.note));
  }
  return { text: JSON.stringify(dataset, null, 2), strings };
}

const HOSTILE = [
  {
    datasetId: 'firearm-seizures-2020',
    keepZhUnits: true,
    panels: panelsOf('firearm-seizures-2020'),
  },
  {
    datasetId: 'hohhot-medical-groups',
    keepZhUnits: false,
    panels: panelsOf('hohhot-medical-groups'),
  },
] as const;
const HOSTILE_PANELS = HOSTILE.flatMap((h) => [...h.panels]);

/** The payload in full, or its start (8 characters at least) up to an ellipsis ending `text`. */
function showsCut(text: string, payload: string): boolean {
  if (text.includes(payload)) return true;
  const body = /^(.*?)(…|\.\.\.)$/su.exec(text)?.[1];
  if (body === undefined) return false;
  const at = body.indexOf(payload.slice(0, 8));
  return at >= 0 && payload.startsWith(body.slice(at));
}

/** Payload × place: which payloads were found as literal text where. */
class Places {
  readonly found = new Map<string, Set<string>>();
  /**
   * Records which payloads `text` shows literally; returns them. With `texts` given instead,
   * a payload also counts when a text ends in it cut by an ellipsis ("<img src=x one…"), at
   * least 8 characters of it: ECharts shortens axis labels to fit, by measured font widths.
   */
  check(place: string, text: string | readonly string[]): string[] {
    const shown = PAYLOADS.filter((p) =>
      typeof text === 'string' ? text.includes(p) : text.some((t) => showsCut(t, p)),
    );
    const set = this.found.get(place) ?? new Set<string>();
    shown.forEach((p) => set.add(p));
    this.found.set(place, set);
    return shown;
  }
  get pairs(): number {
    return [...this.found.values()].reduce((n, s) => n + s.size, 0);
  }
  summary(): string {
    return [...this.found].map(([place, set]) => `${place} ${set.size}/6`).join(', ');
  }
}

/** Nothing the payloads ask for has happened in the document. */
async function documentIsClean(page: Page, where: string) {
  const state = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      pwned: (window as Window & { __pwned?: unknown }).__pwned ?? null,
      imgX: document.querySelectorAll('img[src="x"]').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      payloadUrls: document.querySelectorAll('[href*="payload.invalid"], [src*="payload.invalid"]')
        .length,
      /**
       * Every <script>: the app's own are same-origin files (under /assets/, and /boot.js)
       * without inline code, and the prerendered data seed: JSON, never run, with no `<` that
       * could close it.
       */
      foreignScripts: Array.from(document.scripts)
        .filter((s) => {
          const text = s.textContent ?? '';
          if (s.id === 'imde-seed' || s.id === 'imde-baked-files') {
            return s.type !== 'application/json' || text.includes('<');
          }
          const own =
            s.src.startsWith(`${location.origin}/assets/`) ||
            s.src === `${location.origin}/boot.js`;
          return !own || text.trim() !== '';
        })
        .map((s) => s.outerHTML.slice(0, 200)),
      inlineHandlers: all
        .filter((el) => Array.from(el.attributes).some((a) => /^on/iu.test(a.name)))
        .map((el) => el.outerHTML.slice(0, 200)),
    };
  });
  expect(state, `the document after ${where}`).toEqual({
    pwned: null,
    imgX: 0,
    javascriptLinks: 0,
    payloadUrls: 0,
    foreignScripts: [],
    inlineHandlers: [],
  });
}

const utf8 = (bytes: Buffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function download(page: Page, dialog: Locator, name: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  ]);
  const path = await file.path();
  await expect(dialog.getByRole('status')).toContainText(file.suggestedFilename());
  return readFileSync(path);
}

test('hostile strings in the data stay text: tooltips, table, sources, CSV, SVG', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route(/payload\.invalid/u, (route) => route.abort());

  let hostileStrings = 0;
  for (const { datasetId, keepZhUnits } of HOSTILE) {
    const { text, strings } = hostileCopy(datasetId, keepZhUnits);
    hostileStrings += strings;
    await page.route(`**/data/datasets/${datasetId}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: text }),
    );
  }

  const places = new Places();
  await page.goto('/');
  for (const id of HOSTILE_PANELS) {
    await expect(
      panel(page, id).getByRole('alert'),
      `${id}: the file passes the schema`,
    ).toHaveCount(0);
    await scrollChartsReady(page, panel(page, id), `panel ${id}`, minCharts(id));
    places.check('panel text (chart tab)', await panel(page, id).innerText());
    const labels = await panel(page, id)
      .locator('[_echarts_instance_]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    places.check('ECharts aria description', labels.join('\n'));
  }
  await documentIsClean(page, 'rendering');

  // Tooltips: real mouse moves over each chart of the hostile panels.
  let tooltips = 0;
  for (const id of HOSTILE_PANELS) {
    const charts = panel(page, id).locator('[data-chart-ready="true"]');
    for (const chart of await charts.all()) {
      for (const tip of await hoverTooltips(page, chart)) {
        tooltips += 1;
        places.check('tooltip text', tip.text);
        // Markup from data arrives escaped in the tooltip's HTML, never as elements.
        expect(tip.html, `tooltip of ${id}`).not.toMatch(/<(img|script|a)\b/iu);
        if (tip.text.includes(PAYLOADS[0])) expect(tip.html).toContain('&lt;img src=x');
      }
    }
  }
  expect(tooltips, 'tooltips shown by hovering').toBeGreaterThan(0);
  await documentIsClean(page, 'hovering tooltips');

  // Table and Sources tabs.
  for (const id of HOSTILE_PANELS) {
    const p = panel(page, id);
    await p.getByRole('tab', { name: '表格', exact: true }).click();
    await expect(p.getByRole('table')).toBeVisible();
    places.check('table', await p.getByRole('table').innerText());
    await p.getByRole('tab', { name: '来源', exact: true }).click();
    const list = p.locator('ol').first();
    await expect(list).toBeVisible();
    places.check('sources', await list.innerText());
  }
  await expect(
    panel(page, 'firearm-seizures').getByText('<img src=x', { exact: false }).first(),
    'the Sources tab shows the markup as text',
  ).toBeVisible();
  await documentIsClean(page, 'the Table and Sources tabs');

  // Exports of the firearm panel: CSV and SVG.
  const exportButton = panel(page, 'firearm-seizures').getByRole('button', {
    name: '导出',
    exact: true,
  });
  await exportButton.click();
  const dialog = panel(page, 'firearm-seizures').getByRole('dialog');
  await expect(dialog).toBeVisible();
  const csvText = utf8(await download(page, dialog, /^CSV/u)).replace(/^\uFEFF/u, '');
  const cells = parseCsv(csvText).flat();
  places.check('CSV', cells.join('\n'));
  // src/charts/export/csv.ts: a text cell starting with = + - @ (or tab/CR) gets a leading '.
  const formulaLike = cells.filter((c) => /^[=+\-@\t\r]/u.test(c) && !/^-?\d/u.test(c));
  expect(formulaLike, 'CSV cells a spreadsheet would run as formulas').toEqual([]);
  const guarded = cells.filter((c) => c.startsWith(`'${HYPERLINK}`));
  expect(guarded.length, `cells starting with '${HYPERLINK}`).toBeGreaterThan(0);

  const svg = utf8(await download(page, dialog, 'SVG'));
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const count = (tag: string) => doc.getElementsByTagName(tag).length;
    return {
      parseErrors: count('parsererror'),
      root: doc.documentElement.localName,
      elements: {
        script: count('script'),
        foreignObject: count('foreignObject'),
        img: count('img'),
        a: count('a'),
        image: count('image'),
      },
      badAttributes: Array.from(doc.getElementsByTagName('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter(
            (a) =>
              /^on/iu.test(a.name) ||
              (/href$/iu.test(a.name) && /^\s*javascript:|payload\.invalid/iu.test(a.value)),
          )
          .map((a) => `${el.localName} ${a.name}=${a.value}`),
      ),
      texts: Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? ''),
    };
  }, svg);
  expect(parsed.parseErrors, 'the SVG parses').toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.elements).toEqual({ script: 0, foreignObject: 0, img: 0, a: 0, image: 0 });
  expect(parsed.badAttributes).toEqual([]);
  expect(svg, 'markup from data is escaped in the SVG source').toContain('&lt;img src=x');
  expect(svg).not.toMatch(/<(img|script|a)[\s>]/iu);
  places.check('SVG text', parsed.texts);
  // The footer (src/charts/export/compose-svg.ts) names the source: its headline, escaped.
  expect(parsed.texts.join('\n'), 'the SVG footer shows the headline as text').toContain(
    `${PAYLOADS[0]} ${PAYLOADS[1]}`,
  );
  await page.keyboard.press('Escape');
  await documentIsClean(page, 'the exports');

  // Nothing ran, nothing was requested, nothing was thrown.
  expect(dialogs, 'dialogs opened').toEqual([]);
  const hostileRequests = requests.filter((u) => {
    const url = new URL(u);
    return url.hostname.endsWith('payload.invalid') || url.pathname === '/x';
  });
  expect(hostileRequests, 'requests made by payloads').toEqual([]);
  expectNoPageErrors(errors);

  // Every payload is readable where the reader looks, and exported as text.
  for (const place of ['tooltip text', 'table', 'sources', 'CSV', 'SVG text']) {
    expect(
      [...(places.found.get(place) ?? [])].sort(),
      `payloads shown literally in ${place}`,
    ).toEqual([...PAYLOADS].sort());
  }
  reportCount(
    `${PAYLOADS.length} payloads in ${hostileStrings} strings of ${HOSTILE.length} datasets; ` +
      `${places.pairs} payload×place pairs found as literal text (${places.summary()}); ` +
      `${tooltips} tooltips, ${guarded.length} guarded =HYPERLINK CSV cells, ` +
      `0 dialogs / __pwned / injected elements / payload requests`,
  );
});
