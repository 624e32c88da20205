import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { createLoader } from 'nuqs';
import type { inferParserType } from 'nuqs';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { figureId } from '../data/figure-id';
import { LANGS, TOPICS } from '../data/vocabulary';
import type { RegionsFile } from '../data/schema';
import { PANEL_TABS } from '../ui/view-props';
import { PANEL_IDS } from './registry';
import { UrlNotice } from './url-notice';
import {
  DEFAULT_REGION,
  THEMES,
  applyFigure,
  applyFilters,
  auditSearch,
  serializeView,
  parserOf,
  tabKey,
  viewParsers,
  withoutDropped,
} from './view-state';
import type { AuditContext, Dropped, ViewParam } from './view-state';
import { bundledDatasets, readJson } from '../../tests/unit/load-fixtures';

/**
 * Any query string, however broken, yields a valid view, a notice naming what
 * was dropped and why, and a rewritten URL that holds exactly what is applied. The context is
 * the real one: the regions of regions.json and the years of the bundled datasets.
 */

const SEED = 20261122;

const regionCodes = (readJson('public/data/regions.json') as RegionsFile).regions.map(
  (r) => r.code,
);
const allYears = bundledDatasets().flatMap((d) => d.observations.map((o) => o.year));
const figureIds = bundledDatasets().flatMap((d) => d.observations.map((o) => figureId(d.id, o)));
const knownFigures = new Set(figureIds);
const ctx: AuditContext = {
  regionCodes: new Set(regionCodes),
  years: [Math.min(...allYears), Math.max(...allYears)],
  figureKnown: (id) => knownFigures.has(id),
};
const [FIRST_YEAR, LAST_YEAR] = ctx.years;
const VIEW_PARAMS = Object.keys(viewParsers) as ViewParam[];
const isViewParam = (key: string): key is ViewParam => Object.hasOwn(viewParsers, key);

// ---------------------------------------------------------------------------------------------
// The view as the app applies it: nuqs reads the URL (first value of a key), then applyFilters
// checks the filters against the data (src/app/use-view.ts).

const loadView = createLoader(viewParsers);
type View = inferParserType<typeof viewParsers>;

const appliedView = (search: string): View => {
  const state: View = loadView(search);
  return { ...state, ...applyFilters(state, ctx), figure: applyFigure(state.figure, ctx) };
};
const DEFAULT_VIEW = appliedView('');

const checkValidView = (view: View) => {
  expect(ctx.regionCodes.has(view.region), view.region).toBe(true);
  for (const year of [view.from, view.to]) {
    if (year !== null) {
      expect(Number.isInteger(year)).toBe(true);
      expect(year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year).toBeLessThanOrEqual(LAST_YEAR);
    }
  }
  if (view.from !== null && view.to !== null) expect(view.from).toBeLessThanOrEqual(view.to);
  expect(view.topic === null || (TOPICS as readonly string[]).includes(view.topic)).toBe(true);
  expect(LANGS).toContain(view.lang);
  expect(view.theme === null || (THEMES as readonly string[]).includes(view.theme)).toBe(true);
  expect(view.embed === null || PANEL_IDS.includes(view.embed)).toBe(true);
  expect(['undefined', 'boolean']).toContain(typeof (view as Record<string, unknown>).patterns);
  expect(view.figure === null || /^[0-9a-z]{4}-[0-9a-z]{10}$/.test(view.figure)).toBe(true);
  for (const id of PANEL_IDS) expect(PANEL_TABS).toContain(view[tabKey(id)]);
};

/** What the app leaves in the address bar: withoutDropped, then nuqs clearing the dropped keys. */
const rewrite = (search: string, dropped: readonly Dropped[]) => {
  const rewritten = withoutDropped(search, dropped);
  const cleared = Object.fromEntries(
    dropped.filter((d) => isViewParam(d.param)).map((d) => [d.param, null]),
  );
  return { rewritten, final: serializeView(rewritten, cleared) };
};

// ---------------------------------------------------------------------------------------------
// Generators. A query string is a list of parts ("key=value" or junk), each tagged with what
// the audit must say about it on its own; repetition and from > to are worked out afterwards.

