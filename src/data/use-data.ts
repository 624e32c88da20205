import { useQueries, useQuery } from '@tanstack/react-query';
import { datasetQueryOptions, manifestQueryOptions, regionsQueryOptions } from './load';
import { buildRegionIndex } from './regions';
import type { Dataset, ManifestEntry } from './schema';

export const useManifest = () => useQuery(manifestQueryOptions());

/** The region index; `select` is a stable module function, so it is built once per load. */
export const useRegions = () => useQuery({ ...regionsQueryOptions(), select: buildRegionIndex });

export const useDataset = (entry: ManifestEntry) => useQuery(datasetQueryOptions(entry));

export interface AllDatasets {
  /** The datasets that loaded; a broken one is left out here and reported by its own panel. */
  datasets: Dataset[];
  settled: boolean;
}

/** Every dataset of the manifest, fetched in parallel (shares the cache with the panels). */
export const useAllDatasets = (): AllDatasets => {
  const manifest = useManifest();
  return useQueries({
    queries: (manifest.data?.datasets ?? []).map((entry) => datasetQueryOptions(entry)),
    combine: (results) => ({
      datasets: results.flatMap((r) => (r.data ? [r.data] : [])),
      settled: manifest.isError || (manifest.isSuccess && results.every((r) => !r.isPending)),
    }),
  });
};
