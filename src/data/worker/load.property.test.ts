import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataLoadError, fromErrorPayload, toErrorPayload } from '../data-error';
import { MAX_DATA_BYTES, dataUrl } from '../fetch-data-file';
import type { DataErrorKind } from '../data-error';
import { createDataService } from './data-service';
import { loadDataFile } from './load';
import { manifestSchema, regionsFileSchema } from '../schema';
import type { Dataset, ManifestEntry } from '../schema';
import { describeProblems, validateDataset } from './validate';

/**
 * Whatever a dataset file holds (or however its request fails), the loader
 * resolves with data that validates or rejects with a DataLoadError naming the file, its kind
 * and at least one located problem. The malformed files are mutations of the real datasets.
 */

const SEED = 20261122;
const KINDS: readonly DataErrorKind[] = ['network', 'http', 'json', 'schema'];

const read = (relative: string) => readFileSync(join(process.cwd(), relative), 'utf8');
const manifest = manifestSchema.parse(JSON.parse(read('public/data/manifest.json')));
const regionCodes: ReadonlySet<string> = new Set(
  regionsFileSchema.parse(JSON.parse(read('public/data/regions.json'))).regions.map((r) => r.code),
);

interface Real {
  entry: ManifestEntry;
  /** The file exactly as stored. */
  text: string;
  /** Its JSON, as plain data to clone and mutate. */
  json: JsonObject;
}

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}
type Observation = Record<string, Json>;

// fast-check prints a counterexample with this method instead of the whole file.
const reals: Real[] = manifest.datasets.map((entry) => {
  const text = read(`public/data/${entry.file}`);
  return {
    entry,
    text,
    json: JSON.parse(text) as JsonObject,
    [fc.toStringMethod]: () => entry.file,
  };
});

const clone = <T>(value: T): T => structuredClone(value);
const observationsOf = (json: JsonObject) => json.observations as Observation[];
const indicatorsOf = (json: JsonObject) => json.indicators as Record<string, Json>[];
const kindOf = (json: JsonObject, indicatorId: Json) =>
  indicatorsOf(json).find((ind) => ind.id === indicatorId)?.kind;

// ---------------------------------------------------------------------------------------------
// What the fake server does, and what the loader must make of it.

type Reply =
  | { type: 'body'; status: number; body: string | Uint8Array<ArrayBuffer>; declaredBytes?: number }
  | { type: 'throw'; error: unknown; sync: boolean }
  /** Headers arrive, then the connection drops while the body is read. */
  | { type: 'broken-body'; head: string; error: unknown };

type Expect =
  /** Anything is fine as long as it is valid data or a well-formed DataLoadError. */
  | { must: 'either' }
  | { must: 'resolve' }
  /** `at`: some problem's path is this one or lies under it. */
  | { must: 'reject'; kinds: readonly DataErrorKind[]; at?: readonly string[] };

interface Case {
  /** How fast-check prints the case when it fails: not the whole file. */
  [fc.toStringMethod]?: () => string;
  operator: string;
  real: Real;
  reply: Reply;
  expect: Expect;
}

const body = (text: string | Uint8Array<ArrayBuffer>, status = 200): Reply => ({
  type: 'body',
  status,
  body: text,
});
const schemaAt = (...at: string[]): Expect => ({ must: 'reject', kinds: ['schema'], at });
const obsPath = (i: number, field?: string) =>
  field === undefined ? `$.observations[${i}]` : `$.observations[${i}].${field}`;

