import { createParser, createSerializer, parseAsStringLiteral } from 'nuqs';
import { isFigureId } from '../data/figure-id';
import { LANGS, TOPICS } from '../data/vocabulary';
import type { Lang, Topic } from '../data/schema';
import { PANEL_TABS } from '../ui/view-props';
import { PANEL_IDS } from './registry';

/**
 * The one serialisable view state. The URL holds only what differs from the defaults
 * (nuqs' clearOnDefault), so a shared link is as short as the view is specific.
 */
export const DEFAULT_REGION = '150000';
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

// Strict: "2019abc" or "19" is not a year (parseInt would accept the first).
const parseAsYear = createParser({
  parse: (v) => (/^\d{4}$/.test(v) ? Number(v) : null),
  serialize: String,
});
const parseAsRegionCode = createParser({
  parse: (v) => (/^\d{6}$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

// nuqs' parseAsBoolean reads anything but "true" as false; a link saying `patterns=yes`
// deserves a notice, not a silent "off".
const parseAsFigureId = createParser({
  parse: (v) => (isFigureId(v) ? v : null),
  serialize: (v: string) => v,
});

const parseAsStrictBoolean = createParser({
  parse: (v) => (v === 'true' ? true : v === 'false' ? false : null),
  serialize: (v: boolean) => String(v),
});

export const tabKey = (panel: string) => `tab.${panel}` as const;
type TabKey = ReturnType<typeof tabKey>;

const tabParser = parseAsStringLiteral(PANEL_TABS).withDefault('chart');
const tabParsers = Object.fromEntries(PANEL_IDS.map((id) => [tabKey(id), tabParser])) as Record<
  TabKey,
  typeof tabParser
>;

const baseParsers = {
  region: parseAsRegionCode.withDefault(DEFAULT_REGION),
  from: parseAsYear,
  to: parseAsYear,
  topic: parseAsStringLiteral(TOPICS),
  lang: parseAsStringLiteral(LANGS).withDefault('zh'),
  theme: parseAsStringLiteral(THEMES),
  /** `?patterns=true`: decal patterns on chart marks, for colour-blind readers and print. */
  patterns: parseAsStrictBoolean.withDefault(false),
  /** `?embed=<panel id>`: that one panel alone, for an iframe. */
  embed: parseAsStringLiteral(PANEL_IDS),
  /** `?figure=<figure id>` (src/data/figure-id.ts): that figure, scrolled to and highlighted. */
  figure: parseAsFigureId,
};

export const viewParsers: typeof baseParsers & Record<TabKey, typeof tabParser> = {
  ...baseParsers,
  ...tabParsers,
};

export type ViewParam = keyof typeof viewParsers;

/** The parsers of a page whose own language is `lang` (`/en/` is English without `?lang=en`). */
export const viewParsersFor = (lang: Lang): typeof viewParsers =>
  lang === 'zh' ? viewParsers : { ...viewParsers, lang: viewParsers.lang.withDefault(lang) };

/** The parser of a known parameter (tab parameters share one). */
export const parserOf = (param: ViewParam) =>
  param in baseParsers ? baseParsers[param as keyof typeof baseParsers] : tabParser;

export const serializeView = createSerializer(viewParsers);

export interface Dropped {
  param: string;
  value: string;
  reason:
    | 'unknown-parameter'
    | 'repeated'
    | 'invalid'
    | 'unknown-region'
    | 'year-out-of-range'
    | 'from-after-to'
    | 'unknown-figure';
}

export interface AuditContext {
  regionCodes: ReadonlySet<string>;
  /** The years the data covers, inclusive. */
  years: readonly [number, number];
  /** Whether a figure id names a figure of the data; absent: figure ids are not checked. */
  figureKnown?: (id: string) => boolean;
}

const isViewParam = (key: string): key is ViewParam => Object.hasOwn(viewParsers, key);

/**
 * What in a query string cannot be applied, and why. Everything listed is dropped from the
 * URL and named in a notice; everything else is applied as it is.
 */
export const auditSearch = (search: string, ctx: AuditContext): Dropped[] => {
  const params = new URLSearchParams(search);
  const dropped: Dropped[] = [];
  const seen = new Set<string>();
  const years: Partial<Record<'from' | 'to', number>> = {};
  for (const [param, value] of params) {
    if (seen.has(param)) continue;
    seen.add(param);
    // Two values for one parameter: neither is more right than the other, so both go.
    if (params.getAll(param).length > 1) {
      dropped.push({ param, value: params.getAll(param).join(', '), reason: 'repeated' });
      continue;
    }
    if (!isViewParam(param)) {
      dropped.push({ param, value, reason: 'unknown-parameter' });
      continue;
    }
    const parsed: unknown = parserOf(param).parse(value);
    if (parsed === null) dropped.push({ param, value, reason: 'invalid' });
    else if (param === 'region' && !ctx.regionCodes.has(value))
      dropped.push({ param, value, reason: 'unknown-region' });
    else if (param === 'figure' && ctx.figureKnown && !ctx.figureKnown(value))
      dropped.push({ param, value, reason: 'unknown-figure' });
    else if ((param === 'from' || param === 'to') && typeof parsed === 'number') {
      if (parsed < ctx.years[0] || parsed > ctx.years[1])
        dropped.push({ param, value, reason: 'year-out-of-range' });
      else years[param] = parsed;
    }
  }
  if (years.from !== undefined && years.to !== undefined && years.from > years.to) {
    dropped.push({ param: 'from', value: String(years.from), reason: 'from-after-to' });
    dropped.push({ param: 'to', value: String(years.to), reason: 'from-after-to' });
  }
  return dropped;
};

/** The search string without the dropped parameters, for rewriting the URL. */
export const withoutDropped = (search: string, dropped: readonly Dropped[]): string => {
  const params = new URLSearchParams(search);
  dropped.forEach((d) => params.delete(d.param));
  const rest = params.toString();
  return rest ? `?${rest}` : '';
};

export interface FilterState {
  region: string;
  from: number | null;
  to: number | null;
  topic: Topic | null;
}

/**
 * The filters actually applied. Until the data has loaded (ctx null) only the syntax is
 * known; afterwards an unknown region or an impossible range falls back to the default,
 * so a bad link never shows a broken view, even before the URL is rewritten.
 */
export const applyFilters = (
  state: { region: string; from: number | null; to: number | null; topic: Topic | null },
  ctx: AuditContext | null,
): FilterState => {
  if (!ctx) return { ...state };
  const inRange = (y: number | null) =>
    y !== null && y >= ctx.years[0] && y <= ctx.years[1] ? y : null;
  let from = inRange(state.from);
  let to = inRange(state.to);
  if (from !== null && to !== null && from > to) from = to = null;
  return {
    region: ctx.regionCodes.has(state.region) ? state.region : DEFAULT_REGION,
    from,
    to,
    topic: state.topic,
  };
};

/** The figure actually shown: none while unknown to the data, like an unknown region. */
export const applyFigure = (figure: string | null, ctx: AuditContext | null): string | null =>
  figure !== null && ctx?.figureKnown?.(figure) !== false ? figure : null;

export type { Lang };
