import fc from 'fast-check';
import {
  body,
  clone,
  indicatorsOf,
  kindOf,
  obsPath,
  observationsOf,
  realArb,
  regionCodes,
  schemaAt,
} from './load-case';
import type { Case, Expect, Json, JsonObject, Real } from './load-case';

/**
 * Malformed datasets: mutated copies of the real files, served as JSON with status 200. Each
 * names where the loader must locate the problem.
 */

const kebab = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);
export const junk: fc.Arbitrary<Json> = fc.jsonValue() as fc.Arbitrary<Json>;

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

export const wrongType = mutated('wrong type', (real) =>
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

export const missingField = mutated('required field deleted', (real) =>
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

export const unknownIndicator = mutated('unknown indicator', (real) =>
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

export const unknownRegion = mutated('region not in regions.json', (real) =>
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

export const duplicate = mutated('duplicate observation', (real) =>
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
export const nonFinite = mutated('non-finite value', (real) =>
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

export const negativeCount = mutated('negative count', (real) => {
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

export const wrongId = mutated('dataset id differs from the manifest', (real) =>
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

export const deepJunk = mutated('deeply nested junk in a field', (real) =>
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

export const extraKey = mutated('unknown key', (real) =>
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

export const combined = mutated('several mutations at once', (real) =>
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
