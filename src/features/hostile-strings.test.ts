import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EChartsCoreOption } from 'echarts/core';
import { setPlatformAPI } from 'echarts/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModules } from '../charts/chart-modules';
import { registerMapOnce } from '../charts/echarts-map';
import { exportCaption } from '../charts/export/caption';
import type { ExportCaption } from '../charts/export/caption';
import { BACKGROUNDS, composeSvg, layoutCells } from '../charts/export/compose-svg';
import { UTF8_BOM, toCsv } from '../charts/export/csv';
import type { Cell } from '../charts/export/csv';
import { toJson } from '../charts/export/json';
import { embedCode, embedUrl } from '../charts/export/share';
import { exportReadme } from '../charts/export/readme';
import { RECORD_COLUMNS, exportRecords } from '../charts/export/records';
import { renderExportSvg } from '../charts/export/render';
import { sourceLine } from '../data/describe';
import { summarise } from '../data/dataset-summary';
import { buildRegionIndex } from '../data/regions';
import type { RegionIndex } from '../data/regions';
import type { Dataset, Lang } from '../data/schema';
import { validateDataset, validateRegions } from '../data/worker/validate';
import { buildExplorerOption } from './dataset-explorer/build-explorer-option';
import { buildFirearmSeizureOptions } from './firearm-seizures/build-firearm-seizures-options';
import { buildHealthOutcomesOptions } from './health-outcomes/build-health-outcomes-options';
import { buildHealthReformOptions } from './health-reform/build-health-reform-options';
import { buildHealthResourcesOption } from './health-resources/build-health-resources-option';
import { buildEmergencyOptions } from './hohhot-emergency/build-emergency-options';
import { buildFamilyDoctorsOption } from './hohhot-family-doctors/build-family-doctors-option';
import { buildFiveCentresOption } from './hohhot-five-centres/build-five-centres-option';
import { buildMedicalGroupsOption } from './hohhot-medical-groups/build-medical-groups-option';
import { buildHousingFundOption } from './housing-fund/build-housing-fund-option';
import { buildMorinDawaOptions } from './morin-dawa-poverty/build-morin-dawa-options';
import { buildOverviewMapOption, countFigures } from './overview-map/build-overview-map-option';
import { readJson } from '../../tests/unit/load-fixtures';

/**
 * Issue 6, item 3: every string that comes from the data is shown as text. Each real dataset
 * (and regions.json) is copied with every human-readable string wrapped in a payload; every
 * option builder runs on the copy in both languages, every formatter is called, and every
 * export is parsed back. HTML sinks (tooltips, the SVG) must carry the payload as escaped text;
 * canvas sinks (labels, axis names, legends) must carry it verbatim and, where ECharts parses
 * rich text, without markup of the data's own; CSV cells must not start a formula.
 */

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  'javascript:alert(1)',
  '{a|rich}',
  '{b}',
  '=HYPERLINK("http://evil")',
  '+cmd',
  '-1+1',
  '@SUM(A1)',
  '"quoted, with comma"',
  '\n',
] as const;
type Payload = (typeof PAYLOADS)[number];
const LANGS_TRIED: readonly Lang[] = ['zh', 'en'];
const CITY = '150100';

/**
 * Tried payload × place pairs: each check of a string that carries the payload counts one
 * (a tooltip, a label, a CSV cell, an SVG text…); each test asserts its share.
 */
let places = 0;
const tried = (shown: string | null, payload: Payload) => {
  if (shown?.includes(payload)) places += 1;
};
/** Rich-text tokens met in formatter output: the five-centres row highlight writes one. */
let richTokens = 0;

// ---------------------------------------------------------------------------------------------
// The hostile copies.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Leading payload, so CSV cells start with it; a whitespace payload (trimmed by the schema) goes inside. */
const wrap = (text: string, payload: Payload) =>
  payload.trim() === '' ? `${text}${payload}${text}` : `${payload}${text}${payload}`;

const isLocalized = (value: Json): value is { zh: string; en: string } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof value.zh === 'string' &&
  typeof value.en === 'string';

/**
 * Wraps every {zh, en} text (titles, descriptions, names, units, notes, publications,
 * headlines, authors, category and dimension names), quotes, pages and region aliases.
 * `keep` names paths left as they are.
 */
