import type { EChartsCoreOption } from 'echarts/core';
import { ariaDescription } from '../../charts/aria';
import { selectionStyle } from '../../charts/selection-style';
import { tooltipHtml } from '../../charts/tooltip';
import type { RegionIndex } from '../../data/regions';
import type { DatasetSummary } from '../../data/dataset-summary';
import type { Lang } from '../../data/schema';
import { PROVINCE, selectedArea } from './drill-in';
import { labelPoint, mapLabel } from './league-labels';

export interface FigureCounts {
  /** The region the map draws (the province, or a league drilled into). */
  map: string;
  /** Area code -> figures about it or anything below it. */
  byArea: Map<string, number>;
  /** Figures stated for the map's region as a whole, which no area of it can claim. */
  whole: number;
}

/** How many figures each area of `map` has, everything below an area rolled up into it. */
export const countFigures = (
  summaries: readonly Pick<DatasetSummary, 'regionCounts'>[],
  regions: RegionIndex,
  map: string = PROVINCE,
): FigureCounts => {
  const byArea = new Map(regions.children(map).map((area) => [area.code, 0]));
  let whole = 0;
  for (const [region, count] of summaries.flatMap((s) => Object.entries(s.regionCounts))) {
    const path = regions.path(region);
    const depth = path.findIndex((r) => r.code === map);
    if (depth < 0) continue;
    const area = path[depth + 1];
    if (area) byArea.set(area.code, (byArea.get(area.code) ?? 0) + count);
    else whole += count;
  }
  return { map, byArea, whole };
};

interface LayoutRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Options {
  lang: Lang;
  regions: RegionIndex;
  selected: string;
  figuresLabel: string;
  /** Opens the chart's description for screen readers. */
  title: string;
  /** A phone: the crowded southern leagues' labels take their phone places. */
  narrow?: boolean;
}

/**
 * The areas of one map (Inner Mongolia's 12 leagues/cities, or a league's counties) shaded by
 * their number of figures. The selected area (or the one containing the selected region) is
 * outlined, the others faded, and its name set in bold; the map never blanks.
 */
export const buildOverviewMapOption = (
  { map, byArea }: FigureCounts,
  { lang, regions, selected, figuresLabel, title, narrow = false }: Options,
): EChartsCoreOption => {
  const selectedCode = selectedArea(map, selected, regions);
  const data = [...byArea].map(([code, count]) => ({
    name: code,
    value: count,
    fullName: regions.name(code, lang),
    short: mapLabel(regions.name(code, lang), lang),
    // Drawn as the other maps draw a selection, over the fill that still shows its count.
    itemStyle: selectionStyle(code === selectedCode, selectedCode !== undefined),
    ...(code === selectedCode && { label: { fontWeight: 'bold' } }),
    tip: tooltipHtml([
      { label: regions.name(code, lang), value: '' },
      { label: figuresLabel, value: String(count) },
    ]),
  }));
  const max = Math.max(1, ...data.map((d) => d.value));
  return {
    aria: ariaDescription(
      lang,
      title,
      data.map((d) => ({ name: d.fullName, value: `${d.value} ${figuresLabel}` })),
    ),
    tooltip: { trigger: 'item', formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      itemHeight: 120,
      text: [String(max), '0'],
      inRange: { color: ['#e0f2fe', '#0369a1'] },
    },
    series: [
      {
        // One id per map: drilling in replaces the series rather than morphing the province.
        id: `overview-map-${map}`,
        type: 'map',
        map,
        nameProperty: 'code',
        // The click drives the app's region filter; ECharts' own selection would disagree.
        selectedMode: false,
        roam: false,
        top: 8,
        bottom: 40,
        // The crowded leagues' labels move into their own areas, apart; what still overlaps on
        // a narrow screen hides, smallest area first, and shows on hover with the tooltip.
        labelLayout: (params: { dataIndex: number; rect: LayoutRect }) => {
          const item = data[params.dataIndex];
          const at =
            map === PROVINCE ? labelPoint(item?.name ?? '', params.rect, narrow) : undefined;
          return {
            hideOverlap: true,
            ...(at && { ...at, align: 'center', verticalAlign: 'middle' }),
          };
        },
        label: {
          show: true,
          fontSize: 10,
          // The fills are pale in both themes: dark text with a light halo reads on all of them.
          color: '#0f172a',
          textBorderColor: 'rgba(255,255,255,0.8)',
          textBorderWidth: 2,
          formatter: (p: { data?: { short?: string } }) => p.data?.short ?? '',
        },
        emphasis: { label: { show: true } },
        data,
      },
    ],
  };
};
