import { describe, expect, it } from 'vitest';
import { bundledDatasets } from '../../tests/unit/load-fixtures';
import { datasetIdPart, figureId, findFigure, isFigureId } from './figure-id';

const base = { indicator: 'detonators-seized', region: '150000', year: 2020 };

describe('figureId', () => {
  it('is short, URL-safe and the same on every call', () => {
    const id = figureId('firearm-seizures-2020', base);
    expect(id).toMatch(/^[0-9a-z]{4}-[0-9a-z]{10}$/);
    expect(isFigureId(id)).toBe(true);
    expect(encodeURIComponent(id)).toBe(id);
    expect(figureId('firearm-seizures-2020', { ...base })).toBe(id);
  });

  it('is pinned: a change of derivation would break every shared link', () => {
    // Literal on purpose: links in the wild carry these ids.
    expect(figureId('firearm-seizures-2020', base)).toBe(PINNED);
  });

  it('changes with each identifying field and starts with its dataset part', () => {
    const ids = new Set([
      figureId('firearm-seizures-2020', base),
      figureId('health-13th-fyp', base),
      figureId('firearm-seizures-2020', { ...base, indicator: 'firearms-seized' }),
      figureId('firearm-seizures-2020', { ...base, region: '150100' }),
      figureId('firearm-seizures-2020', { ...base, year: 2019 }),
      figureId('firearm-seizures-2020', { ...base, dims: { stage: 'before' } }),
      figureId('firearm-seizures-2020', { ...base, dims: { stage: 'after' } }),
    ]);
    expect(ids.size).toBe(7);
    expect(
      figureId('health-13th-fyp', base).startsWith(`${datasetIdPart('health-13th-fyp')}-`),
    ).toBe(true);
  });

  it('ignores the order of dims (they are a set)', () => {
    expect(figureId('d', { ...base, dims: { a: 'x', b: 'y' } })).toBe(
      figureId('d', { ...base, dims: { b: 'y', a: 'x' } }),
    );
  });

  it('is unique over every figure of every bundled dataset, and dataset parts differ', () => {
    const datasets = bundledDatasets();
    const ids = datasets.flatMap((d) => d.observations.map((o) => figureId(d.id, o)));
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(datasets.map((d) => datasetIdPart(d.id))).size).toBe(datasets.length);
  });

  it('is unique over 60,000 synthetic figures of one dataset', () => {
    const ids = new Set<string>();
    for (let ind = 0; ind < 20; ind += 1)
      for (let r = 0; r < 100; r += 1)
        for (let year = 1994; year < 2024; year += 1)
          ids.add(
            figureId('synthetic', {
              indicator: `ind-${ind}`,
              region: String(150160 + r),
              year,
            }),
          );
    expect(ids.size).toBe(20 * 100 * 30);
  });
});

describe('findFigure', () => {
  const observations = [base, { ...base, year: 2019 }];
  it('finds the observation of an id and nothing for another dataset or a bad id', () => {
    const id = figureId('firearm-seizures-2020', observations[1]!);
    expect(findFigure('firearm-seizures-2020', observations, id)).toBe(observations[1]);
    expect(findFigure('health-13th-fyp', observations, id)).toBeUndefined();
    expect(findFigure('firearm-seizures-2020', observations, 'abcd-0000000000')).toBeUndefined();
  });
});

const PINNED = 'rkdm-k8fw8hwt63';
