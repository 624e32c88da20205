import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions, manifestQueryOptions, regionsQueryOptions } from './load';
import { buildRegionIndex } from './regions';
import type { ManifestEntry } from './schema';

export const useManifest = () => useQuery(manifestQueryOptions());

/** The region index; `select` is a stable module function, so it is built once per load. */
export const useRegions = () => useQuery({ ...regionsQueryOptions(), select: buildRegionIndex });

export const useDataset = (entry: ManifestEntry) => useQuery(datasetQueryOptions(entry));
