import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from './regions';
import { nearestSelections, suggestSelections } from './suggest';
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

describe('nearestSelections', () => {
  const panels = [
    [o('150125', 2023), o('150100', 2022)],
    [o('150000', 2015), o('150000', 2019)],
    [o('150100', 2023)],
  ];
  it('orders nearby figures by region steps plus years away, and counts the panels', () => {
    const near = nearestSelections(panels, { region: '150125', from: 2015, to: 2015 }, regions);
    expect(near.map((s) => [s.region, s.from, s.to, s.panels, s.regionSteps, s.yearGap])).toEqual([
      ['150000', 2015, 2019, 1, 2, 0],
      // Eight away each: the one with figures in more panels first.
      ['150100', 2022, 2023, 2, 1, 7],
      ['150125', 2023, 2023, 1, 0, 8],
    ]);
  });
  it('leaves out what the selection already includes', () => {
    const near = nearestSelections(panels, { region: '150100', from: null, to: null }, regions);
    expect(near.map((s) => s.region)).toEqual(['150000']);
  });
});

describe('nearestSelections panel counts', () => {
  it('counts the panels that choosing the combination would fill, in the years kept', () => {
    const panels = [[o('150000', 2015)], [o('150000', 2019)], [o('150000', 2016)]];
    const [first] = nearestSelections(panels, { region: '150125', from: 2015, to: 2016 }, regions);
    expect(first).toMatchObject({ region: '150000', panels: 2, yearGap: 0 });
  });
});

describe('nearestSelections years', () => {
  it('measures the years away from the years a region has, not from its span', () => {
    // 2014 and 2020 around a 2015–2016 filter: nothing inside it, one year away.
    const panels = [[o('150100', 2014), o('150100', 2020)]];
    const [near] = nearestSelections(panels, { region: '150125', from: 2015, to: 2016 }, regions);
    expect(near).toMatchObject({ region: '150100', yearGap: 1, panels: 1 });
  });
});