type Reason = Dropped['reason'];
interface Part {
  text: string;
  /** 'ok': applied as is. 'any': junk whose key is not a view parameter, or no pair at all. */
  tag: 'ok' | Reason | 'any';
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
const percent = (ch: string) => [...new TextEncoder().encode(ch)].map((b) => `%${hex(b)}`).join('');

/**
 * Writes a decoded key or value into a query string the way a person, a browser or a sloppy
 * link generator might: unreserved characters raw or percent-encoded at random, a space as
 * "+" or "%20", everything else percent-encoded (so "&", "=", "#" and "+" never break the pair).
 */
const written = (decoded: string): fc.Arbitrary<string> => {
  const chars = [...decoded];
  if (chars.length > 64)
    return fc.constant(chars.map((ch) => (/[\w.~-]/.test(ch) ? ch : percent(ch))).join(''));
  // One character in five of the unreserved ones is percent-encoded anyway.
  const flags = fc.array(fc.integer({ min: 0, max: 4 }), {
    minLength: chars.length,
    maxLength: chars.length,
  });
  return flags.map((dice) =>
    chars
      .map((ch, i) =>
        ch === ' '
          ? dice[i] === 0
            ? '%20'
            : '+'
          : /[\w.~-]/.test(ch) && dice[i] !== 0
            ? ch
            : percent(ch),
      )
      .join(''),
  );
};

const pair = (key: string | fc.Arbitrary<string>, value: fc.Arbitrary<string>, tag: Part['tag']) =>
  fc
    .tuple(typeof key === 'string' ? fc.constant(key) : key, value)
    .chain(([k, v]) => fc.tuple(written(k), written(v)))
    .map(([k, v]): Part => ({ text: `${k}=${v}`, tag }));

/** Strings that are not one of `valid` and that no percent-decoding turns into one. */
const notIn = (valid: readonly string[]) =>
  fc
    .oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(...valid).map((v) => v.toUpperCase()),
      fc.constantFrom(...valid).map((v) => ` ${v}`),
      fc.constantFrom(...valid).map((v) => `${v}\uFFFD`),
      fc.constantFrom('', '%', 'null', 'undefined', '0', 'x'.repeat(10_000), '中文'),
    )
    .filter((v) => !valid.includes(v));

const year = fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }).map(String);
const outOfRangeYear = fc
  .oneof(fc.integer({ min: 0, max: FIRST_YEAR - 1 }), fc.integer({ min: LAST_YEAR + 1, max: 9999 }))
  .map((y) => String(y).padStart(4, '0'));
const notAYear = fc
  .oneof(
    fc.constantFrom(
      '2019abc',
      '19',
      '20190',
      '2e3',
      '-2019',
      '+2019',
      ' 2019',
      '2019.0',
      '２０１９',
      '',
    ),
    fc.bigInt({ min: 10_000n, max: 10n ** 400n }).map(String),
    fc.constant('9'.repeat(10_000)),
    fc.string({ maxLength: 6 }),
  )
  .filter((v) => !/^\d{4}$/.test(v));
const unknownCode = fc.stringMatching(/^\d{6}$/).filter((c) => !ctx.regionCodes.has(c));
const notACode = fc
  .oneof(
    fc.constantFrom(
      'Hohhot',
      '呼和浩特市',
      '15010',
      '1501000',
      '150100 ',
      '１５０１００',
      '15010a',
      '',
    ),
    fc.stringMatching(/^\d{1,5}$/),
    fc.stringMatching(/^\d{7,20}$/),
    fc.constant('1'.repeat(10_000)),
  )
  .filter((v) => !/^\d{6}$/.test(v));

