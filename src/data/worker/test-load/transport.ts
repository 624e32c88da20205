import fc from 'fast-check';
import { MAX_DATA_BYTES } from '../../fetch-data-file';
import { body, realArb } from './load-case';
import type { Case } from './load-case';
import { junk } from './mutations';

/** Transport and syntax failures: the file never becomes JSON at all. */
export const truncated: fc.Arbitrary<Case> = realArb.chain((real) =>
  fc.integer({ min: 0, max: real.text.trimEnd().length - 1 }).map((n) => ({
    operator: 'truncated',
    real,
    reply: body(real.text.slice(0, n)),
    expect: { must: 'reject', kinds: ['json'] } as const,
  })),
);

export const randomBytes: fc.Arbitrary<Case> = fc
  .tuple(realArb, fc.uint8Array({ maxLength: 2048 }), fc.boolean())
  .map(([real, bytes, asText]) => ({
    operator: 'random bytes',
    real,
    reply: body(asText ? new TextDecoder().decode(bytes) : new Uint8Array(bytes)),
    // A few random byte strings are JSON ("7", "[]"), but never a dataset.
    expect: { must: 'reject', kinds: ['json', 'schema'] } as const,
  }));

export const notADataset: fc.Arbitrary<Case> = fc
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

export const httpError: fc.Arbitrary<Case> = fc
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

export const networkError: fc.Arbitrary<Case> = fc
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

export const brokenBody: fc.Arbitrary<Case> = realArb.chain((real) =>
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
export const tooLarge: fc.Arbitrary<Case> = fc
  .tuple(realArb, fc.integer({ min: MAX_DATA_BYTES + 1, max: Number.MAX_SAFE_INTEGER }))
  .map(([real, declaredBytes]) => ({
    operator: 'declared too large',
    real,
    reply: { type: 'body', status: 200, body: real.text, declaredBytes } as const,
    expect: { must: 'reject', kinds: ['http'], at: ['$'] } as const,
  }));
