import type { RegionIndex } from '../../data/regions';
import { buildRegionIndex } from '../../data/regions';
import type { Dataset, Lang } from '../../data/schema';
import { validateDataset, validateRegions } from '../../data/worker/validate';
import { readJson } from '../../../tests/unit/load-fixtures';

/**
 * Copies of every real dataset (and regions.json) with every human-readable string wrapped in
 * a hostile payload, validated by the real schema as the app would load them.
 */
export const PAYLOADS = [
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
export type Payload = (typeof PAYLOADS)[number];
export const LANGS_TRIED: readonly Lang[] = ['zh', 'en'];
export const CITY = '150100';

/**
 * Tried payload × place pairs: each check of a string that carries the payload counts one
 * (a tooltip, a label, a CSV cell, an SVG text…); each test asserts its share.
 */
export const counts = { places: 0, richTokens: 0 };
export const tried = (shown: string | null, payload: Payload) => {
  if (shown?.includes(payload)) counts.places += 1;
};

// ---------------------------------------------------------------------------------------------
// The hostile copies.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Leading payload, so CSV cells start with it; a whitespace payload (trimmed by the schema) goes inside. */
export const wrap = (text: string, payload: Payload) =>
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

export const manifest = readJson('public/data/manifest.json') as {
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

export interface Hostile {
  payload: Payload;
  datasets: Map<string, Dataset>;
  regions: RegionIndex;
}

export const hostile = (payload: Payload): Hostile => {
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

export const datasetOf = (h: Hostile, id: string) => {
  const d = h.datasets.get(id);
  if (!d) throw new Error(`no dataset ${id}`);
  return d;
};

export const HOSTILE = PAYLOADS.map(hostile);

/** The human-readable strings of a dataset: what the hostile copy must have wrapped. */
export const humanStrings = (d: Dataset): string[] => [
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