const tabParam = fc.constantFrom(...PANEL_IDS).map(tabKey);
const unknownKey = fc
  .oneof(
    fc.string({ maxLength: 16 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.constantFrom(
      'Region',
      'LANG',
      'from ',
      ' to',
      'tab.',
      'tab',
      'tab.unknown-panel',
      'tab.overview-map.x',
      'tab.Overview-Map',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'utm_source',
      'fbclid',
      '',
      'y'.repeat(10_000),
    ),
  )
  .filter((k) => !isViewParam(k));

/** Raw fragments a hand-edited or truncated link may carry; never a valid view parameter. */
const brokenRaw = fc.oneof(
  fc
    .constantFrom('%E4%B8', '%', '%%', '%zz', '%E4%B8%', '%C0%AF', '%FF', '%u4E2D')
    .map((broken): Part => ({ text: `${broken}=1`, tag: 'unknown-parameter' })),
  fc
    .tuple(
      fc.constantFrom(
        'region',
        'from',
        'to',
        'topic',
        'lang',
        'theme',
        'embed',
        tabKey('health-outcomes'),
      ),
      fc.constantFrom('%E4%B8', '%', '%zz', '%E4%B8%', 'en%E4%B8', 'zh%', '2019%', '150100%FF'),
    )
    .map(([key, broken]): Part => ({ text: `${key}=${broken}`, tag: 'invalid' })),
  // A key without "=", an empty pair, a lone "=", stray separators.
  fc.constantFrom('lang', 'region', 'embed').map((key): Part => ({ text: key, tag: 'invalid' })),
  fc.constantFrom('', '=', '==', '=x', '&', '&&').map((text): Part => ({ text, tag: 'any' })),
);

const validPart: fc.Arbitrary<Part> = fc.oneof(
  pair('region', fc.constantFrom(...regionCodes), 'ok'),
  pair('from', year, 'ok'),
  pair('to', year, 'ok'),
  pair('topic', fc.constantFrom(...TOPICS), 'ok'),
  pair('lang', fc.constantFrom(...LANGS), 'ok'),
  pair('theme', fc.constantFrom(...THEMES), 'ok'),
  pair('embed', fc.constantFrom(...PANEL_IDS), 'ok'),
  pair('figure', fc.constantFrom(...figureIds), 'ok'),
  pair(tabParam, fc.constantFrom(...PANEL_TABS), 'ok'),
  // Invalid values of `patterns` are left out: see the known bug below.
  ...(isViewParam('patterns') ? [pair('patterns', fc.constantFrom('true', 'false'), 'ok')] : []),
);

const invalidPart: fc.Arbitrary<Part> = fc.oneof(
  pair('region', unknownCode, 'unknown-region'),
  pair('region', notACode, 'invalid'),
  pair(fc.constantFrom('from', 'to'), outOfRangeYear, 'year-out-of-range'),
  pair(fc.constantFrom('from', 'to'), notAYear, 'invalid'),
  pair('topic', notIn(TOPICS), 'invalid'),
  pair('lang', notIn(LANGS), 'invalid'),
  pair('theme', notIn(THEMES), 'invalid'),
  pair('patterns', notIn(['true', 'false']), 'invalid'),
  pair('embed', notIn(PANEL_IDS), 'invalid'),
  pair(
    'figure',
    fc.stringMatching(/^[0-9a-z]{4}-[0-9a-z]{10}$/).filter((id) => !knownFigures.has(id)),
    'unknown-figure',
  ),
  pair(
    'figure',
    fc.string({ maxLength: 16 }).filter((v) => !/^[0-9a-z]{4}-[0-9a-z]{10}$/.test(v)),
    'invalid',
  ),
  pair(tabParam, notIn(PANEL_TABS), 'invalid'),
  pair(
    unknownKey,
    fc.oneof(fc.string({ maxLength: 8 }), fc.constant('v'.repeat(10_000))),
    'unknown-parameter',
  ),
  brokenRaw,
);

interface Generated {
  /** What the audit is given: as typed, or as the browser's location.search holds it. */
  search: string;
  /** Tagged parts, or null for a raw string with no expectations beyond the contract. */
  parts: Part[] | null;
}

/** The browser's location.search for a typed query: "#" starts the hash, unsafe bytes are encoded. */
const asLocationSearch = (typed: string) => new URL(`https://example.test/${typed}`).search;

/** One part per key, so that only the repetitions added on purpose repeat a key. */
const keyOf = (part: Part) => entriesOf(part.text)[0]?.[0] ?? `(no pair) ${part.text}`;

const structured: fc.Arbitrary<Generated> = fc
  .uniqueArray(
    fc.oneof({ weight: 2, arbitrary: validPart }, { weight: 3, arbitrary: invalidPart }),
    {
      selector: keyOf,
      maxLength: 10,
    },
  )
  .chain((parts) =>
    fc
      .tuple(
        // A quarter of the links repeat a parameter, with the same or another value: both go.
        fc.oneof(
          { weight: 3, arbitrary: fc.constant<Part[]>([]) },
          { weight: 1, arbitrary: fc.subarray(parts, { maxLength: Math.min(2, parts.length) }) },
        ),
        fc.oneof(
          { weight: 3, arbitrary: fc.constant<Part[]>([]) },
          { weight: 1, arbitrary: fc.array(fc.oneof(validPart, invalidPart), { maxLength: 2 }) },
        ),
        fc.boolean(),
      )
      .chain(([again, extra, browser]) =>
        fc
          .shuffledSubarray([...parts, ...again, ...extra], {
            minLength: parts.length + again.length + extra.length,
          })
          .map((all): Generated => {
            const typed = `?${all.map((p) => p.text).join('&')}`;
            return { search: browser ? asLocationSearch(typed) : typed, parts: all };
          }),
      ),
  );

const raw: fc.Arbitrary<Generated> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
  )
  .map((text) => ({ search: `?${text}`, parts: null }));

// ---------------------------------------------------------------------------------------------

/** Every decoded (key, value) pair of a search, in order. */
const entriesOf = (search: string) => [...new URLSearchParams(search)];

/** What the audit must report, from the parts' own tags. */
const expectedDrops = (parts: readonly Part[]): string[] => {
  const byKey = new Map<string, { values: string[]; tag: Part['tag'] }>();
  for (const part of parts) {
    for (const [key, value] of entriesOf(part.text)) {
      const seen = byKey.get(key);
      if (seen) seen.values.push(value);
      else byKey.set(key, { values: [value], tag: part.tag });
    }
  }
  const drops: string[] = [];
  for (const [key, { values, tag }] of byKey) {
    if (values.length > 1) drops.push(`${key}:repeated`);
    else if (tag === 'any') drops.push(`${key}:unknown-parameter`);
    else if (tag !== 'ok') drops.push(`${key}:${tag}`);
  }
  const from = byKey.get('from');
  const to = byKey.get('to');
  if (
    from?.tag === 'ok' &&
    to?.tag === 'ok' &&
    from.values.length === 1 &&
    to.values.length === 1
  ) {
    if (Number(from.values[0]) > Number(to.values[0]))
      drops.push('from:from-after-to', 'to:from-after-to');
  }
  return drops.sort();
};

/** The checks every query string must pass; returns the dropped list for further checks. */
const checkContract = (search: string): Dropped[] => {
  const dropped = auditSearch(search, ctx);
  const entries = entriesOf(search);
  const keys = [...new Set(entries.map(([k]) => k))];
  const droppedParams = dropped.map((d) => d.param);

  // Each dropped parameter is in the URL, once in the list, with a known reason and its value.
  expect(new Set(droppedParams).size).toBe(droppedParams.length);
  for (const d of dropped) {
    expect(keys).toContain(d.param);
    const values = entries.filter(([k]) => k === d.param).map(([, v]) => v);
    if (d.reason === 'repeated') {
      expect(values.length).toBeGreaterThan(1);
      expect(d.value).toBe(values.join(', '));
    } else {
      expect(values).toHaveLength(1);
      expect(d.value).toBe(d.reason === 'from-after-to' ? String(Number(values[0])) : values[0]);
    }
  }

  const { rewritten, final } = rewrite(search, dropped);
  const view = appliedView(final);
  checkValidView(view);

  // Whatever is not dropped is applied exactly as written, and stays in the URL.
  const kept = new URLSearchParams(rewritten);
  for (const key of keys) {
    if (droppedParams.includes(key)) {
      expect(kept.has(key), `${key} was dropped but is still in ${rewritten}`).toBe(false);
      if (isViewParam(key)) expect(view[key], key).toEqual(DEFAULT_VIEW[key]);
      continue;
    }
    expect(isViewParam(key), `${JSON.stringify(key)} is applied but not a view parameter`).toBe(
      true,
    );
    const values = entries.filter(([k]) => k === key).map(([, v]) => v);
    expect(values).toHaveLength(1);
    expect(kept.getAll(key)).toEqual(values);
    const parsed: unknown = parserOf(key as ViewParam).parse(values[0]!);
    expect(parsed, `${key}=${values[0]} is kept but does not parse`).not.toBeNull();
    expect(view[key as ViewParam], `${key}=${values[0]} is kept but not applied`).toEqual(parsed);
  }

  // The rewritten URL is a fixed point: nothing more to drop, the same view, the same string.
  expect(auditSearch(rewritten, ctx)).toEqual([]);
  expect(auditSearch(final, ctx)).toEqual([]);
  expect(appliedView(rewritten)).toEqual(view);
  expect(withoutDropped(rewritten, [])).toBe(rewritten);
  expect(rewrite(final, []).final).toBe(final);

  // Until the URL is rewritten, nuqs applies the first of repeated values; everything else
  // already shows the view that the rewritten URL will hold.
  if (!dropped.some((d) => d.reason === 'repeated')) expect(appliedView(search)).toEqual(view);
  return dropped;
};

/** The notice names each dropped parameter with its reason, one list item each. */
const checkNotice = (dropped: readonly Dropped[]) => {
  const { container, unmount } = render(
    createElement(UrlNotice, { dropped, lang: 'en', onDismiss: () => undefined }),
  );
  const items = [...container.querySelectorAll('li')];
  expect(items).toHaveLength(dropped.length);
  dropped.forEach((d, i) => {
    const code = items[i]!.querySelector('code')?.textContent ?? '';
    expect(code.startsWith(`${d.param}=`)).toBe(true);
    expect(items[i]!.textContent).not.toMatch(/notice\.reason/);
  });
  unmount();
};

afterEach(cleanup);

describe('auditSearch property: any query string yields a valid view and an honest notice', () => {
  it('drops exactly what cannot be applied, says why, and rewrites the URL to what is applied', () => {
    let tried = 0;
    let withDrops = 0;
    const errors = vi.spyOn(console, 'error');
    fc.assert(
      fc.property(
        fc.oneof({ weight: 5, arbitrary: structured }, { weight: 1, arbitrary: raw }),
        ({ search, parts }) => {
          tried += 1;
          const dropped = checkContract(search);
          if (dropped.length > 0) withDrops += 1;
          if (parts) {
            const got = dropped.map((d) => `${d.param}:${d.reason}`).sort();
            expect(got).toEqual(expectedDrops(parts));
          }
          if (tried % 10 === 0) checkNotice(dropped);
        },
      ),
      { seed: SEED, numRuns: 1200 },
    );
    expect(tried).toBeGreaterThanOrEqual(1000);
    // Most generated links carry something to drop; some are entirely valid.
    expect(withDrops).toBeGreaterThan(tried / 2);
    expect(withDrops).toBeLessThan(tried);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  }, 120_000);

  it('never throws on the raw string either, before the browser normalises it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Array.isArray(auditSearch(text, ctx))).toBe(true);
        expect(Array.isArray(auditSearch(`?${text}`, ctx))).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps a fully valid view untouched', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validPart, { selector: keyOf, maxLength: 10 }), (parts) => {
        const search = `?${parts.map((p) => p.text).join('&')}`;
        const dropped = auditSearch(search, ctx).filter((d) => d.reason !== 'from-after-to');
        expect(dropped).toEqual([]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  // Regression: keys were `${param}=${value}:${reason}`, so a parameter named "a=b" with value
  // "c" and one named "a" with value "b=c" shared a key.
  it('gives every notice item its own React key', () => {
    const dropped = auditSearch('?a%3Db=c&a=b=c', ctx);
    expect(dropped.map((d) => [d.param, d.value])).toEqual([
      ['a=b', 'c'],
      ['a', 'b=c'],
    ]);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      checkNotice(dropped);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  // Regression: nuqs' parseAsBoolean read anything but "true" as false, silently.
  it('drops an invalid patterns value with a notice', () => {
    for (const value of ['1', 'yes', 'banana', 'on']) {
      expect(auditSearch(`?patterns=${value}`, ctx)).toEqual([
        { param: 'patterns', value, reason: 'invalid' },
      ]);
    }
  });

  it('names the parameters it covers', () => {
    // A new view parameter must be generated above too; this list is the reminder.
    const covered = [
      'embed',
      'figure',
      'from',
      'lang',
      'patterns',
      'region',
      'theme',
      'to',
      'topic',
    ];
    expect(VIEW_PARAMS.filter((p) => !p.startsWith('tab.') && !covered.includes(p))).toEqual([]);
    expect(DEFAULT_VIEW.region).toBe(DEFAULT_REGION);
  });
});
