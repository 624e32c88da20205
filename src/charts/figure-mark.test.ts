import { describe, expect, it } from 'vitest';
import { findFigureMark } from './figure-mark';
import { observationItem } from './observation-series';
import { observation, indicator, regionName, testDataset } from '../data/test-dataset';
import { figureId } from '../data/figure-id';

describe('findFigureMark', () => {
  it('finds the series and item carrying the figure id', () => {
    const o = observation('a', 2020, 5);
    const dataset = testDataset([indicator('a', '%')], [o]);
    const item = observationItem(dataset, o, 'zh', regionName);
    const id = figureId('test', o);
    expect(item.figure).toBe(id);
    expect(
      findFigureMark([{ data: [1, 2] }, { data: [null, { figure: 'other' }, item] }], id),
    ).toEqual({ seriesIndex: 1, dataIndex: 2 });
  });

  it('is null for bare numbers, missing data and unknown ids', () => {
    expect(findFigureMark([{ data: [1, 2, 3] }, {}, { data: 'x' }], 'abcd-0123456789')).toBeNull();
  });
});
