import type { EChartsCoreOption } from 'echarts/core';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { indicatorById, latestOf } from '../../data/select';
import { OWN_PATTERNS } from '../../charts/chart-defaults';
import { NO_INFORMATION, groupTooltip, withInferred } from './medical-group-tooltip';
import {
  TIES,
  TIE_FILL_ALPHA,
  isInferred,
  basisOf,
  tieName,
  tieOf,
  withAlpha,
} from './medical-group-ties';
import type { Tie } from './medical-group-ties';
import { MAIN_BOX, URBAN_CORE, insetOption } from './medical-groups-inset';
import { selectionStyle } from '../../charts/selection-style';

export const GROUP_INDICATOR = 'partner-medical-group';

export const GROUP_FIGURES = [
  'medical-group-lead-hospitals',
  'national-regional-medical-centres',
  'national-medical-sub-centres',
  'key-specialties',
  'famous-specialties-launched',
  'private-institutions-in-alliances',
  'public-institutions-in-alliances',
  'alliance-type-formed',
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

/** White text with a dark outline reads on every group colour, in both themes. */
const LABEL_COLOURS = {
  color: '#ffffff',
  textBorderColor: 'rgba(0,0,0,0.7)',
  textBorderWidth: 2,
} as const;

/** The one pattern of this map: hatched = inferred. */
export const hatch = () => ({
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
  /** Index of the (group, tie) piece of the piecewise visualMap; NaN if none. */
  value: number;
  /** Plain text for the canvas label. */
  regionName: string;
  /** Escaped tooltip HTML. */
  tip: string;
  /** The article implies the assignment rather than stating it: hatched. */
  inferred: boolean;
  itemStyle?: Record<string, unknown>;
  label?: { fontWeight?: 'bold'; show?: false };
}

export interface GroupMember {
  code: string;
  name: string;
  selected: boolean;
  /** How the region is tied to the group, when the data says. */
  tie?: Tie;
  /** The tie's name, e.g. "签订院府合作协议". */
  tieLabel?: string;
  inferred: boolean;
}

/** One legend entry: the lead hospital (or community), its colour and the regions it covers. */
export interface GroupEntry {
  id: string;
  label: string;
  colour: string;
  /** Every assignment to this group is inferred: the legend swatch is hatched too. */
  inferred: boolean;
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

/** One colour of the map: a group at the strength of one tie (undefined: tie not stated). */
interface Piece {
  group: number;
  tie: Tie | undefined;
}

/**
 * Which medical group each district or county belongs to, and how, as a choropleth: the
 * group's hue, full for members, lighter for a cooperation agreement, lighter and dashed for
 * cooperation. Colours come from a hidden piecewise visualMap (one piece per group and tie);
 * the legend is returned as data for the panel to draw. Inferred assignments are hatched, and
 * nothing else is (the chart opts out of automatic patterns). The urban districts, too small
 * to name at this scale, are named in an enlarged inset. The selected region keeps its colour
 * and gains an edge; the others fade.
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
  const latest = (code: string) => latestOf(assigned.filter((o) => o.region === code));
  const anySelected = regions.includes(selectedRegion);

  const colourOf = (index: number, id: string) =>
    GROUP_COLOURS[id] ?? SPARE_COLOURS[index % SPARE_COLOURS.length] ?? NO_GROUP_COLOUR;
  const pieces: Piece[] = [];
  const pieceOf = (o: Observation | undefined) => {
    const group = categories.findIndex((c) => c.id === o?.value);
    if (group < 0) return Number.NaN;
    const tie = tieOf(o);
    const found = pieces.findIndex((p) => p.group === group && p.tie === tie);
    if (found >= 0) return found;
    pieces.push({ group, tie });
    return pieces.length - 1;
  };
  const core = regions.filter((code) => (URBAN_CORE as readonly string[]).includes(code));

  const data: MedicalGroupItem[] = regions.map((code) => {
    const observation = latest(code);
    const inferred = isInferred(observation);
    const selected = code === selectedRegion;
    const style = {
      ...(inferred && { decal: hatch() }),
      ...(tieOf(observation) === 'cooperation' && { borderType: 'dashed' }),
      ...selectionStyle(selected, anySelected),
    };
    const label = {
      ...(selected && { fontWeight: 'bold' as const }),
      // Named in the inset instead: four names do not fit on the four small districts.
      ...(core.includes(code) && { show: false as const }),
    };
    return {
      name: code,
      code,
      value: pieceOf(observation),
      regionName: regionName(code),
      tip: groupTooltip(dataset, GROUP_INDICATOR, observation, code, options),
      inferred,
      ...(Object.keys(style).length > 0 && { itemStyle: style }),
      ...(Object.keys(label).length > 0 && { label }),
    };
  });

  const shown = regions.map(latest).filter((o): o is Observation => o !== undefined);
  const notes = [
    ...new Set(
      shown
        .filter(isInferred)
        .map((o) => basisOf(o, lang))
        .filter((n) => n !== ''),
    ),
  ];
  const member = (code: string) => {
    const tie = tieOf(latest(code));
    return {
      code,
      name: regionName(code),
      selected: code === selectedRegion,
      ...(tie && { tie, tieLabel: tieName(dataset, tie, lang) }),
      inferred: isInferred(latest(code)),
    };
  };
  const groups: GroupEntry[] = categories.map((c, i) => {
    const of = shown.filter((o) => o.value === c.id);
    const inferred = of.length > 0 && of.every(isInferred);
    return {
      id: c.id,
      label: inferred ? withInferred(c.name[lang], lang) : c.name[lang],
      colour: colourOf(i, c.id),
      inferred,
      members: of.map((o) => member(o.region)),
    };
  });
  const unassigned = regions.filter((code) => !latest(code));
  if (unassigned.length > 0) {
    groups.push({
      id: NO_GROUP,
      label: NO_INFORMATION[lang],
      colour: NO_GROUP_COLOUR,
      inferred: false,
      members: unassigned.map(member),
    });
  }
  const pieceColour = (p: Piece) =>
    withAlpha(groups[p.group]?.colour ?? NO_GROUP_COLOUR, TIE_FILL_ALPHA[p.tie ?? 'member']);
  const pieceLabel = (p: Piece) => {
    const group = groups[p.group]?.label ?? '';
    return p.tie ? `${group} · ${tieName(dataset, p.tie, lang)}` : group;
  };
  // Strongest tie first within each group, as the legend reads.
  const order = (p: Piece) => p.group * (TIES.length + 1) + (p.tie ? TIES.indexOf(p.tie) : 0);
  const insetRegions = regions.map((code, i) => ({
    code,
    name: regionName(code),
    itemStyle: {
      areaColor: (() => {
        const piece = pieces[data[i]?.value ?? Number.NaN];
        return piece ? pieceColour(piece) : NO_GROUP_COLOUR;
      })(),
      ...(tieOf(latest(code)) === 'cooperation' && { borderType: 'dashed' }),
      ...(data[i]?.inferred && { decal: hatch() }),
    },
  }));

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
      aria: { ...OWN_PATTERNS, label: { description } },
      ...(core.length > 0 && insetOption(map, insetRegions, lang)),
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
        pieces: pieces
          .map((p, value) => ({ value, label: pieceLabel(p), color: pieceColour(p), p }))
          .sort((a, b) => order(a.p) - order(b.p))
          .map(({ value, label, color }) => ({ value, label, color })),
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
          ...(core.length > 0 ? MAIN_BOX : { top: 8, bottom: 8, left: 'center' }),
          data,
          label: {
            show: true,
            fontSize: 11,
            ...LABEL_COLOURS,
            formatter: (params: unknown) => read(params).regionName ?? '',
          },
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