const hostileJson = (
  json: Json,
  payload: Payload,
  keep: (path: string) => boolean,
  path = '$',
): Json => {
  if (Array.isArray(json))
    return json.map((v, i) => hostileJson(v, payload, keep, `${path}[${i}]`));
  if (json === null || typeof json !== 'object') return json;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(json)) {
    const at = `${path}.${key}`;
    if (keep(at)) out[key] = value;
    else if (isLocalized(json) && typeof value === 'string') out[key] = wrap(value, payload);
    else if ((key === 'quote' || key === 'page') && typeof value === 'string')
      out[key] = wrap(value, payload);
    else if (key === 'aliases' && Array.isArray(value))
      out[key] = value.map((a) => (typeof a === 'string' ? wrap(a, payload) : a));
    else out[key] = hostileJson(value, payload, keep, at);
  }
  return out;
};

const manifest = readJson('public/data/manifest.json') as {
  datasets: { id: string; file: string }[];
};
const regionsJson = readJson('public/data/regions.json') as Json;
const realCodes = new Set(
  (regionsJson as { regions: { code: string }[] }).regions.map((r) => r.code),
);

// The firearm panel sorts seizures into charts by their Chinese unit (支, 枚, 公斤…): a key,
// not text, so it stays; its English unit and everything else is wrapped.
const KEEP: Record<string, (path: string) => boolean> = {
  'firearm-seizures-2020': (path) => /^\$\.indicators\[\d+\]\.unit\.zh$/.test(path),
};

interface Hostile {
  payload: Payload;
  datasets: Map<string, Dataset>;
  regions: RegionIndex;
}

const hostile = (payload: Payload): Hostile => {
  const regions = validateRegions(hostileJson(regionsJson, payload, () => false));
  if (!regions.ok)
    throw new Error(`hostile regions.json is invalid: ${JSON.stringify(regions.problems)}`);
  const datasets = new Map(
    manifest.datasets.map(({ id, file }) => {
      const json = hostileJson(
        readJson(`public/data/${file}`) as Json,
        payload,
        KEEP[id] ?? (() => false),
      );
      // As the app would load it: validated (and trimmed) by the real schema.
      const result = validateDataset(json, realCodes, id);
      if (!result.ok)
        throw new Error(`hostile ${id} is invalid: ${JSON.stringify(result.problems)}`);
      return [id, result.value] as const;
    }),
  );
  return { payload, datasets, regions: buildRegionIndex(regions.value) };
};

const datasetOf = (h: Hostile, id: string) => {
  const d = h.datasets.get(id);
  if (!d) throw new Error(`no dataset ${id}`);
  return d;
};

// ---------------------------------------------------------------------------------------------
// Every panel's charts, built from the hostile data as its component builds them.

interface Built {
  panel: string;
  title: string;
  option: EChartsCoreOption;
  /** Text React renders next to the chart (captions, HTML legends, notes). */
  texts: string[];
}