const under = (path: string, at: string) =>
  path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`);

const regionsText = read('public/data/regions.json');

/**
 * A stand-in for fetch that serves one reply for the file (and the real regions.json, which
 * the data service loads alongside) and checks what it was asked for.
 */
const fakeFetch =
  (file: string, reply: Reply, signal: AbortSignal | undefined): typeof fetch =>
  (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === dataUrl('regions.json')) return Promise.resolve(new Response(regionsText));
    if (url !== dataUrl(file)) throw new Error(`asked for ${url}, expected ${dataUrl(file)}`);
    if (init?.signal !== signal) throw new Error('the abort signal was not passed on');
    switch (reply.type) {
      case 'throw':
        if (reply.sync) throw reply.error;
        // Rejects with whatever was thrown, Error or not, as a fetch polyfill might.
        return Promise.resolve().then(() => {
          throw reply.error;
        });
      case 'body': {
        const headers =
          reply.declaredBytes === undefined
            ? undefined
            : { 'content-length': String(reply.declaredBytes) };
        return Promise.resolve(new Response(reply.body, { status: reply.status, headers }));
      }
      case 'broken-body': {
        const bytes = new TextEncoder().encode(reply.head);
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes);
            controller.error(reply.error);
          },
        });
        return Promise.resolve(new Response(stream, { status: 200 }));
      }
    }
  };

type Outcome = { ok: true; value: Dataset } | { ok: false; error: unknown };

const settle = (promise: Promise<Dataset>): Promise<Outcome> =>
  promise.then(
    (value): Outcome => ({ ok: true, value }),
    (error: unknown): Outcome => ({ ok: false, error }),
  );

/** loadDataFile itself, as the issue names it. */
const load = (c: Case, signal?: AbortSignal): Promise<Outcome> => {
  const { file, id } = c.real.entry;
  const validate = (json: unknown) => validateDataset(json, regionCodes, id);
  return settle(loadDataFile(file, validate, fakeFetch(file, c.reply, signal), signal));
};

/** The path the app takes: the data worker's service, asked for the dataset of a manifest entry. */
const loadThroughService = (c: Case): Promise<Outcome> => {
  const service = createDataService(fakeFetch(c.real.entry.file, c.reply, undefined));
  return settle(service.handle({ kind: 'dataset', entry: c.real.entry }) as Promise<Dataset>);
};

/** Both paths agree, and an error survives the trip from the worker to the page. */
const checkSamePaths = (c: Case, direct: Outcome, service: Outcome) => {
  expect(service.ok, `${c.operator}: the data service and loadDataFile disagree`).toBe(direct.ok);
  if (direct.ok || service.ok) return;
  const [a, b] = [direct.error as DataLoadError, service.error as DataLoadError];
  expect([b.kind, b.file, b.problems]).toEqual([a.kind, a.file, a.problems]);
  const crossed = fromErrorPayload(structuredClone(toErrorPayload(b, c.real.entry.file)));
  expect(crossed).toBeInstanceOf(DataLoadError);
  expect([crossed.kind, crossed.file, crossed.problems, crossed.message]).toEqual([
    b.kind,
    b.file,
    b.problems,
    b.message,
  ]);
};

/** The contract every outcome must meet, whatever the input. */
const checkContract = (c: Case, outcome: Outcome) => {
  const { file, id } = c.real.entry;
  if (outcome.ok) {
    // Whatever resolves is valid data that the same check would accept again.
    expect(validateDataset(outcome.value, regionCodes, id).ok).toBe(true);
    return;
  }
  const { error } = outcome;
  expect(error, `${c.operator}: ${String(error)}`).toBeInstanceOf(DataLoadError);
  const e = error as DataLoadError;
  expect(KINDS).toContain(e.kind);
  expect(e.file).toBe(file);
  expect(e.problems.length).toBeGreaterThan(0);
  for (const p of e.problems) {
    expect(p.path.startsWith('$'), p.path).toBe(true);
    expect(typeof p.message).toBe('string');
    expect(p.message.trim()).not.toBe('');
  }
  const first = e.problems[0]!;
  expect(e.message.startsWith(`${file}: ${first.path}`)).toBe(true);
  // The summary the UI and `npm run validate:data` print names the file and the first problem.
  const summary = describeProblems(file, e.problems);
  expect(summary.split('\n')[0]).toBe(
    `${file}: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}`,
  );
  expect(summary).toContain(`\n  ${first.path}: ${first.message}`);
};

const checkExpectation = (c: Case, outcome: Outcome) => {
  const { expect: wanted } = c;
  if (wanted.must === 'either') return;
  if (wanted.must === 'resolve') {
    expect(
      outcome.ok,
      `${c.operator} should load: ${outcome.ok ? '' : String(outcome.error)}`,
    ).toBe(true);
    return;
  }
  expect(outcome.ok, `${c.operator} must be rejected`).toBe(false);
  const e = (outcome as { error: DataLoadError }).error;
  expect(wanted.kinds, `${c.operator}: ${e.message}`).toContain(e.kind);
  if (wanted.at) {
    const paths = e.problems.map((p) => p.path);
    const hit = wanted.at.some((at) => paths.some((p) => under(p, at)));
    expect(
      hit,
      `${c.operator}: expected a problem at ${wanted.at.join(' or ')}, got ${paths.join(', ')}`,
    ).toBe(true);
  }
};

// ---------------------------------------------------------------------------------------------
// Generators.

const realArb = fc.constantFrom(...reals);
const kebab = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);
const junk: fc.Arbitrary<Json> = fc.jsonValue() as fc.Arbitrary<Json>;

/** Observation fields and values of a type (or range) the schema cannot accept. */
const WRONG: Record<string, fc.Arbitrary<Json>> = {
  indicator: fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant<Json>(null),
    fc.constant<Json>(['a']),
    fc.constant<Json>('Not Kebab'),
  ),
  region: fc.oneof(
    fc.integer({ min: 100000, max: 999999 }),
    fc.constant<Json>(null),
    fc.stringMatching(/^\d{1,5}$/),
    fc.stringMatching(/^\d{7,12}$/),
    fc.constant<Json>('15O100'),
  ),
  year: fc.oneof(
    fc.integer({ min: -5000, max: 1899 }),
    fc.integer({ min: 2101, max: 1e9 }),
    fc.double({ min: 1900.01, max: 2099.99, noNaN: true }).filter((y) => !Number.isInteger(y)),
    fc.constant<Json>('2019'),
    fc.constant<Json>(null),
    fc.boolean(),
  ),
  value: fc.oneof(
    fc.boolean(),
    fc.constant<Json>(null),
    fc.constant<Json>({}),
    fc.constant<Json>([1]),
    fc.constant<Json>('Ninety %'),
  ),
  quote: fc.oneof(
    fc.integer(),
    fc.constant<Json>(null),
    fc.constant<Json>('   '),
    fc.constant<Json>('abc'),
    fc.constant<Json>(['引文引文']),
  ),
  source: fc.oneof(
    fc.integer(),
    fc.constant<Json>(null),
    fc.constant<Json>('Upper Case'),
    fc.constant<Json>(''),
  ),
  qualifier: fc.oneof(fc.constant<Json>('approximately'), fc.integer(), fc.constant<Json>(null)),
  dims: fc.oneof(
    fc.constant<Json>('stage'),
    fc.integer(),
    fc.constant<Json>([]),
    fc.constant<Json>({ stage: 7 }),
  ),
  derived: fc.oneof(fc.constant<Json>(false), fc.constant<Json>('true'), fc.constant<Json>(1)),
  formula: fc.oneof(fc.constant<Json>('alert(1)'), fc.integer(), fc.constant<Json>('1 + x')),
  note: fc.oneof(
    fc.constant<Json>('a note'),
    fc.constant<Json>({ zh: '注' }),
    fc.constant<Json>({ zh: ' ', en: 'x' }),
  ),
};
const REQUIRED_OBSERVATION = ['indicator', 'region', 'year', 'value', 'quote', 'source'] as const;
const REQUIRED_TOP = [
  'id',
  'title',
  'description',
  'topic',
  'sources',
  'indicators',
  'observations',
] as const;
const REQUIRED_INDICATOR = ['id', 'name', 'unit', 'kind', 'better', 'decimals'] as const;
const REQUIRED_SOURCE = ['id', 'publication', 'date', 'headline'] as const;

/** A case from a mutated copy of a real dataset, served as JSON with status 200. */
const mutated = (
  operator: string,
  make: (real: Real) => fc.Arbitrary<{
    json: JsonObject;
    expect: Expect;
    text?: (t: string) => string;
    /** No indentation: indenting 3,000 levels of nesting would write megabytes of spaces. */
    compact?: boolean;
  }>,
): fc.Arbitrary<Case> =>
  realArb.chain((real) =>
    make(real).map(({ json, expect, text, compact }) => {
      const serialised = JSON.stringify(json, null, compact ? undefined : 2);
      return { operator, real, reply: body(text ? text(serialised) : serialised), expect };
    }),
  );

const withObservation = (real: Real) =>
  fc.integer({ min: 0, max: observationsOf(real.json).length - 1 });

const wrongType = mutated('wrong type', (real) =>
  fc
    .record({
      i: withObservation(real),
      field: fc.constantFrom(...Object.keys(WRONG)),
    })
    .chain(({ i, field }) =>
      WRONG[field]!.map((value) => {
        const json = clone(real.json);
        observationsOf(json)[i]![field] = value;
        return { json, expect: schemaAt(obsPath(i, field)) };
      }),
    ),
);

const missingField = mutated('required field deleted', (real) =>
  fc.oneof(
    fc
      .record({ i: withObservation(real), field: fc.constantFrom(...REQUIRED_OBSERVATION) })
      .map(({ i, field }) => {
        const json = clone(real.json);
        delete observationsOf(json)[i]![field];
        return { json, expect: schemaAt(obsPath(i, field)) };
      }),
    fc.constantFrom(...REQUIRED_TOP).map((field) => {
      const json = clone(real.json);
      delete json[field];
      return { json, expect: schemaAt(`$.${field}`) };
    }),
    fc
      .record({
        j: fc.integer({ min: 0, max: indicatorsOf(real.json).length - 1 }),
        field: fc.constantFrom(...REQUIRED_INDICATOR),
      })
      .map(({ j, field }) => {
        const json = clone(real.json);
        delete indicatorsOf(json)[j]![field];
        return { json, expect: schemaAt(`$.indicators[${j}].${field}`) };
      }),
    fc
      .record({
        j: fc.integer({ min: 0, max: (real.json.sources as Json[]).length - 1 }),
        field: fc.constantFrom(...REQUIRED_SOURCE),
      })
      .map(({ j, field }) => {
        const json = clone(real.json);
        delete (json.sources as Record<string, Json>[])[j]![field];
        return { json, expect: schemaAt(`$.sources[${j}].${field}`) };
      }),
  ),
);

const unknownIndicator = mutated('unknown indicator', (real) =>
  fc
    .record({
      i: withObservation(real),
      id: kebab.filter((id) => !indicatorsOf(real.json).some((ind) => ind.id === id)),
    })
    .map(({ i, id }) => {
      const json = clone(real.json);
      observationsOf(json)[i]!.indicator = id;
      return { json, expect: schemaAt(obsPath(i, 'indicator')) };
    }),
);

const unknownRegion = mutated('region not in regions.json', (real) =>
  fc
    .record({
      i: withObservation(real),
      code: fc.stringMatching(/^\d{6}$/).filter((code) => !regionCodes.has(code)),
    })
    .map(({ i, code }) => {
      const json = clone(real.json);
      observationsOf(json)[i]!.region = code;
      return { json, expect: schemaAt(obsPath(i, 'region')) };
    }),
);

const duplicate = mutated('duplicate observation', (real) =>
  fc
    .record({
      i: withObservation(real),
      at: fc.integer({ min: 0, max: observationsOf(real.json).length }),
      // A copy with another quote or value is still the same figure twice.
      quote: fc.option(fc.constant('另一段引文，同一个数字'), { nil: undefined }),
    })
    .map(({ i, at, quote }) => {
      const json = clone(real.json);
      const list = observationsOf(json);
      const copy = { ...clone(list[i]!), ...(quote !== undefined && { quote }) };
      list.splice(at, 0, copy);
      // The original moved one down if the copy went in before it; the later one is reported.
      const original = at <= i ? i + 1 : i;
      return { json, expect: schemaAt(obsPath(Math.max(at, original))) };
    }),
);

/** Tokens JSON.stringify cannot write: Infinity (1e999) is valid JSON, NaN is not. */
const SENTINEL = '__not_a_number_token__';
const nonFinite = mutated('non-finite value', (real) =>
  fc
    .record({
      i: withObservation(real),
      token: fc.constantFrom('1e999', '-1e999', 'NaN', 'Infinity', '-Infinity'),
    })
    .map(({ i, token }) => {
      const json = clone(real.json);
      observationsOf(json)[i]!.value = SENTINEL;
      const parses = token.includes('e999');
      return {
        json,
        text: (t: string) => t.replace(`"${SENTINEL}"`, token),
        expect: parses
          ? schemaAt(obsPath(i, 'value'))
          : { must: 'reject' as const, kinds: ['json'] as const },
      };
    }),
);

const negativeCount = mutated('negative count', (real) => {
  const candidates = observationsOf(real.json).flatMap((o, i) => {
    const kind = kindOf(real.json, o.indicator!);
    return typeof o.value === 'number' && kind !== 'rate' && kind !== 'category' ? [i] : [];
  });
  return fc
    .record({
      i: fc.constantFrom(...candidates),
      value: fc.double({ min: -1e15, max: -1e-9, noNaN: true }),
    })
    .map(({ i, value }) => {
      const json = clone(real.json);
      observationsOf(json)[i]!.value = value;
      return { json, expect: schemaAt(obsPath(i, 'value')) };
    });
});

const wrongId = mutated('dataset id differs from the manifest', (real) =>
  fc
    .oneof(
      kebab.filter((id) => id !== real.entry.id),
      fc.constantFrom('Health 13th FYP', '', 'x'.repeat(5000)),
    )
    .map((id) => {
      const json = clone(real.json);
      json.id = id;
      return { json, expect: schemaAt('$.id') };
    }),
);

const deepJunk = mutated('deeply nested junk in a field', (real) =>
  fc
    .record({
      i: withObservation(real),
      field: fc.constantFrom('value', 'dims', 'note', 'quote', 'region'),
      depth: fc.integer({ min: 1, max: 3000 }),
      array: fc.boolean(),
    })
    .map(({ i, field, depth, array }) => {
      let nested: Json = 'deep';
      for (let d = 0; d < depth; d++) nested = array ? [nested] : { deeper: nested };
      const json = clone(real.json);
      observationsOf(json)[i]![field] = nested;
      return { json, expect: schemaAt(obsPath(i, field)), compact: true };
    }),
);

const extraKey = mutated('unknown key', (real) =>
  fc
    .record({
      i: withObservation(real),
      key: fc.constantFrom('valu', 'Value', 'comment', '__proto__', 'constructor', 'toString'),
      value: junk,
    })
    .map(({ i, key, value }) => {
      const json = clone(real.json);
      // defineProperty: `o.__proto__ = x` would set the prototype instead of a key.
      Object.defineProperty(observationsOf(json)[i]!, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return { json, expect: schemaAt(obsPath(i)) };
    }),
);

const combined = mutated('several mutations at once', (real) =>
  fc.uniqueArray(withObservation(real), { minLength: 2, maxLength: 6 }).chain((indices) =>
    fc
      .tuple(...indices.map(() => fc.constantFrom('indicator', 'region', 'year', 'value', 'quote')))
      .chain((fields) =>
        fc.tuple(...fields.map((f) => WRONG[f]!)).map((values) => {
          const json = clone(real.json);
          indices.forEach((i, k) => {
            observationsOf(json)[i]![fields[k]!] = values[k]!;
          });
          return { json, expect: schemaAt(...indices.map((i, k) => obsPath(i, fields[k]))) };
        }),
      ),
  ),
);

/** Transport and syntax failures: the file never becomes JSON at all. */
const truncated: fc.Arbitrary<Case> = realArb.chain((real) =>
  fc.integer({ min: 0, max: real.text.trimEnd().length - 1 }).map((n) => ({
    operator: 'truncated',
    real,
    reply: body(real.text.slice(0, n)),
    expect: { must: 'reject', kinds: ['json'] } as const,
  })),
);

const randomBytes: fc.Arbitrary<Case> = fc
  .tuple(realArb, fc.uint8Array({ maxLength: 2048 }), fc.boolean())
  .map(([real, bytes, asText]) => ({
    operator: 'random bytes',
    real,
    reply: body(asText ? new TextDecoder().decode(bytes) : new Uint8Array(bytes)),
    // A few random byte strings are JSON ("7", "[]"), but never a dataset.
    expect: { must: 'reject', kinds: ['json', 'schema'] } as const,
  }));

const notADataset: fc.Arbitrary<Case> = fc
  .tuple(
    realArb,
    fc.oneof(
      fc.constantFrom('{}', '[]', 'null', '""', '0', 'true', '"datasets/x.json"'),
      junk.map((v) => JSON.stringify(v)),
      fc.integer({ min: 1, max: 50000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.integer({ min: 1, max: 50000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
    ),
  )
  .map(([real, text]) => ({
    operator: 'not a dataset',
    real,
    reply: body(text),
    expect: { must: 'reject', kinds: ['json', 'schema'] } as const,
  }));

const httpError: fc.Arbitrary<Case> = fc
  .tuple(
    realArb,
    fc.constantFrom(400, 401, 403, 404, 410, 418, 429, 500, 502, 503, 504),
    fc.boolean(),
  )
  .map(([real, status, servesData]) => ({
    operator: `HTTP ${status}`,
    real,
    // Even a valid dataset in an error response is not trusted.
    reply: body(servesData ? real.text : '<html>Not Found</html>', status),
    expect: { must: 'reject', kinds: ['http'], at: ['$'] } as const,
  }));

const networkError: fc.Arbitrary<Case> = fc
  .tuple(
    realArb,
    fc.constantFrom<unknown>(
      new TypeError('Failed to fetch'),
      new DOMException('The operation was aborted.', 'AbortError'),
      'a string, not an Error',
      null,
      { toString: () => 'an object' },
    ),
    fc.boolean(),
  )
  .map(([real, error, sync]) => ({
    operator: 'network failure',
    real,
    reply: { type: 'throw', error, sync } as const,
    expect: { must: 'reject', kinds: ['network'], at: ['$'] } as const,
  }));

/** A short description for counterexamples: the operator, the file and the start of the reply. */
const shown = (c: Case): Case => {
  const { reply } = c;
  const what =
    reply.type === 'body'
      ? `HTTP ${reply.status}, ${reply.body.length} ${typeof reply.body === 'string' ? 'chars' : 'bytes'}: ${typeof reply.body === 'string' ? JSON.stringify(reply.body.slice(0, 120)) : '…'}`
      : reply.type === 'throw'
        ? `fetch throws ${String(reply.error)}`
        : `body breaks after ${reply.head.length} chars`;
  return { ...c, [fc.toStringMethod]: () => `${c.operator} on ${c.real.entry.file} (${what})` };
};

const brokenBody: fc.Arbitrary<Case> = realArb.chain((real) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: real.text.length }),
      error: fc.constantFrom<unknown>(
        new TypeError('terminated'),
        new DOMException('The operation was aborted.', 'AbortError'),
        'ECONNRESET',
      ),
    })
    .map(({ n, error }) => ({
      operator: 'connection drops mid-body',
      real,
      reply: { type: 'broken-body', head: real.text.slice(0, n), error } as const,
      expect: { must: 'reject', kinds: ['network'], at: ['$'] } as const,
    })),
);

/** A server that announces more than the page accepts: refused before the body is read. */
const tooLarge: fc.Arbitrary<Case> = fc
  .tuple(realArb, fc.integer({ min: MAX_DATA_BYTES + 1, max: Number.MAX_SAFE_INTEGER }))
  .map(([real, declaredBytes]) => ({
    operator: 'declared too large',
    real,
    reply: { type: 'body', status: 200, body: real.text, declaredBytes } as const,
    expect: { must: 'reject', kinds: ['http'], at: ['$'] } as const,
  }));

const MALFORMED: fc.Arbitrary<Case> = fc
  .oneof(
    wrongType,
    missingField,
    unknownIndicator,
    unknownRegion,
    duplicate,
    nonFinite,
    negativeCount,
    wrongId,
    deepJunk,
    extraKey,
    combined,
    truncated,
    randomBytes,
    notADataset,
    httpError,
    networkError,
    brokenBody,
    tooLarge,
  )
  .map(shown);

/** Changes a valid file may go through and stay valid: the loader must not reject them. */
const BENIGN: fc.Arbitrary<Case> = realArb.chain((real) =>
  fc
    .record({
      shuffle: fc.boolean(),
      indent: fc.constantFrom(0, 1, 4, '\t'),
      negativeRates: fc.boolean(),
      longQuote: fc.option(fc.integer({ min: 10_000, max: 500_000 }), { nil: undefined }),
      hugeCount: fc.boolean(),
      bom: fc.boolean(),
      seed: fc.integer(),
    })
    .map(({ shuffle, indent, negativeRates, longQuote, hugeCount, bom, seed }) => {
      const json = clone(real.json);
      let list = observationsOf(json);
      if (shuffle) {
        list = [...list].sort(
          (a, b) =>
            ((JSON.stringify(a).length * seed) % 7) - ((JSON.stringify(b).length * seed) % 7),
        );
        json.observations = list;
      }
      list.forEach((o) => {
        const kind = kindOf(json, o.indicator!);
        if (negativeRates && kind === 'rate' && typeof o.value === 'number') o.value = -o.value;
        if (hugeCount && kind === 'count' && typeof o.value === 'number') o.value = 1e308;
      });
      if (longQuote !== undefined) list[0]!.quote = '引'.repeat(longQuote);
      return {
        operator: 'benign change',
        real,
        // An editor may save the file with a byte-order mark; fetch's text() drops it.
        reply: body(
          new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${JSON.stringify(json, null, indent)}`),
        ),
        expect: { must: 'resolve' } as const,
      };
    })
    .map(shown),
);

