import type { RegionIndex } from '../data/regions';
import type { Topic } from '../data/schema';
import type { FigureRef } from '../data/figure-ref';
import type { FilterState } from './view-state';

/**
 * The filter changes that make a figure visible: its region when the selected one does not
 * include it, the year range opened where it excludes the year, the topic cleared when it
 * hides the figure's section. Nothing else changes.
 */
export const filtersToShow = (
  figure: FigureRef,
  filters: FilterState,
  regions: RegionIndex,
  topicOf: (datasetId: string) => Topic | undefined,
): Partial<FilterState> => {
  const { region, year } = figure.observation;
  const patch: Partial<FilterState> = {};
  if (!regions.selfAndDescendants(filters.region).has(region)) patch.region = region;
  if (filters.from !== null && filters.from > year) patch.from = null;
  if (filters.to !== null && filters.to < year) patch.to = null;
  if (filters.topic !== null && topicOf(figure.datasetId) !== filters.topic) patch.topic = null;
  return patch;
};
