import { describe, expect, it } from 'vitest';
import { formatObservationValue } from './observation-text';
import { observationTooltip } from './observation-tooltip';
import type { Dataset, Indicator } from '../data/schema';

const share: Indicator = {
  id: 'share',
  name: { zh: '线上办理比例', en: 'Online share' },
  unit: { zh: '%', en: '%' },
  kind: 'percent',
  better: 'higher',
  decimals: 0,
};
const orgs: Indicator = {
  id: 'orgs',
  name: { zh: '民营机构', en: 'Private institutions' },
  unit: { zh: '家', en: 'institutions' },
  kind: 'count',
  better: 'higher',
  decimals: 0,
};
const o = { region: '150000', year: 2019, quote: '引文引文', source: 's' };

describe('formatObservationValue', () => {
  it("keeps the article's qualifiers in both languages", () => {
    expect(
      formatObservationValue(
        { ...o, indicator: 'share', value: 90, qualifier: 'at-least' },
        share,
        'zh',
      ),
    ).toBe('90%以上');
    expect(
      formatObservationValue(
        { ...o, indicator: 'share', value: 90, qualifier: 'at-least' },
        share,
        'en',
      ),
    ).toBe('at least 90%');
    expect(
      formatObservationValue(
        { ...o, indicator: 'orgs', value: 20, qualifier: 'more-than' },
        orgs,
        'zh',
      ),
    ).toBe('20多家');
    expect(
      formatObservationValue(
        { ...o, indicator: 'orgs', value: 20, qualifier: 'more-than' },
        orgs,
        'en',
      ),
    ).toBe('more than 20 institutions');
  });
});

describe('observationTooltip', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dataset = {
    id: 'd',
    title: { zh: '甲', en: 'A' },
    description: { zh: '甲', en: 'A' },
    topic: 'health',
    sources: [
      {
        id: 's',
        publication: { zh: '内蒙古日报', en: 'Inner Mongolia Daily' },
        date: '2021-01',
        headline: { zh: hostile, en: hostile },
      },
    ],
    indicators: [{ ...orgs, name: { zh: hostile, en: hostile } }],
    observations: [],
  } as Dataset;
  const html = observationTooltip(
    dataset,
    { ...o, indicator: 'orgs', value: 20, derived: true, note: { zh: '注', en: 'n' } },
    'en',
    () => 'Inner Mongolia',
  );
  it('shows value, unit, year, region, derived mark and source', () => {
    expect(html).toContain('20 institutions (derived)');
    expect(html).toContain('2019');
    expect(html).toContain('Inner Mongolia Daily 2021-01');
  });
  it('escapes every data string', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
