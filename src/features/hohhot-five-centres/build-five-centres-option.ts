import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Lang, Observation } from '../../data/schema';
import { categoryName, indicatorById, latestOf } from '../../data/select';
import { OWN_PATTERNS } from '../../charts/chart-defaults';
import { EXPORT_KEY_ID } from '../../charts/export/export-key';
import { NOT_REPORTED_NAME, cellTooltip, matrixRows, rowOf } from './five-centres-cells';
import type { MatrixRow, RowOptions } from './five-centres-cells';
import { markOf } from './status-marks';
import { COLUMN_LABEL_WIDTH, ROW_LABEL_WIDTH, shortCentreName } from './matrix-phone';
import { selectionStyle } from '../../charts/selection-style';

export const STATUS_INDICATOR = 'five-centre-status';
export const STROKE_MAP_INDICATOR = 'stroke-map-membership';
export const FIVE_CENTRES_INDICATORS = [STATUS_INDICATOR, STROKE_MAP_INDICATOR] as const;
export const MATRIX_SERIES_ID = 'five-centres';
export const NOT_REPORTED = 'not-reported';

/**
 * Status is ordinal (preparing → … → built), so the colours form one sequential ramp along
 * viridis' hue path (colour-blind safe, even steps of ≈7–8 ΔE in OKLab). Its ends are pulled in
 * so one option serves both themes: "built" has 3.3:1 contrast on the dark panel and 5.4:1 on
 * white; the pale end relies on the cell borders on white.
 */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  built: '#2d6f9c',
  'in-operation': '#21849a',
  'awaiting-certification': '#1d9a8c',
  'meets-standard': '#37b07a',
  'under-acceptance': '#63c463',
  'application-submitted': '#99d448',
  preparing: '#cde23a',
};
/** A faint translucent grey: reads as "nothing here" on either background. */
export const NOT_REPORTED_COLOUR = 'rgba(148,163,184,0.2)';
const UNKNOWN_STATUS_COLOUR = '#8c6d31';

export interface LegendEntry {
  id: string;
  label: string;
  colour: string;
  /** The word written in the status's cells ("建成"); empty for "not reported". */
  short: string;
  /** CSS background drawing the status's pattern over its colour; none for "not reported". */
  pattern?: string;
}

export interface FiveCentresMatrix {
  option: EChartsCoreOption;
  rows: MatrixRow[];
  legend: LegendEntry[];
}

export interface MatrixCell {
  value: [number, number, number];
  status: string;
  /** The status in a word, written in the cell so it reads without colour. */
  short: string;
  region: string;
  clickable: boolean;
  tip: string;
  itemStyle?: Record<string, unknown>;
}

export interface FiveCentresOptions extends RowOptions {
  selectedRegion: string;
}

const read = (params: unknown): Partial<MatrixCell> =>
  (params as { data?: Partial<MatrixCell> } | null)?.data ?? {};

/** The region of a clicked cell whose row has figures, or undefined. */
export const clickedRegion = (params: unknown): string | undefined => {
  const cell = read(params);
  return cell.clickable ? cell.region : undefined;
};

/** Every series of the matrix: one per status, so each has its colour and pattern. */
export const statusSeriesId = (status: string) => `${MATRIX_SERIES_ID}:${status}`;

const CELL_LABEL = {
  show: true,
  fontSize: 11,
  color: '#ffffff',
  textBorderColor: 'rgba(0,0,0,0.75)',
  textBorderWidth: 2,
  formatter: (params: unknown) => read(params).short ?? '',
} as const;

/** A key entry's name with the word its cells carry: "建成：已建成" / "Built = Built". */
export const keyName = (e: LegendEntry, lang: Lang) =>
  e.short === '' || e.short === e.label
    ? e.label
    : `${e.short}${lang === 'zh' ? '：' : ' = '}${e.label}`;

/**
 * The "five centres" as a matrix: centres across, hospitals and county-level divisions down,
 * each cell showing the status the article reports (or "not reported"). A heatmap on two
 * category axes with one series per status: its colour on the ordinal ramp, a pattern of its
 * own and its word in every cell, so status reads without colour. The panel draws the key in
 * HTML, where long status names can wrap; exported images show the hidden legend instead. On
 * a phone the columns take short names. The selected division's row keeps its strength.
 */
