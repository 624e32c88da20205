import type { Lang } from '../../data/schema';

/**
 * ECharts puts a league's label on its `cp`, the seat of government; the seats of Hohhot,
 * Baotou, Ulanqab and Ordos lie within 200 km of each other in the south, so their names
 * collide and the smaller leagues' (Hohhot's first) were dropped. These leagues' labels go to
 * a point inside their area instead, spread apart: the centroid of the largest polygon, or
 * for Baotou a point in its northern half, for Ulanqab one east of its middle, for Ordos one
 * south-east of its centroid, clear of Wuhai's name. On a phone (`phone`) the map is ~11 px a
 * degree and the names are stacked rather than side by side: Baotou's at its northern tip,
 * Bayannur's to the west, Ordos's east of Wuhai's. `box` is the league's extent
 * [west, south, east, north] and each point is in degrees, from public/data/geo/150000.json
 * (the tests check each point lies inside its league and that the names do not overlap).
 */
export const LABEL_POINTS: Readonly<
  Record<
    string,
    { box: [number, number, number, number]; at: [number, number]; phone?: [number, number] }
  >
> = {
  '150100': { box: [110.518, 39.59, 112.313, 41.388], at: [111.51, 40.59] },
  '150200': { box: [109.278, 40.245, 111.444, 42.739], at: [110.3, 42.0], phone: [110.34, 42.47] },
  '150600': { box: [106.483, 37.622, 111.464, 40.875], at: [109.0, 39.2], phone: [109.8, 39.3] },
  '150800': {
    box: [105.202, 40.169, 109.904, 42.461],
    at: [107.58, 41.45],
    phone: [106.96, 41.45],
  },
  '150900': { box: [110.341, 40.168, 114.81, 43.381], at: [113.63, 41.53] },
  '152900': { box: [97.173, 37.407, 106.867, 42.796], at: [102.45, 40.5] },
};

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a league's label goes, in pixels, given its drawn area's bounding rectangle: the map
 * is a linear projection of degrees, so a point's share of the extent is its share of the
 * rectangle. Undefined: ECharts' own place (the seat), uncrowded for that league.
 */
export const labelPoint = (
  code: string,
  rect: Rect,
  narrow = false,
): { x: number; y: number } | undefined => {
  const point = LABEL_POINTS[code];
  if (!point) return undefined;
  const [west, south, east, north] = point.box;
  const [lng, lat] = (narrow ? point.phone : undefined) ?? point.at;
  return {
    x: rect.x + ((lng - west) / (east - west)) * rect.width,
    y: rect.y + ((north - lat) / (north - south)) * rect.height,
  };
};

/**
 * "呼和浩特" rather than "呼和浩特市", "Xilingol" rather than "Xilingol League", "莫力达瓦旗" and
 * "Morin Dawa" rather than the banner's full name: room on a phone. A county keeps 县/区/旗 in
 * Chinese, where two-character names would otherwise read as something else.
 */
export const mapLabel = (name: string, lang: Lang): string =>
  lang === 'zh'
    ? name.replace(/(?:达斡尔族|族)?自治旗$/u, '旗').replace(/市$/u, '')
    : name.replace(/\s+(?:Daur\s+)?(?:Autonomous\s+)?(?:League|City|Banner|County|District)$/u, '');
