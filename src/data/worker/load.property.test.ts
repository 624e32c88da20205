import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SEED,
  body,
  checkContract,
  checkExpectation,
  checkSamePaths,
  clone,
  kindOf,
  load,
  loadThroughService,
  observationsOf,
  realArb,
  reals,
  shown,
} from './test-load/load-case';
import type { Case } from './test-load/load-case';
import {
  combined,
  deepJunk,
  duplicate,
  extraKey,
  missingField,
  negativeCount,
  nonFinite,
  unknownIndicator,
  unknownRegion,
  wrongId,
  wrongType,
} from './test-load/mutations';
import {
  brokenBody,
  httpError,
  networkError,
  notADataset,
  randomBytes,
  tooLarge,
  truncated,
} from './test-load/transport';

/**
 * Whatever a dataset file holds (or however its request fails), the loader
 * resolves with data that validates or rejects with a DataLoadError naming the file, its kind
 * and at least one located problem. The malformed files are mutations of the real datasets.
 */

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
