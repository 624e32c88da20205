import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Lang, Observation } from '../data/schema';
import { indicatorById, yearsOf } from '../data/select';
import { formatNumber } from './format';
import { messages } from '../i18n/messages';
import { itemNumberLabel, itemTooltip, observationItem, sharedUnit } from './observation-series';

export interface TrendOptions {
  /** Indicators drawn together; they must share one unit. */
  indicators: readonly string[];
  lang: Lang;
  regionName: (code: string) => string;
  /** Rates whose level matters start at zero; life expectancy reads better on its own scale. */
  zeroBased: boolean;
}

/** Room for a one-line (scrolling) legend, and under it for the axis name above the plot. */
export const LEGEND_ROOM = 28;
export const AXIS_NAME_ROOM = 28;
export const DERIVED_KEY_ID = 'trend:derived-key';

/** "○ 推算值" / "○ derived value": the legend entry that explains the hollow markers. */
const derivedKey = (lang: Lang) =>
  lang === 'zh' ? `空心点为${messages.zh.derived}` : `Hollow: ${messages.en.derived} value`;

/**
 * Where the last label of a year goes: above the highest point of the year, below the
 * others, so a lower line's label never lands on the marker of the line above it.
 */
const labelPositions = (values: readonly (number | undefined)[][]) =>
  values.map((row, i) =>
    row.map((v, x) => {
      if (v === undefined) return 'top' as const;
      const above = values.some((other, j) => j !== i && (other[x] ?? -Infinity) > v);
      return above ? ('bottom' as const) : ('top' as const);
    }),
  );

/**
 * One line per indicator (and per region, when the selection holds several) over the years
 * present, in one unit; derived points are drawn hollow, and a legend entry says so.
 */
export const buildTrendOption = (
  dataset: Dataset,
  observations: readonly Observation[],
  { indicators, lang, regionName, zeroBased }: TrendOptions,
): EChartsCoreOption => {
  const unit = sharedUnit(dataset, indicators, lang);
  const shown = observations.filter(
    (o) => indicators.includes(o.indicator) && typeof o.value === 'number',
  );
  const years = yearsOf(shown);
  const regions = [...new Set(shown.map((o) => o.region))];
  const lines = indicators.flatMap((id) => regions.map((region) => ({ id, region })));
  const drawn = lines.filter(({ id, region }) =>
    shown.some((o) => o.indicator === id && o.region === region),
  );
  const cell = (id: string, region: string, year: number) =>
    shown.find((x) => x.indicator === id && x.region === region && x.year === year);
  const positions = labelPositions(
    drawn.map(({ id, region }) =>
      years.map((year) => {
        const value = cell(id, region, year)?.value;
        return typeof value === 'number' ? value : undefined;
      }),
    ),
  );
  const lineSeries = drawn.map(({ id, region }, i) => ({
    id: regions.length > 1 ? `trend:${id}:${region}` : `trend:${id}`,
    type: 'line',
    name: `${indicatorById(dataset, id)?.name[lang] ?? id}${regions.length > 1 ? ` · ${regionName(region)}` : ''}`,
    data: years.map((year, x) => {
      const o = cell(id, region, year);
      if (!o) return null;
      const item = observationItem(dataset, o, lang, regionName);
      return {
        ...item,
        symbol: item.derived ? 'emptyCircle' : 'circle',
        label: { position: positions[i]?.[x] ?? 'top' },
      };
    }),
    symbolSize: 10,
    connectNulls: false,
    // The unit is the axis name; "4.19 per 1,000 live births" on every point would collide.
    label: { show: true, position: 'top', formatter: itemNumberLabel },
    // What still collides moves apart, or hides (the tooltip keeps every value).
    labelLayout: { moveOverlap: 'shiftY', hideOverlap: true },
  }));
  const anyDerived = shown.some((o) => o.derived === true);
  // An empty series whose only job is the legend entry explaining hollow markers; it shows in
  // exported images too, since they draw the same option.
  const keySeries = anyDerived
    ? [
        {
          id: DERIVED_KEY_ID,
          type: 'line',
          name: derivedKey(lang),
          data: [],
          symbol: 'emptyCircle',
          silent: true,
          itemStyle: { color: '#64748b' },
          lineStyle: { opacity: 0 },
        },
      ]
    : [];
  const series = [...lineSeries, ...keySeries];
  const legend = series.length > 1;
  return {
    animationDuration: 300,
    // The legend keeps one line (it scrolls) and the axis name gets its own row under it.
    grid: { left: 8, right: 24, top: (legend ? LEGEND_ROOM : 0) + AXIS_NAME_ROOM, bottom: 8 },
    legend: {
      show: legend,
      type: 'scroll',
      top: 0,
      // Filled icons for the lines, so only the key entry shows a hollow point.
      data: series.map((s) => ({
        name: s.name,
        icon: s.id === DERIVED_KEY_ID ? 'emptyCircle' : 'circle',
      })),
    },
    tooltip: { trigger: 'item', formatter: itemTooltip },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: true },
    yAxis: {
      type: 'value',
      name: unit,
      // Long English units ("per 1,000 live births") run right from the axis, not off the left edge.
      nameTextStyle: { align: 'left' },
      nameGap: 10,
      scale: !zeroBased,
      ...(zeroBased && { min: 0 }),
      axisLabel: { formatter: (value: number) => formatNumber(value, lang) },
    },
    series,
  };
};