const buildAll = (h: Hostile, lang: Lang, selectedRegion: string): Built[] => {
  const regionName = (code: string) => h.regions.name(code, lang);
  const context = { lang, regionName };
  const health = datasetOf(h, 'health-13th-fyp');
  const hohhot = datasetOf(h, 'hohhot-medical-groups');
  const divisions = h.regions.children(CITY).map((r) => r.code);
  const charts = (
    panel: string,
    list: readonly { title: string; option: EChartsCoreOption; caption?: string }[],
  ) =>
    list.map((c): Built => ({
      panel,
      title: c.title,
      option: c.option,
      texts: c.caption ? [c.caption] : [],
    }));
  const one = (
    panel: string,
    chart: { title: string; option: EChartsCoreOption; caption?: string } | null,
  ) => (chart ? charts(panel, [chart]) : []);

  const firearm = datasetOf(h, 'firearm-seizures-2020');
  const housing = datasetOf(h, 'housing-fund-services');
  const morin = datasetOf(h, 'morin-dawa-poverty');
  const fiveCentres = buildFiveCentresOption(hohhot, hohhot.observations, {
    ...context,
    city: CITY,
    divisions,
    selectedRegion,
  });
  const medicalGroups = buildMedicalGroupsOption(hohhot, hohhot.observations, {
    ...context,
    map: CITY,
    regions: divisions,
    selectedRegion,
  });
  const housingOption = buildHousingFundOption(housing, housing.observations, context);
  // The generic explorer, on the first numeric indicator of each dataset over its years.
  const explorer = [...h.datasets.values()].flatMap((dataset) => {
    const years = dataset.observations.map((o) => o.year);
    const indicator = dataset.indicators.find((i) => i.kind !== 'category');
    return indicator
      ? [
          buildExplorerOption(
            dataset.observations,
            indicator,
            { from: Math.min(...years), to: Math.max(...years) },
            context,
          ),
        ]
      : [];
  });
  return [
    ...charts('dataset-explorer', explorer),
    ...charts(
      'firearm-seizures',
      buildFirearmSeizureOptions(firearm, firearm.observations, context),
    ),
    ...charts('health-outcomes', buildHealthOutcomesOptions(health, health.observations, context)),
    ...charts('health-reform', buildHealthReformOptions(health, health.observations, context)),
    ...one('health-resources', buildHealthResourcesOption(health, health.observations, context)),
    ...charts('hohhot-emergency', buildEmergencyOptions(hohhot, hohhot.observations, context)),
    ...one('hohhot-family-doctors', buildFamilyDoctorsOption(hohhot, hohhot.observations, context)),
    {
      panel: 'hohhot-five-centres',
      title: fiveCentres.rows.map((r) => r.label).join(' '),
      option: fiveCentres.option,
      texts: [...fiveCentres.rows.map((r) => r.label), ...fiveCentres.legend.map((l) => l.label)],
    },
    {
      panel: 'hohhot-medical-groups',
      title: medicalGroups.groups.map((g) => g.label).join(' '),
      option: medicalGroups.option,
      texts: [
        medicalGroups.derivedNote,
        ...medicalGroups.groups.flatMap((g) => [g.label, ...g.members.map((m) => m.name)]),
      ].filter(Boolean),
    },
    ...(housingOption
      ? [{ panel: 'housing-fund', title: housing.title[lang], option: housingOption, texts: [] }]
      : []),
    ...charts('morin-dawa-poverty', buildMorinDawaOptions(morin, morin.observations, context)),
    {
      panel: 'overview-map',
      title: h.regions.name('150000', lang),
      option: buildOverviewMapOption(
        countFigures([...h.datasets.values()].map(summarise), h.regions),
        {
          lang,
          regions: h.regions,
          selected: selectedRegion,
          figuresLabel: wrap('figures', h.payload),
          title: wrap('title', h.payload),
        },
      ),
      texts: [],
    },
  ];
};

/** Panels whose option changes with the selected region beyond the filter. */
const SELECTION_PANELS = ['hohhot-five-centres', 'hohhot-medical-groups', 'overview-map'];

const PANELS = [
  'dataset-explorer',
  'firearm-seizures',
  'health-outcomes',
  'health-reform',
  'health-resources',
  'hohhot-emergency',
  'hohhot-family-doctors',
  'hohhot-five-centres',
  'hohhot-medical-groups',
  'housing-fund',
  'morin-dawa-poverty',
  'overview-map',
];

// ---------------------------------------------------------------------------------------------
// Walking an option.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Visit {
  path: string[];
  key: string;
  value: unknown;
  /** The objects from the root down to the parent: ECharts' text style inheritance follows them. */
  ancestors: Obj[];
}

const walk = (
  node: unknown,
  visit: (v: Visit) => void,
  path: string[] = [],
  ancestors: Obj[] = [],
) => {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, visit, [...path, String(i)], ancestors));
    return;
  }
  if (!isObj(node)) return;
  const chain = [...ancestors, node];
  for (const [key, value] of Object.entries(node)) {
    visit({ path, key, value, ancestors: chain });
    walk(value, visit, [...path, key], chain);
  }
};

/** zrender's rich-text token: `{styleName|text}` (zrender/src/graphic/helper/parseText.ts). */
const RICH_TOKEN = /\{([a-zA-Z0-9_]+)\|([^}]*)\}/g;

const richNames = (ancestors: readonly Obj[]): Set<string> =>
  new Set(ancestors.flatMap((a) => (isObj(a.rich) ? Object.keys(a.rich) : [])));

const FORBIDDEN_HTML = /<\s*\/?\s*(img|script)\b/i;

