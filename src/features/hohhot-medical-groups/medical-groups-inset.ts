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

/** The inset's size in pixels: fixed, so the label offsets below are exact at any width. */
export const INSET_SIZE = 150;

/**
 * ECharts puts a region's label on the region's `cp` (its seat of government, from the
 * GeoJSON); the four urban seats sit within a few kilometres of each other. Each label moves
 * to its district's centroid instead: [lng, lat] of the `cp` and of the largest polygon's
 * centroid, both from public/data/geo/150100.json (checked by the tests).
 */
export const URBAN_LABEL_POINTS: Readonly<
  Record<string, { cp: [number, number]; at: [number, number] }>
> = {
  '150102': { cp: [111.665544, 40.858289], at: [111.842, 40.968] },
  '150103': { cp: [111.623692, 40.808608], at: [111.559, 40.869] },
  '150104': { cp: [111.673881, 40.753655], at: [111.644, 40.721] },
  '150105': { cp: [111.701355, 40.792667], at: [111.936, 40.783] },
};

/** ECharts' default geo aspect: a degree of latitude is drawn 1/0.75 as long as one of longitude. */
const ASPECT_SCALE = 0.75;

/** Pixels from a district's `cp` to its centroid in the inset. */
export const labelOffset = (code: string): [number, number] => {
  const point = URBAN_LABEL_POINTS[code];
  if (!point) return [0, 0];
  const [[west, north], [east, south]] = URBAN_CORE_BOUNDS;
  const aspect = ((east - west) / (north - south)) * ASPECT_SCALE;
  // The bounds are fitted into the square: the wider side fills it.
  const width = aspect >= 1 ? INSET_SIZE : INSET_SIZE * aspect;
  const perLng = width / (east - west);
  const perLat = perLng / ASPECT_SCALE;
  return [
    Math.round((point.at[0] - point.cp[0]) * perLng),
    Math.round(-(point.at[1] - point.cp[1]) * perLat),
  ];
};

/** "Xincheng District" is "Xincheng" in the inset, whose title says they are districts. */
const shortName = (name: string) => name.replace(/\s+District$/u, '');

export const INSET_ID = 'urban-core-inset';
const INSET_TITLE: Localized = { zh: '市区放大', en: 'Urban districts, enlarged' };

/** Where the main map and the inset go: the city on the left, the core to its right. */
// With all four edges given ECharts would stretch the map to the box: keep its shape.
export const MAIN_BOX = {
  left: 4,
  top: 8,
  bottom: 8,
  right: 162,
  preserveAspect: 'contain',
} as const;
const INSET_BOX = { right: 4, top: 30, width: INSET_SIZE, height: INSET_SIZE } as const;
/** The rest of the city around the core: context only, in a neutral tone. */
const CONTEXT_FILL = 'rgba(148,163,184,0.35)';

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
 * The inset: a second geo of the same map, cropped (clip) to the urban core, each urban
 * district in its map colour and named on its own area; the rest of the city is a neutral
 * backdrop. It is a picture of the core only: hovering and clicking stay with the main map
 * and the legend.
 */
export const insetOption = (map: string, regions: readonly InsetRegion[], lang: Lang) => {
  const names = new Map(regions.map((r) => [r.code, shortName(r.name)]));
  const urban = (code: string) => (URBAN_CORE as readonly string[]).includes(code);
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
      preserveAspect: 'contain',
      preserveAspectVerticalAlign: 'top',
      clip: true,
      roam: false,
      silent: true,
      ...INSET_BOX,
      itemStyle: { areaColor: CONTEXT_FILL, borderColor: 'rgba(255,255,255,0.8)' },
      label: { show: false },
      regions: regions
        .filter((r) => urban(r.code))
        .map((r) => ({
          name: r.code,
          itemStyle: r.itemStyle,
          label: {
            ...LABEL,
            offset: labelOffset(r.code),
            formatter: () => names.get(r.code) ?? '',
          },
        })),
    },
  };
};
