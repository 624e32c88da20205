import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from './regions';
import { suggestSelections } from './suggest';
import type { Observation } from './schema';

const regions = buildRegionIndex({
  regions: [
    { code: '150000', name: { zh: '内蒙古', en: 'IM' }, parent: null, level: 'province' },
    { code: '150100', name: { zh: '呼市', en: 'Hohhot' }, parent: '150000', level: 'prefecture' },
    { code: '150125', name: { zh: '武川', en: 'Wuchuan' }, parent: '150100', level: 'county' },
  ],
});
const o = (region: string, year: number): Observation => ({
  indicator: 'x',
  region,
  year,
  value: 1,
  quote: '引文引文',
  source: 's',
});

describe('suggestSelections', () => {
  it('lists each region with its year span, most figures first', () => {
    expect(
      suggestSelections([o('150125', 2023), o('150000', 2015), o('150000', 2019)], regions),
    ).toEqual([
      { region: '150000', from: 2015, to: 2019, count: 2 },
      { region: '150125', from: 2023, to: 2023, count: 1 },
    ]);
  });
  it('is empty when the panel has nothing at all', () =>
    expect(suggestSelections([], regions)).toEqual([]));
});
