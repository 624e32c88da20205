import { describe, expect, it } from 'vitest';
import { DIMMED_OPACITY, SELECTED_STYLE } from '../../charts/selection-style';
import { buildRegionIndex } from '../../data/regions';
import { buildOverviewMapOption, countFigures } from './build-overview-map-option';
import { labelPoint, mapLabel } from './league-labels';
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
      code: '150105',
      name: { zh: '赛罕区', en: 'Saihan District' },
      parent: '150100',
      level: 'county',
    },
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
    expect(counts.map).toBe('150000');
    expect([...counts.byArea]).toEqual([
      ['150100', 3],
      ['150700', 0],
    ]);
    expect(counts.whole).toBe(1);
  });
  it("counts a league's counties on its own map, its city-wide figures apart", () => {
    const counts = countFigures([summarise(dataset)], regions, '150100');
    expect([...counts.byArea]).toEqual([
      ['150125', 2],
      ['150105', 0],
    ]);
    // The province-wide figure is not Hohhot's.
    expect(counts.whole).toBe(1);
  });
});

describe('a county map', () => {
  const option = buildOverviewMapOption(countFigures([summarise(dataset)], regions, '150100'), {
    lang: 'zh',
    regions,
    selected: '150125',
    figuresLabel: '数据条数',
    title: '呼和浩特市各旗县区数据分布',
  });
  const [series] = option.series as {
    id: string;
    map: string;
    data: { name: string; short: string; itemStyle: object; label?: object }[];
  }[];
  it("draws the league's own geometry, the chosen county outlined and named in bold", () => {
    expect(series).toMatchObject({ id: 'overview-map-150100', map: '150100' });
    expect(series?.data.map((d) => [d.name, d.short, d.itemStyle, d.label])).toEqual([
      ['150125', '武川县', SELECTED_STYLE, { fontWeight: 'bold' }],
      ['150105', '赛罕区', { opacity: DIMMED_OPACITY }, undefined],
    ]);
  });
  it('leaves county labels where ECharts puts them (the province label points do not apply)', () => {
    const typed = series as unknown as { labelLayout: (p: unknown) => Record<string, unknown> };
    const rect = { x: 100, y: 50, width: 40, height: 30 };
    expect(typed.labelLayout({ dataIndex: 0, rect })).toEqual({ hideOverlap: true });
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
    fullName: string;
    itemStyle: { borderWidth?: number; opacity?: number };
    tip: string;
  }
  const [series] = option.series as {
    id: string;
    map: string;
    nameProperty: string;
    data: Item[];
  }[];
  it('keys regions by code on the registered map and names them per language', () => {
    expect(series).toMatchObject({
      id: 'overview-map-150000',
      map: '150000',
      nameProperty: 'code',
    });
    expect(series?.data.map((d) => [d.name, d.value, d.fullName])).toEqual([
      ['150100', 3, 'Hohhot'],
      ['150700', 0, 'Hulunbuir'],
    ]);
  });
  it('outlines the league of a selected county and fades the others', () =>
    expect(series?.data.map((d) => d.itemStyle)).toEqual([
      SELECTED_STYLE,
      { opacity: DIMMED_OPACITY },
    ]));
  it('scales the colour to the largest count', () =>
    expect(option.visualMap).toMatchObject({ min: 0, max: 3 }));
  it('labels each league with its short name, moves the crowded ones apart, shows hidden ones on hover', () => {
    const typed = series as unknown as {
      label: { formatter: (p: unknown) => string };
      labelLayout: (p: unknown) => Record<string, unknown>;
      emphasis: { label: { show: boolean } };
    };
    expect(typed.label.formatter({ data: { short: 'Hohhot' } })).toBe('Hohhot');
    const rect = { x: 100, y: 50, width: 40, height: 30 };
    const hohhot = typed.labelLayout({ dataIndex: 0, rect });
    expect(hohhot).toMatchObject({ hideOverlap: true, align: 'center', verticalAlign: 'middle' });
    expect(hohhot).toEqual({ ...hohhot, ...labelPoint('150100', rect) });
    // Hulunbuir is not crowded: ECharts' own place.
    expect(typed.labelLayout({ dataIndex: 1, rect })).toEqual({ hideOverlap: true });
    expect(typed.emphasis.label.show).toBe(true);
  });
});

describe('league labels', () => {
  it('drops 市 and League so names fit a phone', () => {
    expect(mapLabel('呼和浩特市', 'zh')).toBe('呼和浩特');
    expect(mapLabel('锡林郭勒盟', 'zh')).toBe('锡林郭勒盟');
    expect(mapLabel('Xilingol League', 'en')).toBe('Xilingol');
    expect(mapLabel('莫力达瓦达斡尔族自治旗', 'zh')).toBe('莫力达瓦旗');
    expect(mapLabel('鄂温克族自治旗', 'zh')).toBe('鄂温克旗');
    expect(mapLabel('武川县', 'zh')).toBe('武川县');
    expect(mapLabel('Morin Dawa Daur Autonomous Banner', 'en')).toBe('Morin Dawa');
    expect(mapLabel('Tumed Left Banner', 'en')).toBe('Tumed Left');
  });
});