export const buildFiveCentresOption = (
  dataset: Dataset,
  context: readonly Observation[],
  options: FiveCentresOptions,
): FiveCentresMatrix => {
  const { lang, regionName, city, selectedRegion } = options;
  const indicator = indicatorById(dataset, STATUS_INDICATOR);
  const statusIds = (indicator?.categories ?? []).map((c) => c.id);
  const centres = dataset.dimensions?.find((d) => d.id === 'centre')?.values ?? [];
  const statuses = context.filter((o) => o.indicator === STATUS_INDICATOR);
  const strokeMap = context.filter((o) => o.indicator === STROKE_MAP_INDICATOR);
  const rows = matrixRows(dataset, statuses, options);
  const highlighted = options.divisions.includes(selectedRegion) ? selectedRegion : undefined;
  const tipContext = { dataset, lang, regionName, strokeMap };
  const statusLabel = indicator?.name[lang] ?? STATUS_INDICATOR;
  const notReportedRank = statusIds.length;
  const marks = new Map(
    statusIds.map((id) => [
      id,
      markOf(id, indicator ? categoryName(indicator, id, lang) : id, lang),
    ]),
  );
  const shortOf = (status: string) => marks.get(status)?.short ?? '';

  const data: MatrixCell[] = rows.flatMap((row, y) =>
    centres.map((centre, x) => {
      const o = latestOf(
        statuses.filter((s) => s.dims?.centre === centre.id && rowOf(s, rows, city) === row),
      );
      const rank = o ? statusIds.indexOf(String(o.value)) : notReportedRank;
      const selected = highlighted !== undefined && row.region === highlighted;
      const style = {
        ...selectionStyle(selected, highlighted !== undefined),
      };
      const status = o ? String(o.value) : NOT_REPORTED;
      return {
        value: [x, y, rank < 0 ? notReportedRank + 1 : rank],
        status,
        short: shortOf(status),
        region: row.region,
        clickable: row.reported,
        tip: cellTooltip(tipContext, row, centre.name[lang], o, STATUS_INDICATOR),
        ...(Object.keys(style).length > 0 && { itemStyle: style }),
      };
    }),
  );

  // ECharts' own aria text would read out axis indices; name each reported cell instead.
  const description = [
    statusLabel,
    ...rows.flatMap((row, y) => {
      const cells = data.filter((d) => d.value[1] === y && d.status !== NOT_REPORTED);
      if (cells.length === 0) return [];
      const list = cells.map((d) => {
        const centre = centres[d.value[0]]?.name[lang] ?? '';
        const status = indicator ? categoryName(indicator, d.status, lang) : d.status;
        return `${centre} ${status}`;
      });
      return [
        `${row.label}${lang === 'zh' ? '：' : ': '}${list.join(lang === 'zh' ? '，' : ', ')}`,
      ];
    }),
  ].join(lang === 'zh' ? '；' : '; ');

  const legend: LegendEntry[] = [
    ...statusIds.map((id) => {
      const mark = marks.get(id)?.mark;
      return {
        id,
        label: indicator ? categoryName(indicator, id, lang) : id,
        colour: STATUS_COLOURS[id] ?? UNKNOWN_STATUS_COLOUR,
        short: shortOf(id),
        ...(mark && { pattern: mark.css }),
      };
    }),
    { id: NOT_REPORTED, label: NOT_REPORTED_NAME[lang], colour: NOT_REPORTED_COLOUR, short: '' },
  ];
  const series = legend.map((entry) => ({
    id: statusSeriesId(entry.id),
    type: 'heatmap',
    name: keyName(entry, lang),
    data: data.filter((d) => d.status === entry.id),
    itemStyle: {
      color: entry.colour,
      borderColor: 'rgba(128,128,128,0.45)',
      borderWidth: 1,
      ...(marks.get(entry.id)?.mark && { decal: marks.get(entry.id)?.mark?.decal }),
    },
    label: CELL_LABEL,
    emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0,0,0,0.5)' } },
  }));
  // A status the indicator does not list: drawn in the spare colour, named as stored.
  const unknown = data.filter((d) => !legend.some((e) => e.id === d.status));
  if (unknown.length > 0) {
    series.push({
      ...series[0],
      id: statusSeriesId('unknown'),
      name: unknown[0]?.status ?? '',
      data: unknown,
      itemStyle: { ...series[0]?.itemStyle, color: UNKNOWN_STATUS_COLOUR },
    } as (typeof series)[number]);
  }
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  const highlightedKey = rows.find((r) => r.region === highlighted && !r.facility)?.key;

  return {
    rows,
    legend,
    option: {
      animationDuration: 300,
      aria: { ...OWN_PATTERNS, label: { description } },
      // Room above for column names of up to three lines.
      grid: { left: 8, right: 8, top: 40, bottom: 8 },
      tooltip: { trigger: 'item', formatter: (params: unknown) => read(params).tip ?? '' },
      // Heatmaps need a visualMap; this one agrees with each series' own colour.
      visualMap: {
        type: 'piecewise',
        id: 'five-centre-status',
        seriesId: series.map((x) => x.id),
        dimension: 2,
        show: false,
        pieces: legend.map((entry, i) => ({ value: i, label: entry.label, color: entry.colour })),
        outOfRange: { color: UNKNOWN_STATUS_COLOUR },
      },
      // The key, for exported images: on screen the panel draws it in HTML (StatusKey).
      legend: {
        id: EXPORT_KEY_ID,
        show: false,
        selectedMode: false,
        data: series.map((x) => x.name),
      },
      xAxis: {
        type: 'category',
        position: 'top',
        // Short names that wrap within a phone's column; the tooltip names the centre in full.
        data: centres.map((c) => shortCentreName(c.id, c.name, lang)),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: {
          interval: 0,
          width: COLUMN_LABEL_WIDTH,
          overflow: 'break',
          fontSize: 9,
          lineHeight: 11,
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.key),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: {
          interval: 0,
          width: ROW_LABEL_WIDTH,
          overflow: 'break',
          fontSize: 10,
          lineHeight: 11,
          // Rich-text markup: braces in a name would end the style block early.
          formatter: (key: string) => {
            const label = (labelOf.get(key) ?? key).replace(/[{}]/g, '');
            return key === highlightedKey ? `{selected|${label}}` : label;
          },
          rich: { selected: { fontWeight: 'bold', fontSize: 11 } },
        },
      },
      series,
    },
  };
};