/** The only tags tooltipHtml writes: div and span with an inline style of its own. */
const TOOLTIP_TAG = /^<(?:(div|span)(?: style="[\w\s:;,.%()#-]*")?|\/(div|span))>$/;
const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * Tooltip HTML: only the markup tooltipHtml writes; the data is text and all of it is there.
 * Every "<" must open one of those tags, so no data can start an element; `parse` also lets
 * the DOM parse it (slower; done for the first tooltip of each option).
 */
const checkTooltipHtml = (html: unknown, payload: Payload, where: string, parse: boolean) => {
  expect(typeof html, where).toBe('string');
  const text = html as string;
  expect(text, where).not.toMatch(FORBIDDEN_HTML);
  const tags = text.match(/<[^>]*>?/g) ?? [];
  expect(
    tags.filter((tag) => !TOOLTIP_TAG.test(tag)),
    where,
  ).toEqual([]);
  const shown = text
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e]!);
  expect(shown, where).toContain(payload);
  if (parse) {
    const template = document.createElement('template');
    template.innerHTML = text;
    const unexpected = [...template.content.querySelectorAll('*')].flatMap((el) => [
      ...(['DIV', 'SPAN'].includes(el.tagName) ? [] : [`<${el.tagName}>`]),
      ...el.getAttributeNames().filter((a) => a !== 'style'),
    ]);
    expect(unexpected, where).toEqual([]);
    expect(template.content.textContent, where).toBe(shown);
  }
  tried(shown, payload);
};

