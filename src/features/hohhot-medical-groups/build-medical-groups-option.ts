import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { indicatorById } from '../../data/select';
import {
  NO_INFORMATION,
  groupTooltip,
  inferenceBasis,
  withInferred,
} from './medical-group-tooltip';

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
/** Legend entry for regions without a figure. */
export const NO_GROUP = 'no-information';
/** Regions without a figure. */
export const NO_GROUP_COLOUR = 'rgba(148,163,184,0.35)';

/** White edge plus a dark glow: visible against every fill in both themes. */
export const SELECTED_STYLE = {
  borderColor: '#ffffff',
  borderWidth: 2.5,
  shadowColor: 'rgba(0,0,0,0.8)',
  shadowBlur: 10,
} as const;
export const DIMMED_OPACITY = 0.5;

/** White text with a dark outline reads on every group colour, in both themes. */
const LABEL_COLOURS = {
  color: '#ffffff',
  textBorderColor: 'rgba(0,0,0,0.7)',
  textBorderWidth: 2,
} as const;

const hatch = () => ({
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [3, 5],
  rotation: -Math.PI / 4,
  color: 'rgba(255,255,255,0.55)',
});

const HATCH_NOTE: Localized = {
  zh: '斜线表示推断的归属：',
  en: 'Hatched: assignment inferred. ',
};

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

export interface GroupMember {
  code: string;
  name: string;
  selected: boolean;
}

/** One legend entry: the lead hospital (or community), its colour and the regions it covers. */
export interface GroupEntry {
  id: string;
  label: string;
  colour: string;
  /** Every assignment to this group is inferred: the legend swatch is hatched too. */
  derived: boolean;
  members: GroupMember[];
}

export interface MedicalGroupsMap {
  option: EChartsCoreOption;
  /** The legend, drawn in HTML: long hospital names wrap, and each region is a button. */
  groups: GroupEntry[];
  /** Why some regions are hatched; empty when every assignment is printed in the article. */
  derivedNote: string;
}

const read = (params: unknown): Partial<MedicalGroupItem> =>
  (params as { data?: Partial<MedicalGroupItem> } | null)?.data ?? {};

/** The region code of a clicked map item, or undefined. */
export const clickedRegion = (params: unknown): string | undefined => read(params).code;

/**
 * Which medical group each district or county belongs to, as a choropleth. Colours come from a
 * hidden piecewise visualMap (one piece per group, by category index); the legend is returned
 * as data for the panel to draw. Inferred assignments are hatched. The selected region keeps
 * its colour and gains an edge; the others fade.
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
    const derived = observation?.inferred === true;
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
      tip: groupTooltip(dataset, GROUP_INDICATOR, observation, code, options),
      derived,
      ...(Object.keys(style).length > 0 && { itemStyle: style }),
      ...(selected && { label: { fontWeight: 'bold' as const } }),
    };
  });

  const shown = regions.map(latest).filter((o): o is Observation => o !== undefined);
  const notes = [
    ...new Set(shown.map((o) => inferenceBasis(o, lang)).filter((basis) => basis !== '')),
  ];
  const member = (code: string) => ({
    code,
    name: regionName(code),
    selected: code === selectedRegion,
  });
  const groups: GroupEntry[] = categories.map((c, i) => {
    const of = shown.filter((o) => o.value === c.id);
    const derived = of.length > 0 && of.every((o) => o.inferred === true);
    return {
      id: c.id,
      label: derived ? withInferred(c.name[lang], lang) : c.name[lang],
      colour: GROUP_COLOURS[c.id] ?? SPARE_COLOURS[i % SPARE_COLOURS.length] ?? NO_GROUP_COLOUR,
      derived,
      members: of.map((o) => member(o.region)),
    };
  });
  const unassigned = regions.filter((code) => !latest(code));
  if (unassigned.length > 0) {
    groups.push({
      id: NO_GROUP,
      label: NO_INFORMATION[lang],
      colour: NO_GROUP_COLOUR,
      derived: false,
      members: unassigned.map(member),
    });
  }

  // ECharts' own aria text would read out codes and category indices.
  const sep = lang === 'zh' ? '；' : '; ';
  const description = `${indicatorById(dataset, GROUP_INDICATOR)?.name[lang] ?? ''}${
    lang === 'zh' ? '：' : ': '
  }${groups.flatMap((g) => g.members.map((m) => `${m.name} ${g.label}`)).join(sep)}`;

  return {
    groups,
    derivedNote: notes.length > 0 ? `${HATCH_NOTE[lang]}${notes.join(' ')}` : '',
    option: {
      animationDuration: 300,
      aria: { label: { description } },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => read(params).tip ?? '',
      },
      // Hidden: the panel draws the legend (with each group's regions) in HTML.
      visualMap: {
        type: 'piecewise',
        id: 'medical-group',
        seriesId: MAP_SERIES_ID,
        dimension: 0,
        show: false,
        pieces: groups
          .filter((g) => g.id !== NO_GROUP)
          .map((g, i) => ({ value: i, label: g.label, color: g.colour })),
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
          bottom: 8,
          left: 'center',
          data,
          label: {
            show: true,
            fontSize: 11,
            ...LABEL_COLOURS,
            formatter: (params: unknown) => read(params).regionName ?? '',
          },
          // The four urban districts are small: keep whichever of their names fit.
          labelLayout: { hideOverlap: true },
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
