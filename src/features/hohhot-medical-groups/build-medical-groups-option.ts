import type { EChartsCoreOption } from 'echarts/core';
import { sourceLine, sourceOf } from '../../data/describe';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { categoryName, indicatorById } from '../../data/select';
import { tooltipHtml } from '../../charts/tooltip';
import { messages } from '../../i18n/messages';

export const GROUP_INDICATOR = 'partner-medical-group';

export const GROUP_FIGURES = [
  'medical-group-lead-hospitals',
  'national-regional-medical-centres',
  'national-medical-sub-centres',
  'key-specialties',
  'famous-specialties-launched',
  'private-institutions-in-alliances',
] as const;

export const MAP_SERIES_ID = 'medical-groups-map';

/**
 * Okabe–Ito hues: distinguishable with colour-vision deficiencies, and dark enough (luminance
 * 0.15–0.43) to stand out on both the light page and ECharts' near-black dark background.
 */
export const GROUP_COLOURS: Readonly<Record<string, string>> = {
  'imar-peoples-hospital': '#0072B2',
  'immu-affiliated-hospital': '#D55E00',
  'hohhot-first-hospital': '#009E73',
  'county-medical-community': '#E69F00',
};
// A category added to the dataset later still gets a colour, just not a hand-picked one.
const SPARE_COLOURS = ['#CC79A7', '#56B4E9', '#8C6D31', '#7F7F7F'];
/** Regions without a figure, and groups switched off in the legend. */
export const NO_GROUP_COLOUR = 'rgba(148,163,184,0.35)';

/** White edge plus a dark glow: visible against every fill in both themes. */
export const SELECTED_STYLE = {
  borderColor: '#ffffff',
  borderWidth: 2.5,
  shadowColor: 'rgba(0,0,0,0.8)',
  shadowBlur: 10,
} as const;
export const DIMMED_OPACITY = 0.35;

/** White text with a dark outline reads on every group colour, in both themes. */
const LABEL_COLOURS = {
  color: '#ffffff',
  textBorderColor: 'rgba(0,0,0,0.7)',
  textBorderWidth: 2,
} as const;
/** Room under the map for the legend, per group (14 px item + gap). */
const LEGEND_ROW = 20;

const hatch = () => ({
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 5],
  rotation: -Math.PI / 4,
  color: 'rgba(255,255,255,0.55)',
});

const HATCH_NOTE: Localized = {
  zh: '斜线表示推算的归属：',
  en: 'Hatched: assignment inferred. ',
};
const NO_INFORMATION: Localized = { zh: '无信息', en: 'No information' };

export interface MedicalGroupsOptions {
  lang: Lang;
  regionName: (code: string) => string;
  /** The registered map's name. */
  map: string;
  /** Every region the map draws, so each gets a label and a tooltip even without a figure. */
  regions: readonly string[];
  selectedRegion: string;
}

export interface MedicalGroupItem {
  /** The region code: the map is keyed by `properties.code` (nameProperty), not by name. */
  name: string;
  code: string;
  /** Index of the category in the indicator's list, for the piecewise visualMap; NaN if none. */
  value: number;
  /** Plain text for the canvas label. */
  regionName: string;
  /** Escaped tooltip HTML. */
  tip: string;
  derived: boolean;
  itemStyle?: Record<string, unknown>;
  label?: { fontWeight: 'bold' };
}

export interface MedicalGroupsMap {
  option: EChartsCoreOption;
  /** Why some regions are hatched; empty when every assignment is printed in the article. */
  derivedNote: string;
}

const read = (params: unknown): Partial<MedicalGroupItem> =>
  (params as { data?: Partial<MedicalGroupItem> } | null)?.data ?? {};

/** The region code of a clicked map item, or undefined. */
export const clickedRegion = (params: unknown): string | undefined => read(params).code;

const tooltipOf = (
  dataset: Dataset,
  observation: Observation | undefined,
  code: string,
  { lang, regionName }: MedicalGroupsOptions,
): string => {
  const t = messages[lang];
  const indicator = indicatorById(dataset, GROUP_INDICATOR);
  const label = indicator?.name[lang] ?? GROUP_INDICATOR;
  if (!observation) {
    return tooltipHtml([
      { label: t.region, value: regionName(code) },
      { label, value: NO_INFORMATION[lang] },
    ]);
  }
  const group = indicator
    ? categoryName(indicator, String(observation.value), lang)
    : String(observation.value);
  const source = `${t.source}: ${sourceLine(sourceOf(dataset, observation), lang)}`;
  const note = observation.derived && observation.note ? `${observation.note[lang]} ` : '';
  return tooltipHtml(
    [
      { label: t.region, value: regionName(code) },
      { label, value: observation.derived ? `${group} (${t.derived})` : group },
      { label: t.year, value: String(observation.year) },
    ],
    `${note}${source}`,
  );
};

