import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Observation } from '../../data/schema';
import { categoryName, indicatorById } from '../../data/select';
import { NOT_REPORTED_NAME, cellTooltip, matrixRows, rowOf } from './five-centres-cells';
import type { MatrixRow, RowOptions } from './five-centres-cells';

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

export const SELECTED_STYLE = {
  borderColor: '#ffffff',
  borderWidth: 2,
  shadowColor: 'rgba(0,0,0,0.75)',
  shadowBlur: 6,
} as const;
export const DIMMED_OPACITY = 0.5;

export interface LegendEntry {
  id: string;
  label: string;
  colour: string;
}

export interface FiveCentresMatrix {
  option: EChartsCoreOption;
  rows: MatrixRow[];
  legend: LegendEntry[];
}

export interface MatrixCell {
  value: [number, number, number];
  status: string;
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

/**
 * The "five centres" as a matrix: centres across, hospitals and county-level divisions down,
 * each cell coloured by the status the article reports (or "not reported"). A heatmap on two
 * category axes, coloured by a hidden piecewise visualMap; the panel draws the legend in HTML,
 * where long status names can wrap. The selected division's row keeps its strength.
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

  const data: MatrixCell[] = rows.flatMap((row, y) =>
    centres.map((centre, x) => {
      const o = statuses
        .filter((s) => s.dims?.centre === centre.id && rowOf(s, rows, city) === row)
        .sort((a, b) => b.year - a.year)[0];
      const rank = o ? statusIds.indexOf(String(o.value)) : notReportedRank;
      const selected = highlighted !== undefined && row.region === highlighted;
      const style = {
        ...(selected && SELECTED_STYLE),
        ...(highlighted !== undefined && !selected && { opacity: DIMMED_OPACITY }),
      };
      return {
        value: [x, y, rank < 0 ? notReportedRank + 1 : rank],
        status: o ? String(o.value) : NOT_REPORTED,
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
    ...statusIds.map((id) => ({
      id,
      label: indicator ? categoryName(indicator, id, lang) : id,
      colour: STATUS_COLOURS[id] ?? UNKNOWN_STATUS_COLOUR,
    })),
    { id: NOT_REPORTED, label: NOT_REPORTED_NAME[lang], colour: NOT_REPORTED_COLOUR },
  ];
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  const highlightedKey = rows.find((r) => r.region === highlighted && !r.facility)?.key;

  return {
    rows,
    legend,
    option: {
      animationDuration: 300,
      aria: { label: { description } },
      grid: { left: 8, right: 8, top: 8, bottom: 8 },
      tooltip: { trigger: 'item', formatter: (params: unknown) => read(params).tip ?? '' },
      visualMap: {
        type: 'piecewise',
        id: 'five-centre-status',
        seriesId: MATRIX_SERIES_ID,
        dimension: 2,
        show: false,
        pieces: legend.map((entry, i) => ({ value: i, label: entry.label, color: entry.colour })),
        outOfRange: { color: UNKNOWN_STATUS_COLOUR },
      },
      xAxis: {
        type: 'category',
        position: 'top',
        data: centres.map((c) => c.name[lang]),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { interval: 0, width: 84, overflow: 'break', fontSize: 11, lineHeight: 13 },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.key),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: {
          interval: 0,
          width: 150,
          overflow: 'break',
          fontSize: 11,
          lineHeight: 13,
          // Rich-text markup: braces in a name would end the style block early.
          formatter: (key: string) => {
            const label = (labelOf.get(key) ?? key).replace(/[{}]/g, '');
            return key === highlightedKey ? `{selected|${label}}` : label;
          },
          rich: { selected: { fontWeight: 'bold', fontSize: 12 } },
        },
      },
      series: [
        {
          id: MATRIX_SERIES_ID,
          type: 'heatmap',
          name: statusLabel,
          data,
          itemStyle: { borderColor: 'rgba(128,128,128,0.45)', borderWidth: 1 },
          emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0,0,0,0.5)' } },
        },
      ],
    },
  };
};
