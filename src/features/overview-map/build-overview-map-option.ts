import type { EChartsCoreOption } from 'echarts/core';
import { ariaDescription } from '../../charts/aria';
import { tooltipHtml } from '../../charts/tooltip';
import type { RegionIndex } from '../../data/regions';
import type { DatasetSummary } from '../../data/dataset-summary';
import type { Lang } from '../../data/schema';

export const PROVINCE = '150000';

export interface FigureCounts {
  /** League/city code -> figures about it or any of its counties. */
  byLeague: Map<string, number>;
  /** Figures stated for Inner Mongolia as a whole, which no league can claim. */
  province: number;
}

/** How many figures each league/city has, its counties rolled up into it. */
export const countFigures = (
  summaries: readonly Pick<DatasetSummary, 'regionCounts'>[],
  regions: RegionIndex,
): FigureCounts => {
  const byLeague = new Map(regions.children(PROVINCE).map((league) => [league.code, 0]));
  let province = 0;
  for (const [region, count] of summaries.flatMap((s) => Object.entries(s.regionCounts))) {
    const league = regions.path(region)[1];
    if (league) byLeague.set(league.code, (byLeague.get(league.code) ?? 0) + count);
    else if (region === PROVINCE) province += count;
  }
  return { byLeague, province };
};

interface Options {
  lang: Lang;
  regions: RegionIndex;
  selected: string;
  figuresLabel: string;
  /** Opens the chart's description for screen readers. */
  title: string;
}

/**
 * Inner Mongolia's 12 leagues/cities shaded by their number of figures. The selected region
 * (or the league containing a selected county) is outlined; the map never blanks.
 */
export const buildOverviewMapOption = (
  counts: FigureCounts,
  { lang, regions, selected, figuresLabel, title }: Options,
): EChartsCoreOption => {
  const selectedLeague = regions.path(selected)[1]?.code;
  const data = [...counts.byLeague].map(([code, count]) => ({
    name: code,
    value: count,
    label: regions.name(code, lang),
    selected: code === selectedLeague,
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
      data.map((d) => ({ name: d.label, value: `${d.value} ${figuresLabel}` })),
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
        id: 'overview-map',
        type: 'map',
        map: PROVINCE,
        nameProperty: 'code',
        selectedMode: 'single',
        roam: false,
        top: 8,
        bottom: 40,
        // Small leagues around Hohhot crowd each other: drop the labels that would overlap.
        labelLayout: { hideOverlap: true },
        label: {
          show: true,
          fontSize: 10,
          // The fills are pale in both themes: dark text with a light halo reads on all of them.
          color: '#0f172a',
          textBorderColor: 'rgba(255,255,255,0.8)',
          textBorderWidth: 2,
          formatter: (p: { data?: { label?: string } }) => p.data?.label ?? '',
        },
        select: { itemStyle: { borderColor: '#f59e0b', borderWidth: 2 }, label: { show: true } },
        emphasis: { label: { show: true } },
        data,
      },
    ],
  };
};
