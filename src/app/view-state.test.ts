import { describe, expect, it } from 'vitest';
import { applyFilters, auditSearch, serializeView, withoutDropped } from './view-state';

const ctx = { regionCodes: new Set(['150000', '150100', '150722']), years: [2014, 2023] as const };

describe('serializeView', () => {
  it('writes only what differs from the defaults', () => {
    expect(serializeView({ region: '150000', lang: 'zh', 'tab.health-outcomes': 'chart' })).toBe(
      '',
    );
    expect(
      serializeView({
        region: '150100',
        from: 2015,
        to: 2019,
        lang: 'en',
        theme: 'dark',
        'tab.firearm-seizures': 'sources',
      }),
    ).toBe('?region=150100&from=2015&to=2019&lang=en&theme=dark&tab.firearm-seizures=sources');
  });
});

describe('auditSearch', () => {
  it('accepts a valid view', () =>
    expect(
      auditSearch(
        '?region=150100&from=2015&to=2019&topic=health&lang=en&theme=dark&tab.hohhot-emergency=table',
        ctx,
      ),
    ).toEqual([]));

  it.each([
    ['?foo=1', 'unknown-parameter'],
    ['?region=Hohhot', 'invalid'],
    ['?region=159999', 'unknown-region'],
    ['?from=2019abc', 'invalid'],
    ['?from=1999', 'year-out-of-range'],
    ['?lang=fr', 'invalid'],
    ['?theme=blue', 'invalid'],
    ['?topic=sports', 'invalid'],
    ['?tab.health-outcomes=map', 'invalid'],
    ['?tab.no-such-panel=table', 'unknown-parameter'],
  ])('drops %s (%s)', (search, reason) => {
    expect(auditSearch(search, ctx).map((d) => d.reason)).toEqual([reason]);
  });

  it('drops a reversed range and repeated parameters', () => {
    expect(auditSearch('?from=2019&to=2015', ctx).map((d) => `${d.param}:${d.reason}`)).toEqual([
      'from:from-after-to',
      'to:from-after-to',
    ]);
    expect(auditSearch('?lang=en&lang=zh', ctx)).toEqual([
      { param: 'lang', value: 'en, zh', reason: 'repeated' },
    ]);
  });

  it('rewrites the query string without what it dropped', () => {
    const search = '?region=159999&lang=en&foo=1&foo=2';
    expect(withoutDropped(search, auditSearch(search, ctx))).toBe('?lang=en');
    expect(withoutDropped('?foo=1', auditSearch('?foo=1', ctx))).toBe('');
  });
});

describe('applyFilters', () => {
  const base = { region: '150000', from: null, to: null, topic: null };
  it('falls back to defaults for what the data cannot hold', () => {
    expect(applyFilters({ ...base, region: '159999', from: 1990, to: 2019 }, ctx)).toEqual({
      ...base,
      to: 2019,
    });
    expect(applyFilters({ ...base, from: 2019, to: 2015 }, ctx)).toEqual(base);
    expect(applyFilters({ ...base, region: '150100', from: 2015 }, ctx)).toEqual({
      ...base,
      region: '150100',
      from: 2015,
    });
  });
  it('applies the syntax-checked state as is before the data is known', () =>
    expect(applyFilters({ ...base, region: '159999' }, null)).toEqual({
      ...base,
      region: '159999',
    }));
});