/** Canvas text: verbatim, never HTML-escaped, and no rich markup unless the code wrote it. */
const checkCanvasText = (
  text: unknown,
  rich: ReadonlySet<string>,
  where: string,
  payload: Payload,
) => {
  expect(typeof text, where).toBe('string');
  const s = text as string;
  expect(s, where).not.toMatch(/&(lt|gt|amp|quot|#39);/);
  if (rich.size > 0) {
    const left = s.replace(RICH_TOKEN, (token, name: string, inner: string) => {
      richTokens += 1;
      expect(rich.has(name), `${where}: data became the rich style "${name}" in ${token}`).toBe(
        true,
      );
      return inner;
    });
    expect(left, `${where}: braces from the data reach rich text`).not.toMatch(/[{}]/);
  }
  tried(s, payload);
};

interface SeriesLike {
  name?: unknown;
  data?: unknown;
}

/** Parameters as ECharts passes them to item formatters, from the series' own data. */
const itemParams = (option: EChartsCoreOption) => {
  const series = (Array.isArray(option.series) ? option.series : [option.series]) as SeriesLike[];
  return series.flatMap((s, seriesIndex) =>
    (Array.isArray(s.data) ? (s.data as unknown[]) : []).flatMap((data, dataIndex) =>
      data === null || data === undefined
        ? []
        : [
            {
              componentType: 'series',
              seriesIndex,
              seriesName: s.name,
              dataIndex,
              data,
              value: isObj(data) ? data.value : data,
              name: isObj(data) && typeof data.name === 'string' ? data.name : String(dataIndex),
            },
          ],
    ),
  );
};

/** Calls every formatter of an option with what ECharts would give it, and checks the output. */
const checkOption = (built: Built, payload: Payload) => {
  const { option, panel } = built;
  const params = itemParams(option);
  expect(params.length, `${panel} has data`).toBeGreaterThan(0);
  let formatters = 0;
  walk(option, ({ path, key, value, ancestors }) => {
    const where = `${panel} ${[...path, key].join('.')}`;
    if (key === 'formatter' && typeof value === 'string') {
      // A string formatter is an ECharts template: it must come from code, never from data.
      expect(value, where).not.toContain(payload.trim() || '\u0000');
      return;
    }
    if (key !== 'formatter' || typeof value !== 'function') return;
    formatters += 1;
    const call = value as (arg: unknown) => unknown;
    if (path.includes('tooltip')) {
      params.forEach((p, i) => checkTooltipHtml(call(p), payload, where, i === 0));
    } else if (path.at(-1) === 'axisLabel') {
      const axis = ancestors.at(-2);
      const data = axis && Array.isArray(axis.data) ? (axis.data as unknown[]) : [0, 1.5, 1e6];
      for (const d of data) checkCanvasText(call(d), richNames(ancestors), where, payload);
    } else {
      for (const p of params) checkCanvasText(call(p), richNames(ancestors), where, payload);
    }
  });
  expect(formatters, `${panel} formatters`).toBeGreaterThan(0);

  // Plain strings in the option are drawn as canvas text: in a rich-text scope they must carry
  // no markup; everywhere else ECharts shows them as they are.
  walk(option, ({ path, key, value, ancestors }) => {
    if (typeof value !== 'string' || key === 'formatter') return;
    const rich = richNames(ancestors);
    if (rich.size === 0 || !value.includes(payload.trim() || '\u0000')) return;
    checkCanvasText(value, rich, `${panel} ${[...path, key].join('.')}`, payload);
  });

  // ECharts sets an aria description with setAttribute: plain text, never pre-escaped.
  const aria = (option as { aria?: { label?: { description?: unknown } } }).aria;
  const description = aria?.label?.description;
  if (typeof description === 'string') {
    expect(description, `${panel} aria`).not.toMatch(/&(lt|gt|amp|quot|#39);/);
    tried(description, payload);
  }

  // The text React shows next to the chart: verbatim (React escapes it), never pre-escaped.
  for (const text of [built.title, ...built.texts]) {
    expect(text).not.toMatch(/&(lt|gt|amp|quot|#39);/);
    tried(text, payload);
  }
};

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180) read back the way a spreadsheet would split it.

const parseCsv = (csv: string): string[][] => {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.slice(UTF8_BOM.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      // A bare quote inside an unquoted field or a bare CR/LF would be malformed CSV.
      if (ch === '"' || ch === '\n' || ch === '\r') {
        throw new Error(`malformed CSV: stray ${JSON.stringify(ch)} at ${i}`);
      }
      cell += ch;
    }
  }
  expect(quoted).toBe(false);
  expect(cell === '' && row.length === 0).toBe(true);
  return rows;
};

/** csv.ts' convention: text starting with = + - @ (or tab/CR) is prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const csvText = (cell: Cell) =>
  cell === null
    ? ''
    : typeof cell === 'number'
      ? Number.isFinite(cell)
        ? String(cell)
        : ''
      : typeof cell === 'boolean'
        ? String(cell)
        : FORMULA_START.test(cell)
          ? `'${cell}`
          : cell;

// ---------------------------------------------------------------------------------------------
// SVG: the composer's vocabulary plus what ECharts' SVG renderer draws. Nothing that runs code.

const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'rect',
  'text',
  'tspan',
  'path',
  'polygon',
  'polyline',
  'circle',
  'defs',
  'clipPath',
  'pattern',
  'linearGradient',
  'radialGradient',
  'stop',
  'filter',
  'feDropShadow',
  // ECharts' SSR output carries its hover styles as CSS.
  'style',
]);

/** The caption lines as composeSvg draws them when they fit (the hostile ones do). */
const shortTexts = (caption: ExportCaption) => [caption.title, caption.subtitle];

/** A part of the payload that survives line wrapping and whitespace: its non-space characters. */
const visible = (payload: Payload) => payload.replace(/\s/g, '').slice(0, 12);

const checkSvg = (
  svg: string,
  expectedTexts: readonly string[],
  where: string,
  payload: Payload,
) => {
  // Data belongs in text nodes only: zrender writes attribute values and <style> unescaped.
  const token = visible(payload);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), where).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  const problems: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    if (!SVG_ELEMENTS.has(el.localName)) problems.push(`<${el.localName}>`);
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (attr.toLowerCase().startsWith('on')) problems.push(`${attr} on <${el.localName}>`);
      if (/^\s*javascript:/i.test(value)) problems.push(`${attr}="${value}"`);
      if (token && value.includes(token)) problems.push(`data in ${attr}="${value}"`);
    }
    if (token && el.localName === 'style' && el.textContent.includes(token)) {
      problems.push('data in <style>');
    }
  }
  expect(problems, where).toEqual([]);
  const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
  for (const expected of expectedTexts) {
    // Drawn whole, or cut with an ellipsis where it would run off the image.
    const drawn = texts.some(
      (t) =>
        t === expected || (t.endsWith('…') && t.length > 1 && expected.startsWith(t.slice(0, -1))),
    );
    expect(
      drawn,
      `${where}: ${JSON.stringify(expected)} drawn as text in ${JSON.stringify(texts)}`,
    ).toBe(true);
    tried(expected, payload);
  }
  return doc;
};

