import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REGION, auditSearch } from './view-state';
import { expectedDrops, keyOf, raw, structured, validPart } from './test-view/query-parts';
import {
  DEFAULT_VIEW,
  SEED,
  VIEW_PARAMS,
  checkContract,
  checkNotice,
  ctx,
} from './test-view/view-check';

/**
 * Any query string, however broken, yields a valid view, a notice naming what
 * was dropped and why, and a rewritten URL that holds exactly what is applied. The context is
 * the real one: the regions of regions.json and the years of the bundled datasets.
 */

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
    // A new view parameter must be generated in test-view/query-parts.ts too; this list is the reminder.
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