// ---------------------------------------------------------------------------------------------

describe('loadDataFile on the real datasets', () => {
  it.each(reals.map((r) => [r.entry.file, r] as const))('loads %s unchanged', async (_, real) => {
    const c: Case = {
      operator: 'unchanged',
      real,
      reply: body(real.text),
      expect: { must: 'resolve' },
    };
    const outcome = await load(c);
    checkExpectation(c, outcome);
    checkContract(c, outcome);
    expect(outcome.ok && outcome.value.observations).toHaveLength(observationsOf(real.json).length);
  });
});

describe('loadDataFile property: only valid data or a typed error', () => {
  it('rejects every malformed dataset with a DataLoadError that locates the problem', async () => {
    let tried = 0;
    const operators = new Map<string, number>();
    const signal = new AbortController().signal;
    await fc.assert(
      fc.asyncProperty(MALFORMED, fc.boolean(), async (c, withSignal) => {
        tried += 1;
        const operator = c.operator.startsWith('HTTP') ? 'HTTP error' : c.operator;
        operators.set(operator, (operators.get(operator) ?? 0) + 1);
        const outcome = await load(c, withSignal ? signal : undefined);
        checkContract(c, outcome);
        checkExpectation(c, outcome);
        const service = await loadThroughService(c);
        checkContract(c, service);
        checkExpectation(c, service);
        checkSamePaths(c, outcome, service);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect(tried).toBeGreaterThanOrEqual(1000);
    // Every operator was drawn, so none of them is silently dead.
    expect(operators.size).toBe(18);
  }, 120_000);

  it('loads every benign variation of a valid dataset', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(BENIGN, async (c) => {
        tried += 1;
        const outcome = await load(c);
        checkContract(c, outcome);
        checkExpectation(c, outcome);
        const service = await loadThroughService(c);
        checkContract(c, service);
        checkExpectation(c, service);
        checkSamePaths(c, outcome, service);
      }),
      { seed: SEED, numRuns: 60 },
    );
    expect(tried).toBe(60);
  }, 120_000);
});
