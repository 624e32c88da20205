import fc from 'fast-check';
import { LANGS, TOPICS } from '../../data/vocabulary';
import { PANEL_TABS } from '../../ui/view-props';
import { PANEL_IDS } from '../registry';
import { THEMES, tabKey } from '../view-state';
import type { Dropped } from '../view-state';
import {
  FIRST_YEAR,
  LAST_YEAR,
  ctx,
  entriesOf,
  figureIds,
  isViewParam,
  knownFigures,
  regionCodes,
} from './view-check';

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

export const validPart: fc.Arbitrary<Part> = fc.oneof(
  pair('region', fc.constantFrom(...regionCodes), 'ok'),
  pair('from', year, 'ok'),
  pair('to', year, 'ok'),
  pair('topic', fc.constantFrom(...TOPICS), 'ok'),
  pair('lang', fc.constantFrom(...LANGS), 'ok'),
  pair('theme', fc.constantFrom(...THEMES), 'ok'),
  pair('embed', fc.constantFrom(...PANEL_IDS), 'ok'),
  pair('figure', fc.constantFrom(...figureIds), 'ok'),
  pair(tabParam, fc.constantFrom(...PANEL_TABS), 'ok'),
  // Invalid values of `patterns` are left out: its regression test checks them.
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
export const keyOf = (part: Part) => entriesOf(part.text)[0]?.[0] ?? `(no pair) ${part.text}`;

export const structured: fc.Arbitrary<Generated> = fc
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

export const raw: fc.Arbitrary<Generated> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
  )
  .map((text) => ({ search: `?${text}`, parts: null }));

/** What the audit must report, from the parts' own tags. */
export const expectedDrops = (parts: readonly Part[]): string[] => {
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
