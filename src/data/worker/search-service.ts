import { datasetIdPart, findFigure, isFigureId } from '../figure-id';
import type { Dataset, Region } from '../schema';
import type { FigureRef } from '../figure-ref';
import type { FigureSearch } from './search-index';

/**
 * The search code (MiniSearch, the pinyin dictionary) is loaded the first time someone
 * searches or opens a figure link, so neither the first screen nor the data worker's first
 * load pays for it. The time to build the index is the user-timing measure `imde:search-index`.
 */
export const loadFigureSearch = async (
  datasets: readonly Dataset[],
  regions: readonly Region[],
): Promise<FigureSearch> => {
  const { createFigureSearch } = await import('./search-index');
  const start = performance.now();
  const search = createFigureSearch(datasets, regions);
  performance.measure('imde:search-index', { start, end: performance.now() });
  return search;
};

/**
 * A figure by its id: from the index, or, for a large dataset whose figures are not all
 * indexed, by hashing that one dataset's figures (its dataset part names it).
 */
export const findFigureIn = async (
  search: FigureSearch,
  datasets: readonly Dataset[],
  regions: readonly Region[],
  id: string,
): Promise<FigureRef | null> => {
  if (!isFigureId(id)) return null;
  const hit = search.get(id);
  if (hit) return hit;
  const { figureRef } = await import('./search-index');
  const byCode = new Map(regions.map((r) => [r.code, r]));
  for (const dataset of datasets) {
    if (!id.startsWith(`${datasetIdPart(dataset.id)}-`)) continue;
    const observation = findFigure(dataset.id, dataset.observations, id);
    if (observation) return figureRef(dataset, observation, byCode);
  }
  return null;
};