/**
 * Which medical group each district or county belongs to, as a choropleth. Colours come from a
 * piecewise visualMap (one piece per group), which is also the legend; inferred assignments
 * are hatched. The selected region keeps its colour, gains an edge, and the rest fade.
 */
export const buildMedicalGroupsOption = (
  dataset: Dataset,
  context: readonly Observation[],
  options: MedicalGroupsOptions,
): MedicalGroupsMap => {
  const { lang, regionName, map, regions, selectedRegion } = options;
  const categories = indicatorById(dataset, GROUP_INDICATOR)?.categories ?? [];
  const assigned = context.filter((o) => o.indicator === GROUP_INDICATOR);
  // The latest year wins where the filter leaves several.
  const latest = (code: string) =>
    assigned.filter((o) => o.region === code).sort((a, b) => b.year - a.year)[0];
  const anySelected = regions.includes(selectedRegion);

  const data: MedicalGroupItem[] = regions.map((code) => {
    const observation = latest(code);
    const index = categories.findIndex((c) => c.id === observation?.value);
    const derived = observation?.derived === true;
    const selected = code === selectedRegion;
    const style = {
      ...(derived && { decal: hatch() }),
      ...(selected && SELECTED_STYLE),
      ...(anySelected && !selected && { opacity: DIMMED_OPACITY }),
    };
    return {
      name: code,
      code,
      value: index >= 0 ? index : Number.NaN,
      regionName: regionName(code),
      tip: tooltipOf(dataset, observation, code, options),
      derived,
      ...(Object.keys(style).length > 0 && { itemStyle: style }),
      ...(selected && { label: { fontWeight: 'bold' as const } }),
    };
  });

  const shown = regions.map(latest).filter((o): o is Observation => o !== undefined);
  const onlyDerived = (id: string) => {
    const of = shown.filter((o) => o.value === id);
    return of.length > 0 && of.every((o) => o.derived === true);
  };
  const notes = [
    ...new Set(shown.filter((o) => o.derived && o.note).map((o) => o.note?.[lang] ?? '')),
  ];

  return {
    derivedNote: notes.length > 0 ? `${HATCH_NOTE[lang]}${notes.join(' ')}` : '',
    option: {
      animationDuration: 300,
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => read(params).tip ?? '',
      },
      visualMap: {
        type: 'piecewise',
        id: 'medical-group',
        seriesId: MAP_SERIES_ID,
        dimension: 0,
        // Under the map rather than beside it: the lead hospitals' names are long.
        // Vertical lists are drawn bottom-up unless inverted; keep the dataset's order.
        orient: 'vertical',
        inverse: true,
        left: 0,
        bottom: 0,
        itemGap: LEGEND_ROW - 14,
        pieces: categories.map((c, i) => ({
          value: i,
          label: `${c.name[lang]}${onlyDerived(c.id) ? ` (${messages[lang].derived})` : ''}`,
          color: GROUP_COLOURS[c.id] ?? SPARE_COLOURS[i % SPARE_COLOURS.length],
        })),
        outOfRange: { color: NO_GROUP_COLOUR },
      },
      series: [
        {
          id: MAP_SERIES_ID,
          type: 'map',
          map,
          nameProperty: 'code',
          // The click drives the app's region filter; ECharts' own selection would disagree.
          selectedMode: false,
          roam: false,
          top: 8,
          bottom: categories.length * LEGEND_ROW + 12,
          left: 'center',
          data,
          label: {
            show: true,
            fontSize: 11,
            ...LABEL_COLOURS,
            formatter: (params: unknown) => read(params).regionName ?? '',
          },
          itemStyle: { borderColor: 'rgba(255,255,255,0.8)', borderWidth: 1 },
          emphasis: {
            label: { show: true, ...LABEL_COLOURS },
            // Keep the group colour on hover: the fill is the information.
            itemStyle: { areaColor: null, color: null, borderWidth: 2 },
          },
        },
      ],
    },
  };
};
