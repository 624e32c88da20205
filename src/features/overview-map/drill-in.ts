import type { RegionIndex } from '../../data/regions';

export const PROVINCE = '150000';

/**
 * The leagues/cities whose county geometry public/data/geo/ holds (checked against the files
 * by a test): a click on one of them, or choosing it or one of its counties, shows its
 * county map instead of the province.
 */
export const COUNTY_MAPS: readonly string[] = ['150100', '150700'];

/**
 * The map that shows the selected region on its own: the county map of its league where
 * there is one, else the province's. A function of the region filter, so the URL already
 * says which map is drawn and the drilled-in view needs no state of its own.
 */
export const mapFor = (selected: string, regions: RegionIndex): string => {
  const league = regions.path(selected)[1]?.code;
  return league !== undefined && COUNTY_MAPS.includes(league) ? league : PROVINCE;
};

/** The area of `map` that stands for the selected region (a league, or a county's league). */
export const selectedArea = (
  map: string,
  selected: string,
  regions: RegionIndex,
): string | undefined => {
  const path = regions.path(selected);
  const depth = path.findIndex((r) => r.code === map);
  return depth < 0 ? undefined : path[depth + 1]?.code;
};
