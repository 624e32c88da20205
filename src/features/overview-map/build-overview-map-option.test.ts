import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../../data/regions';
import { buildOverviewMapOption, countFigures } from './build-overview-map-option';
import { LABEL_POINTS, labelPoint, mapLabel } from './league-labels';
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
    data: { name: string; short: string; selected: boolean }[];
  }[];
  it("draws the league's own geometry, the chosen county outlined", () => {
    expect(series).toMatchObject({ id: 'overview-map-150100', map: '150100' });
    expect(series?.data.map((d) => [d.name, d.short, d.selected])).toEqual([
      ['150125', '武川县', true],
      ['150105', '赛罕区', false],
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
    expect(series).toMatchObject({
      id: 'overview-map-150000',
      map: '150000',
      nameProperty: 'code',
    });
    expect(series?.data.map((d) => [d.name, d.value, d.label])).toEqual([
      ['150100', 3, 'Hohhot'],
      ['150700', 0, 'Hulunbuir'],
    ]);
  });
  it('outlines the league of a selected county', () =>
    expect(series?.data.map((d) => d.selected)).toEqual([true, false]));
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
  });

  it('keeps Hohhot, Baotou and Ulanqab apart even at a phone scale', () => {
    // 390 px phone: the province (97°–126° E) is ~340 px wide, about 12 px per degree.
    const perDegree = 12;
    const box = (code: string, width: number) => {
      const [lng, lat] = LABEL_POINTS[code]?.at ?? [0, 0];
      const x = lng * perDegree;
      const y = -lat * (perDegree / 0.75);
      return { x0: x - width / 2, x1: x + width / 2, y0: y - 6, y1: y + 6 };
    };
    const labels = [box('150100', 40), box('150200', 20), box('150900', 40)];
    for (const a of labels)
      for (const b of labels) {
        if (a === b) continue;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    for (const { box: extent, at } of Object.values(LABEL_POINTS)) {
      const [west, south, east, north] = extent;
      expect(at[0] > west && at[0] < east && at[1] > south && at[1] < north).toBe(true);
    }
  });
});
