import { describe, expect, it } from 'vitest';
import {
  DIMMED_OPACITY,
  MATRIX_SERIES_ID,
  NOT_REPORTED,
  NOT_REPORTED_COLOUR,
  SELECTED_STYLE,
  STATUS_COLOURS,
  buildFiveCentresOption,
  clickedRegion,
} from './build-five-centres-option';
import type { MatrixCell } from './build-five-centres-option';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const category = { kind: 'category', better: 'neutral', decimals: 0 } as const;
const dataset = testDataset(
  [
    indicator('five-centre-status', '', {
      ...category,
      categories: [
        { id: 'built', name: { zh: '已建成', en: 'Built' }, terms: ['建成'] },
        { id: 'preparing', name: { zh: '准备', en: 'Preparing <early>' }, terms: ['准备'] },
      ],
    }),
    indicator('stroke-map-membership', '', {
      ...category,
      categories: [{ id: 'listed', name: { zh: '已挂牌', en: 'Listed' }, terms: ['挂牌'] }],
    }),
  ],
  [
    observation('five-centre-status', 2023, 0, {
      region: '150100',
      value: 'built',
      dims: { centre: 'stroke', facility: 'first' },
    }),
    observation('five-centre-status', 2023, 0, {
      region: '150121',
      value: 'preparing',
      dims: { centre: 'stroke', facility: 'tumed' },
    }),
    observation('five-centre-status', 2023, 0, {
      region: '150125',
      value: 'built',
      dims: { centre: 'trauma' },
    }),
    observation('stroke-map-membership', 2022, 0, {
      region: '150121',
      value: 'listed',
      dims: { facility: 'tumed' },
    }),
  ],
  {
    dimensions: [
      {
        id: 'centre',
        name: { zh: '中心', en: 'Centre' },
        values: [
          { id: 'trauma', name: { zh: '创伤中心', en: 'Trauma' } },
          { id: 'stroke', name: { zh: '卒中中心', en: 'Stroke' } },
        ],
      },
      {
        id: 'facility',
        name: { zh: '医院', en: 'Hospital' },
        values: [
          { id: 'first', name: { zh: '市一院', en: 'First Hospital' } },
          { id: 'mch', name: { zh: '妇幼', en: 'MCH' } },
          { id: 'tumed', name: { zh: '土左医院', en: 'Tumed hospital' } },
        ],
      },
    ],
  },
);

const build = (selectedRegion = '150000') =>
  buildFiveCentresOption(dataset, dataset.observations, {
    lang: 'en',
    regionName,
    city: '150100',
    divisions: ['150102', '150121', '150125'],
    selectedRegion,
  });
const cellsOf = (selectedRegion?: string) =>
  (build(selectedRegion).option.series as { id: string; type: string; data: MatrixCell[] }[])[0];
const cell = (cells: MatrixCell[] | undefined, x: number, y: number) =>
  cells?.find((c) => c.value[0] === x && c.value[1] === y);

describe('buildFiveCentresOption', () => {
  it('puts city hospitals first, then divisions with figures, then the silent ones', () => {
    const { rows, option } = build();
    expect(rows.map((r) => r.key)).toEqual([
      'facility:first',
      'region:150121',
      'region:150125',
      'region:150102',
    ]);
    expect(rows.map((r) => r.reported)).toEqual([true, true, true, false]);
    expect((option.yAxis as { data: string[]; inverse: boolean }).inverse).toBe(true);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Trauma', 'Stroke']);
    const { formatter } = (option.yAxis as { axisLabel: { formatter: (k: string) => string } })
      .axisLabel;
    expect(formatter('facility:first')).toBe('First Hospital');
  });

  it('fills every cell of one heatmap series, "not reported" where the article is silent', () => {
    const series = cellsOf();
    expect(series?.id).toBe(MATRIX_SERIES_ID);
    expect(series?.type).toBe('heatmap');
    expect(series?.data).toHaveLength(2 * 4);
    expect(cell(series?.data, 1, 0)).toMatchObject({ value: [1, 0, 0], status: 'built' });
    expect(cell(series?.data, 1, 1)).toMatchObject({ value: [1, 1, 1], status: 'preparing' });
    expect(cell(series?.data, 0, 3)).toMatchObject({ value: [0, 3, 2], status: NOT_REPORTED });
  });

  it('maps statuses to an ordered ramp through a hidden piecewise visualMap', () => {
    const { option, legend } = build();
    expect(legend).toEqual([
      { id: 'built', label: 'Built', colour: STATUS_COLOURS.built },
      { id: 'preparing', label: 'Preparing <early>', colour: STATUS_COLOURS.preparing },
      { id: NOT_REPORTED, label: 'Not reported', colour: NOT_REPORTED_COLOUR },
    ]);
    expect(option.visualMap).toMatchObject({
      type: 'piecewise',
      seriesId: MATRIX_SERIES_ID,
      dimension: 2,
      show: false,
      pieces: [
        { value: 0, color: STATUS_COLOURS.built },
        { value: 1, color: STATUS_COLOURS.preparing },
        { value: 2, color: NOT_REPORTED_COLOUR },
      ],
    });
  });

  it('writes escaped tooltips naming centre, place, hospital, status, year and source', () => {
    const tip = cell(cellsOf()?.data, 1, 1)?.tip ?? '';
    for (const text of ['Stroke', 'R150121', 'Tumed hospital', 'Listed (2022)', '2023', 'Paper'])
      expect(tip).toContain(text);
    expect(tip).toContain('Preparing &lt;early&gt;');
    expect(tip).not.toContain('<early>');
    expect(cell(cellsOf()?.data, 0, 3)?.tip).toContain('Not reported');
  });

  it('highlights the selected division and fades the rest, keeping every row', () => {
    const { option } = build('150125');
    const cells = (option.series as { data: MatrixCell[] }[])[0]?.data;
    expect(cells).toHaveLength(8);
    expect(cell(cells, 0, 2)?.itemStyle).toMatchObject(SELECTED_STYLE);
    expect(cell(cells, 0, 0)?.itemStyle).toEqual({ opacity: DIMMED_OPACITY });
    const { formatter } = (option.yAxis as { axisLabel: { formatter: (k: string) => string } })
      .axisLabel;
    expect(formatter('region:150125')).toBe('{selected|R150125}');
    // The city itself is not a row of its own: selecting it highlights nothing.
    expect(cell(cellsOf('150100')?.data, 0, 0)?.itemStyle).toBeUndefined();
  });

  it('describes the reported cells for screen readers instead of axis indices', () => {
    const { option } = build();
    expect((option.aria as { label: { description: string } }).label.description).toBe(
      'five-centre-status en; First Hospital: Stroke Built; R150121: Stroke Preparing <early>; R150125: Trauma Built',
    );
  });

  it('filters by the clicked cell only where its row has figures', () => {
    const cells = cellsOf()?.data;
    expect(clickedRegion({ data: cell(cells, 0, 2) })).toBe('150125');
    expect(clickedRegion({ data: cell(cells, 0, 0) })).toBe('150100');
    expect(clickedRegion({ data: cell(cells, 0, 3) })).toBeUndefined();
    expect(clickedRegion(undefined)).toBeUndefined();
  });
});
