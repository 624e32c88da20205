import type { EChartsCoreOption } from 'echarts/core';
import { sourceLine, sourceOf } from '../../data/describe';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { categoryName, dimensionValueName, indicatorById } from '../../data/select';
import { tooltipHtml } from '../../charts/tooltip';
import type { TooltipRow } from '../../charts/tooltip';
import { messages } from '../../i18n/messages';

export const STATUS_INDICATOR = 'five-centre-status';
export const STROKE_MAP_INDICATOR = 'stroke-map-membership';
export const FIVE_CENTRES_INDICATORS = [STATUS_INDICATOR, STROKE_MAP_INDICATOR] as const;
export const MATRIX_SERIES_ID = 'five-centres';
export const NOT_REPORTED = 'not-reported';

/**
 * Status is ordinal (preparing → … → built), so the colours form one sequential ramp: a slice
 * of viridis, perceptually even and colour-blind safe. Its darkest end is kept at luminance
 * ≈0.11, so "built" stays visible on ECharts' near-black dark background as well as on white.
 */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  built: '#355f8d',
  'in-operation': '#2a788e',
  'awaiting-certification': '#21918c',
  'meets-standard': '#22a884',
  'under-acceptance': '#44bf70',
  'application-submitted': '#7ad151',
  preparing: '#bddf26',
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
export const DIMMED_OPACITY = 0.35;

const NOT_REPORTED_NAME: Localized = { zh: '文章未提及', en: 'Not reported' };

export interface MatrixRow {
  key: string;
  label: string;
  region: string;
  facility?: string;
  /** Whether any cell of the row holds a figure; only those rows filter the dashboard. */
  reported: boolean;
}

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

export interface FiveCentresOptions {
  lang: Lang;
  regionName: (code: string) => string;
  /** The city whose hospitals get rows of their own (figures with a `facility` there). */
  city: string;
  /** The city's county-level divisions, each a row even when the article says nothing. */
  divisions: readonly string[];
  selectedRegion: string;
}

const read = (params: unknown): Partial<MatrixCell> =>
  (params as { data?: Partial<MatrixCell> } | null)?.data ?? {};

/** The region of a clicked cell whose row has figures, or undefined. */
export const clickedRegion = (params: unknown): string | undefined => {
  const cell = read(params);
  return cell.clickable ? cell.region : undefined;
};

const rowOf = (o: Observation, rows: readonly MatrixRow[], city: string) =>
  o.region === city && o.dims?.facility !== undefined
    ? rows.find((r) => r.facility === o.dims?.facility && r.region === city)
    : rows.find((r) => r.region === o.region && r.facility === undefined);

const buildRows = (
  dataset: Dataset,
  statuses: readonly Observation[],
  { lang, regionName, city, divisions }: FiveCentresOptions,
): MatrixRow[] => {
  const facilities =
    dataset.dimensions
      ?.find((d) => d.id === 'facility')
      ?.values.filter((v) => statuses.some((o) => o.region === city && o.dims?.facility === v.id))
      .map((v) => ({
        key: `facility:${v.id}`,
        label: v.name[lang],
        region: city,
        facility: v.id,
        reported: true,
      })) ?? [];
  const counties = divisions.map((code) => ({
    key: `region:${code}`,
    label: regionName(code),
    region: code,
    reported: statuses.some((o) => o.region === code),
  }));
  // Divisions the article covers first; the silent ones below, so the whole city is in view.
  return [
    ...facilities,
    ...counties.filter((r) => r.reported),
    ...counties.filter((r) => !r.reported),
  ];
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
  const t = messages[lang];
  const indicator = indicatorById(dataset, STATUS_INDICATOR);
  const statusIds = (indicator?.categories ?? []).map((c) => c.id);
  const centres = dataset.dimensions?.find((d) => d.id === 'centre')?.values ?? [];
  const statuses = context.filter((o) => o.indicator === STATUS_INDICATOR);
  const strokeMap = context.filter((o) => o.indicator === STROKE_MAP_INDICATOR);
  const rows = buildRows(dataset, statuses, options);
  const highlighted = options.divisions.includes(selectedRegion) ? selectedRegion : undefined;
  const dimName = (id: string) => dataset.dimensions?.find((d) => d.id === id)?.name[lang] ?? id;
  const statusLabel = indicator?.name[lang] ?? STATUS_INDICATOR;
  const notReportedRank = statusIds.length;

  const cellTip = (row: MatrixRow, centre: string, o: Observation | undefined): string => {
    const where: TooltipRow[] = row.facility
      ? [
          { label: dimName('facility'), value: row.label },
          { label: t.region, value: regionName(row.region) },
        ]
      : [{ label: t.region, value: row.label }];
    const head = [{ label: dimName('centre'), value: centre }, ...where];
    if (!o) return tooltipHtml([...head, { label: statusLabel, value: NOT_REPORTED_NAME[lang] }]);
    const facility = o.dims?.facility;
    const extra: TooltipRow[] = [
      ...(facility && !row.facility
        ? [
            {
              label: dimName('facility'),
              value: dimensionValueName(dataset, 'facility', facility, lang),
            },
          ]
        : []),
      // The stroke-map listing belongs with the stroke centre it prepares.
      ...(o.dims?.centre === 'stroke'
        ? strokeMap
            .filter((m) => m.region === o.region && m.dims?.facility === facility)
            .map((m) => {
              const ind = indicatorById(dataset, m.indicator);
              const value = ind ? categoryName(ind, String(m.value), lang) : String(m.value);
              return { label: ind?.name[lang] ?? m.indicator, value: `${value} (${m.year})` };
            })
        : []),
    ];
    const status = indicator ? categoryName(indicator, String(o.value), lang) : String(o.value);
    return tooltipHtml(
      [
        ...head,
        ...extra,
        { label: statusLabel, value: o.derived ? `${status} (${t.derived})` : status },
        { label: t.year, value: String(o.year) },
      ],
      `${t.source}: ${sourceLine(sourceOf(dataset, o), lang)}`,
    );
  };

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
        tip: cellTip(row, centre.name[lang], o),
        ...(Object.keys(style).length > 0 && { itemStyle: style }),
      };
    }),
  );

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
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
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
