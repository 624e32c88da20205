import type { Lang, Localized } from '../../data/schema';

/**
 * Hohhot's four urban districts (新城区, 回民区, 玉泉区, 赛罕区) are too small at the city's
 * scale for their names to sit on their own areas: the main map leaves them unnamed and an
 * enlarged inset of the urban core names each on its own area.
 */
export const URBAN_CORE = ['150102', '150103', '150104', '150105'] as const;

/** The core's extent in degrees, [west, north] and [east, south], with a small margin. */
export const URBAN_CORE_BOUNDS: [[number, number], [number, number]] = [
  [111.42, 41.15],
  [112.2, 40.59],
];

export const INSET_ID = 'urban-core-inset';
const INSET_TITLE: Localized = { zh: '市区放大', en: 'Urban districts, enlarged' };

/** Where the main map and the inset go: the city on the left, the core to its right. */
export const MAIN_BOX = { left: 4, top: 8, bottom: 8, right: '42%' } as const;
const INSET_BOX = { right: 4, top: 34, width: '40%', height: '60%' } as const;

export interface InsetRegion {
  code: string;
  name: string;
  itemStyle: Record<string, unknown>;
}

const LABEL = {
  show: true,
  fontSize: 11,
  color: '#ffffff',
  textBorderColor: 'rgba(0,0,0,0.7)',
  textBorderWidth: 2,
} as const;

/**
 * The inset: a second geo of the same map, cropped (clip) to the urban core, each district in
 * its map colour and named. It is a picture of the core only: hovering and clicking stay with
 * the main map and the legend.
 */
export const insetOption = (map: string, regions: readonly InsetRegion[], lang: Lang) => {
  const names = new Map(regions.map((r) => [r.code, r.name]));
  return {
    title: {
      id: INSET_ID,
      text: INSET_TITLE[lang],
      right: 4,
      top: 8,
      textStyle: { fontSize: 12, fontWeight: 'normal' },
    },
    geo: {
      id: INSET_ID,
      map,
      nameProperty: 'code',
      boundingCoords: URBAN_CORE_BOUNDS,
      clip: true,
      roam: false,
      silent: true,
      ...INSET_BOX,
      itemStyle: { areaColor: 'rgba(148,163,184,0.25)', borderColor: 'rgba(255,255,255,0.8)' },
      label: { show: false },
      regions: regions.map((r) => ({
        name: r.code,
        itemStyle: r.itemStyle,
        label: {
          ...LABEL,
          show: (URBAN_CORE as readonly string[]).includes(r.code),
          formatter: () => names.get(r.code) ?? '',
        },
      })),
    },
  };
};
