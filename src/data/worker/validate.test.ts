import { describe, expect, it } from 'vitest';
import {
  describeProblems,
  jsonPath,
  validateDataset,
  validateManifest,
  validateRegions,
} from './validate';
import { readJson } from '../../../tests/unit/load-fixtures';

const codes = new Set(['150000', '150100']);
const valid = () => ({
  id: 'tiny',
  title: { zh: '小', en: 'Tiny' },
  description: { zh: '小', en: 'Tiny' },
  topic: 'health',
  sources: [
    {
      id: 's',
      publication: { zh: '报', en: 'Paper' },
      date: '2021-01',
      headline: { zh: '题', en: 'Headline' },
    },
  ],
  indicators: [
    {
      id: 'beds',
      name: { zh: '床位', en: 'Beds' },
      unit: { zh: '张', en: 'beds' },
      kind: 'count',
      better: 'higher',
      decimals: 0,
    },
  ],
  observations: [
    {
      indicator: 'beds',
      region: '150000',
      year: 2019,
      value: 161000,
      quote: '床位16.1万张',
      source: 's',
    },
  ],
});
type Sample = ReturnType<typeof valid> & Record<string, unknown>;
const broken = (mutate: (d: Sample) => void) => {
  const d = valid() as Sample;
  mutate(d);
  const result = validateDataset(d, codes, 'tiny');
  return result.ok ? [] : result.problems;
};

describe('validateDataset', () => {
  it('accepts a valid dataset', () =>
    expect(validateDataset(valid(), codes, 'tiny').ok).toBe(true));

  it.each([
    [
      'a string value for a count',
      (d: Sample) => ((d.observations[0] as Record<string, unknown>).value = '161000'),
      '$.observations[0].value',
    ],
    [
      'an unknown indicator',
      (d: Sample) => (d.observations[0]!.indicator = 'cots'),
      '$.observations[0].indicator',
    ],
    [
      'a region not in regions.json',
      (d: Sample) => (d.observations[0]!.region = '159999'),
      '$.observations[0].region',
    ],
    [
      'a region that is not a code',
      (d: Sample) => (d.observations[0]!.region = 'Hohhot'),
      '$.observations[0].region',
    ],
    ['a negative count', (d: Sample) => (d.observations[0]!.value = -1), '$.observations[0].value'],
    [
      'a fractional year',
      (d: Sample) => (d.observations[0]!.year = 2019.5),
      '$.observations[0].year',
    ],
    ['an unknown topic', (d: Sample) => (d.topic = 'sports'), '$.topic'],
    [
      'a missing English title',
      (d: Sample) => (d.title = { zh: '小' } as { zh: string; en: string }),
      '$.title.en',
    ],
    ['an unknown field', (d: Sample) => (d.extra = 1), '$'],
    [
      'an unknown source',
      (d: Sample) => (d.observations[0]!.source = 'x'),
      '$.observations[0].source',
    ],
    ['an id the manifest does not expect', (d: Sample) => (d.id = 'other'), '$.id'],
    [
      'a derived value without a note',
      (d: Sample) => Object.assign(d.observations[0]!, { derived: true }),
      '$.observations[0].note',
    ],
    [
      'a duplicate figure',
      (d: Sample) => d.observations.push({ ...d.observations[0]! }),
      '$.observations[1]',
    ],
  ])('rejects %s at its JSON path', (_, mutate, path) => {
    expect(broken(mutate).map((p) => p.path)).toContain(path);
  });

  it('rejects NaN and Infinity', () => {
    expect(broken((d) => (d.observations[0]!.value = Number.NaN)).length).toBeGreaterThan(0);
    expect(
      broken((d) => (d.observations[0]!.value = Number.POSITIVE_INFINITY)).length,
    ).toBeGreaterThan(0);
  });

  it('tells figures apart by their dimensions', () => {
    const d = valid() as Sample;
    d.dimensions = [
      {
        id: 'stage',
        name: { zh: '阶段', en: 'Stage' },
        values: [
          { id: 'a', name: { zh: '甲', en: 'A' } },
          { id: 'b', name: { zh: '乙', en: 'B' } },
        ],
      },
    ];
    d.observations = [
      { ...d.observations[0]!, dims: { stage: 'a' } } as (typeof d.observations)[number],
      { ...d.observations[0]!, dims: { stage: 'b' } } as (typeof d.observations)[number],
    ];
    expect(validateDataset(d, codes).ok).toBe(true);
    (d.observations[1] as { dims?: Record<string, string> }).dims = { stage: 'c' };
    const result = validateDataset(d, codes);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain(
      'unknown value "c" of dimension "stage"',
    );
  });

  it('requires categories exactly for categorical indicators', () => {
    const problems = broken((d) => (d.indicators[0]!.kind = 'category'));
    expect(problems.map((p) => p.path)).toContain('$.indicators[0].categories');
  });
});

describe('manifest and regions', () => {
  it('accept the bundled files', () => {
    expect(validateManifest(readJson('public/data/manifest.json')).ok).toBe(true);
    expect(validateRegions(readJson('public/data/regions.json')).ok).toBe(true);
  });
  it('reject a manifest whose file does not match its id', () => {
    const result = validateManifest({
      datasets: [
        { id: 'a', file: 'datasets/b.json', topic: 'health', title: { zh: '甲', en: 'A' } },
      ],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['$.datasets[0].file']);
  });
  it('reject regions with an unknown parent or a second root', () => {
    const result = validateRegions({
      regions: [
        { code: '150000', name: { zh: '内蒙古', en: 'IM' }, parent: null, level: 'province' },
        { code: '150100', name: { zh: '呼市', en: 'H' }, parent: '150999', level: 'prefecture' },
        { code: '150200', name: { zh: '包头', en: 'B' }, parent: null, level: 'prefecture' },
      ],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '$.regions[1].parent',
      '$.regions[2].level',
    ]);
  });
});

describe('messages', () => {
  it('writes JSON paths the way people read them', () => {
    expect(jsonPath(['observations', 3, 'value'])).toBe('$.observations[3].value');
    expect(jsonPath(['dims', 'centre-type'])).toBe('$.dims["centre-type"]');
  });
  it('names the file and the first problems', () => {
    const text = describeProblems(
      'datasets/x.json',
      [
        { path: '$.a', message: 'bad' },
        { path: '$.b', message: 'worse' },
        { path: '$.c', message: 'worst' },
      ],
      2,
    );
    expect(text).toBe('datasets/x.json: 3 problems\n  $.a: bad\n  $.b: worse\n  … and 1 more');
  });
});
