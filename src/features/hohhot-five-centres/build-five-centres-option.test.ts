import { describe, expect, it } from 'vitest';
import {
  MATRIX_SERIES_ID,
  NOT_REPORTED,
  NOT_REPORTED_COLOUR,
  STATUS_COLOURS,
  buildFiveCentresOption,
  clickedRegion,
  statusSeriesId,
} from './build-five-centres-option';
import { STATUS_MARKS } from './status-marks';
import { COLUMN_LABEL_WIDTH, shortCentreName } from './matrix-phone';
import { EXPORT_KEY_ID } from '../../charts/export/export-key';
import type { MatrixCell } from './build-five-centres-option';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';
import { DIMMED_OPACITY, SELECTED_STYLE } from '../../charts/selection-style';

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
interface Series {
  id: string;
  type: string;
  name: string;
  data: MatrixCell[];
  itemStyle: { color: string; decal?: Record<string, unknown> };
  label: { show: boolean; formatter: (p: unknown) => string };
}
const seriesOf = (selectedRegion?: string) => build(selectedRegion).option.series as Series[];
/** Every cell of the matrix, whichever status series draws it. */
const cellsOf = (selectedRegion?: string) => ({
  data: seriesOf(selectedRegion).flatMap((x) => x.data),
});
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

  it('fills every cell, one heatmap series per status, "not reported" where the article is silent', () => {
    expect(seriesOf().map((x) => [x.id, x.type, x.data.length])).toEqual([
      [statusSeriesId('built'), 'heatmap', 2],
      [statusSeriesId('preparing'), 'heatmap', 1],
      [statusSeriesId(NOT_REPORTED), 'heatmap', 5],
    ]);
    expect(statusSeriesId('built')).toBe(`${MATRIX_SERIES_ID}:built`);
    const series = cellsOf();
    expect(series?.data).toHaveLength(2 * 4);
    expect(cell(series?.data, 1, 0)).toMatchObject({ value: [1, 0, 0], status: 'built' });
    expect(cell(series?.data, 1, 1)).toMatchObject({ value: [1, 1, 1], status: 'preparing' });
    expect(cell(series?.data, 0, 3)).toMatchObject({ value: [0, 3, 2], status: NOT_REPORTED });
  });

  it('maps statuses to an ordered ramp through a hidden piecewise visualMap', () => {
    const { option, legend } = build();
    expect(legend.map((e) => [e.id, e.label, e.colour])).toEqual([
      ['built', 'Built', STATUS_COLOURS.built],
      ['preparing', 'Preparing <early>', STATUS_COLOURS.preparing],
      [NOT_REPORTED, 'Not reported', NOT_REPORTED_COLOUR],
    ]);
    expect(option.visualMap).toMatchObject({
      type: 'piecewise',
      seriesId: [
        statusSeriesId('built'),
        statusSeriesId('preparing'),
        statusSeriesId(NOT_REPORTED),
      ],
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
    const cells = (option.series as { data: MatrixCell[] }[]).flatMap((x) => x.data);
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

  it('writes each status in its cells as a word, and leaves "not reported" blank', () => {
    const series = seriesOf();
    const words = series.map((x) => x.data.map((d) => x.label.formatter({ data: d })));
    expect(series.every((x) => x.label.show)).toBe(true);
    expect(words).toEqual([['Built', 'Built'], ['Prep.'], ['', '', '', '', '']]);
    const zh = buildFiveCentresOption(dataset, dataset.observations, {
      lang: 'zh',
      regionName,
      city: '150100',
      divisions: ['150102'],
      selectedRegion: '150000',
    });
    expect(zh.legend.map((e) => e.short)).toEqual(['建成', '前期', '']);
  });

  it('gives each status a pattern of its own, in the cells and the key, and none to "not reported"', () => {
    const series = seriesOf();
    const [built, preparing, silent] = series;
    expect(built?.itemStyle.decal).toEqual(STATUS_MARKS.built?.decal);
    expect(preparing?.itemStyle.decal).toEqual(STATUS_MARKS.preparing?.decal);
    expect(built?.itemStyle.decal).not.toEqual(preparing?.itemStyle.decal);
    expect(silent?.itemStyle).not.toHaveProperty('decal');
    const decals = Object.values(STATUS_MARKS).map((m) => JSON.stringify(m.decal));
    expect(new Set(decals).size).toBe(decals.length);
    const { legend, option } = build();
    expect(legend.map((e) => e.pattern)).toEqual([
      STATUS_MARKS.built?.css,
      STATUS_MARKS.preparing?.css,
      undefined,
    ]);
    // Patterns mode adds no automatic pattern of its own on top.
    expect(option.aria).toMatchObject({ decal: { show: false } });
  });

  it('carries a hidden legend that exports show as the key, each swatch with its pattern', () => {
    const { option } = build();
    expect(option.legend).toMatchObject({
      id: EXPORT_KEY_ID,
      show: false,
      data: ['Built', 'Prep. = Preparing <early>', 'Not reported'],
    });
  });

  it('names the columns briefly enough to fit a phone, and in full in the tooltip', () => {
    const { option } = build();
    const xAxis = option.xAxis as {
      data: string[];
      axisLabel: { width: number; overflow: string };
    };
    // Five columns share about 230 px on a 390 px phone: each header wraps within ~46 px.
    expect(xAxis.axisLabel).toMatchObject({ width: COLUMN_LABEL_WIDTH, overflow: 'break' });
    expect(COLUMN_LABEL_WIDTH).toBeLessThanOrEqual(46);
    expect(shortCentreName('critical-neonatal', { zh: '危重新生儿救治中心', en: 'x' }, 'zh')).toBe(
      '危重新生儿',
    );
    expect(cell(cellsOf().data, 1, 1)?.tip).toContain('Stroke');
  });
});