// ---------------------------------------------------------------------------------------------

const HOSTILE = PAYLOADS.map(hostile);
const cases = HOSTILE.map((h) => [JSON.stringify(h.payload), h] as const);

beforeAll(async () => {
  // jsdom has no canvas: give zrender a width estimate instead of its canvas measurement.
  setPlatformAPI({ measureText: (text = '') => ({ width: [...text].length * 7 }) });
  await loadModules(['map', 'heatmap']);
  for (const code of ['150000', CITY])
    registerMapOnce(code, readJson(`public/data/geo/${code}.json`));
});

/** The human-readable strings of a dataset: what the hostile copy must have wrapped. */
const humanStrings = (d: Dataset): string[] => [
  d.title.zh,
  d.title.en,
  d.description.zh,
  d.description.en,
  ...d.sources.flatMap((s) => [s.publication.zh, s.publication.en, s.headline.zh, s.headline.en]),
  ...d.indicators.flatMap((i) => [
    i.name.zh,
    i.name.en,
    i.unit.en,
    ...(i.categories ?? []).flatMap((c) => [c.name.zh, c.name.en]),
  ]),
  ...(d.dimensions ?? []).flatMap((dim) => [
    dim.name.zh,
    dim.name.en,
    ...dim.values.flatMap((v) => [v.name.zh, v.name.en]),
  ]),
  ...d.observations.flatMap((o) => [o.quote, ...(o.note ? [o.note.zh, o.note.en] : [])]),
];

describe('the hostile copies', () => {
  it('reach every feature folder', () => {
    // A new feature must be added to buildAll above, so its builder meets the payloads too.
    const folders = readdirSync(join(process.cwd(), 'src/features'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !PANELS.includes(f))).toEqual([]);
  });

  it.each(cases)('carry %s in every human-readable string and still validate', (_, h) => {
    expect([...h.datasets.keys()].sort()).toEqual(manifest.datasets.map((d) => d.id).sort());
    for (const dataset of h.datasets.values()) {
      const strings = humanStrings(dataset);
      expect(strings.length).toBeGreaterThan(20);
      expect(strings.filter((s) => !s.includes(h.payload))).toEqual([]);
    }
    const names = h.regions.all.flatMap((r) => [r.name.zh, r.name.en]);
    expect(names.filter((s) => !s.includes(h.payload))).toEqual([]);
  });
});

