import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../../data/regions';
import { buildOverviewMapOption, countFigures } from './build-overview-map-option';
import { observation, testDataset } from '../../data/test-dataset';
import { summarise } from '../../data/dataset-summary';

const regions = buildRegionIndex({
  regions: [
    {
      code: '150000',
      name: { zh: '内蒙古自治区', en: 'Inner Mongolia' },
      parent: null,
      level: 'province',
    },
    {
      code: '150100',
      name: { zh: '呼和浩特市', en: 'Hohhot' },
      parent: '150000',
      level: 'prefecture',
    },
    { code: '150125', name: { zh: '武川县', en: 'Wuchuan' }, parent: '150100', level: 'county' },
    {
      code: '150700',
      name: { zh: '呼伦贝尔市', en: 'Hulunbuir' },
      parent: '150000',
      level: 'prefecture',
    },
  ],
});
const dataset = testDataset(
  [],
  [
    observation('a', 2020, 1),
    observation('a', 2023, 1, { region: '150100' }),
    observation('b', 2023, 1, { region: '150125' }),
    observation('c', 2019, 1, { region: '150125' }),
  ],
);

describe('countFigures', () => {
  it('rolls counties up into their league and keeps province-wide figures apart', () => {
    const counts = countFigures([summarise(dataset)], regions);
    expect([...counts.byLeague]).toEqual([
      ['150100', 3],
      ['150700', 0],
    ]);
    expect(counts.province).toBe(1);
  });
});

describe('buildOverviewMapOption', () => {
  const counts = countFigures([summarise(dataset)], regions);
  const option = buildOverviewMapOption(counts, {
    lang: 'en',
    regions,
    selected: '150125',
    figuresLabel: 'Figures',
    title: 'Where the figures are',
  });

  it('describes itself by region names, not the codes ECharts would read', () => {
    expect(option.aria).toEqual({
      enabled: true,
      label: { description: 'Where the figures are. Hohhot: 3 Figures; Hulunbuir: 0 Figures.' },
    });
  });
  interface Item {
    name: string;
    value: number;
    label: string;
    selected: boolean;
    tip: string;
  }
  const [series] = option.series as {
    id: string;
    map: string;
    nameProperty: string;
    data: Item[];
  }[];
  it('keys regions by code on the registered map and names them per language', () => {
    expect(series).toMatchObject({ id: 'overview-map', map: '150000', nameProperty: 'code' });
    expect(series?.data.map((d) => [d.name, d.value, d.label])).toEqual([
      ['150100', 3, 'Hohhot'],
      ['150700', 0, 'Hulunbuir'],
    ]);
  });
  it('outlines the league of a selected county', () =>
    expect(series?.data.map((d) => d.selected)).toEqual([true, false]));
  it('scales the colour to the largest count', () =>
    expect(option.visualMap).toMatchObject({ min: 0, max: 3 }));
});