describe('hostile strings in every chart option', () => {
  it.each(cases)(
    'shows %s as text in every formatter, label and caption',
    (_, h) => {
      const before = places;
      const tokensBefore = richTokens;
      const divisions = h.regions.children(CITY).map((r) => r.code);
      for (const lang of LANGS_TRIED) {
        const built = buildAll(h, lang, '150000');
        expect(new Set(built.map((b) => b.panel))).toEqual(new Set(PANELS));
        for (const b of built) checkOption(b, h.payload);
        // A selected county: the five-centres row highlight (rich text) and the map's edge.
        for (const b of buildAll(h, lang, divisions[1] ?? CITY)) {
          if (SELECTION_PANELS.includes(b.panel)) checkOption(b, h.payload);
        }
      }
      expect(places - before).toBeGreaterThanOrEqual(700);
      // The selected county's row was highlighted through rich text, and checked.
      expect(richTokens - tokensBefore).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('hostile strings in every export', () => {
  it.each(cases)(
    'guards %s in CSV, keeps it in JSON and README, escapes it in SVG',
    (_, h) => {
      const before = places;
      for (const lang of LANGS_TRIED) {
        for (const dataset of h.datasets.values()) {
          const records = exportRecords(dataset, dataset.observations, h.regions, lang);

          // CSV: every cell reads back as written, and none starts a formula.
          const rows = parseCsv(toCsv(RECORD_COLUMNS, records));
          expect(rows).toEqual([
            [...RECORD_COLUMNS],
            ...records.map((record) => RECORD_COLUMNS.map((column) => csvText(record[column]))),
          ]);
          expect(
            rows
              .slice(1)
              .flat()
              .filter((cell) => FORMULA_START.test(cell)),
          ).toEqual([]);
          for (const record of records) {
            for (const column of RECORD_COLUMNS) {
              const value = record[column];
              if (typeof value === 'string') tried(value, h.payload);
            }
          }

          // JSON: data, so the strings come back exactly as they are.
          const filters = {
            region: '150000',
            regionName: h.regions.name('150000', lang),
            from: null,
            to: null,
          };
          const json = JSON.parse(
            toJson({
              panel: dataset.id,
              title: dataset.title[lang],
              filters,
              sources: dataset.sources,
              records,
            }),
          ) as { title: string; filters: unknown; observations: unknown };
          expect(json.title).toBe(dataset.title[lang]);
          expect(json.filters).toEqual(filters);
          expect(json.observations).toEqual(records);
          tried(json.title, h.payload);

          // Caption and composed SVG: the caption is text, the composer escapes it.
          const caption = exportCaption({
            title: dataset.title[lang],
            regionName: h.regions.name('150000', lang),
            from: null,
            to: null,
            years: dataset.observations.map((o) => o.year),
            sources: dataset.sources,
            lang,
          });
          expect(caption.title).toBe(dataset.title[lang]);
          expect(caption.subtitle).toContain(h.regions.name('150000', lang));
          expect(caption.footer).toContain(sourceLine(dataset.sources[0], lang));
          for (const line of [caption.title, caption.subtitle, caption.footer])
            tried(line, h.payload);
          for (const background of BACKGROUNDS) {
            const [cell] = layoutCells(1, 'landscape');
            const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
            const svg = composeSvg(
              caption,
              [{ title: dataset.title[lang], svg: chart, cell: cell! }],
              'landscape',
              background,
            );
            checkSvg(svg, shortTexts(caption), `${dataset.id} ${lang} ${background}`, h.payload);
          }

          // Embed code: one iframe, the title an attribute value that reads back as written.
          const embed = document.createElement('template');
          embed.innerHTML = embedCode(
            embedUrl('https://example.test/?lang=en#x', `explore-${dataset.id}`),
            dataset.title[lang],
            400,
          );
          const frames = [...embed.content.querySelectorAll('*')];
          expect(frames.map((el) => el.tagName)).toEqual(['IFRAME']);
          expect(frames[0]!.getAttributeNames().sort()).toEqual(
            ['height', 'loading', 'src', 'style', 'title', 'width'].sort(),
          );
          expect(frames[0]!.getAttribute('title')).toBe(dataset.title[lang]);
          tried(frames[0]!.getAttribute('title'), h.payload);

          // README of "Export all": plain text, the titles and sources as they are.
          const readme = exportReadme(
            {
              url: 'https://example.test/?lang=en',
              filters: caption.subtitle,
              panels: [
                {
                  title: dataset.title[lang],
                  files: [`${dataset.id}.csv`],
                  rows: records.length,
                  sources: dataset.sources.map((s) => sourceLine(s, lang)),
                },
              ],
            },
            lang,
          );
          expect(readme).toContain(`== ${dataset.title[lang]}`);
          for (const s of dataset.sources) expect(readme).toContain(sourceLine(s, lang));
          tried(readme, h.payload);
        }
      }
      expect(places - before).toBeGreaterThanOrEqual(1800);
    },
    60_000,
  );

  it.each(cases)(
    'draws %s as escaped text when ECharts renders each chart to SVG',
    (_, h) => {
      const before = places;
      // One language per payload, alternating: both languages meet half the payloads each.
      for (const lang of [LANGS_TRIED[PAYLOADS.indexOf(h.payload) % 2]!]) {
        for (const built of buildAll(h, lang, h.regions.children(CITY)[1]?.code ?? CITY)) {
          const caption: ExportCaption = {
            title: built.title,
            subtitle: h.regions.name('150000', lang),
            footer: wrap('footer', h.payload),
          };
          const svg = renderExportSvg({
            caption,
            charts: [{ title: built.title, option: built.option }],
            preset: 'landscape',
            background: 'light',
            lang,
          });
          const doc = checkSvg(svg, [caption.subtitle], `${built.panel} ${lang}`, h.payload);
          // The data's text is in the drawing, as text (possibly wrapped over several lines).
          const drawn = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('');
          expect(drawn.replace(/\s/g, ''), built.panel).toContain(visible(h.payload));
          tried(drawn, h.payload);
        }
      }
      expect(places - before).toBeGreaterThanOrEqual(3 * PANELS.length);
    },
    60_000,
  );
});
