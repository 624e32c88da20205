import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DataLoadError } from '../data-error';
import type { DatasetSummary } from '../dataset-summary';
import type { ObservationQuery } from '../data-protocol';
import {
  datasetQueryOptions,
  manifestQueryOptions,
  observationsQueryOptions,
  openingQueryOptions,
  regionsQueryOptions,
  summaryQueryOptions,
} from './queries';
import { buildRegionIndex } from '../regions';
import type { ManifestEntry } from '../schema';

export const useManifest = () => useQuery(manifestQueryOptions());

/** The region index; `select` is a stable module function, so it is built once per load. */
export const useRegions = () => useQuery({ ...regionsQueryOptions(), select: buildRegionIndex });

export const useDataset = (entry: ManifestEntry) => useQuery(datasetQueryOptions(entry));

export const useSummary = (entry: ManifestEntry) => useQuery(summaryQueryOptions(entry));

export const useOpening = (entry: ManifestEntry) => useQuery(openingQueryOptions(entry));

/** Fetches a dataset's summary again, e.g. after its panel's Retry. */
export const useRetrySummary = () => {
  const queryClient = useQueryClient();
  return useCallback(
    (entry: ManifestEntry) =>
      void queryClient.invalidateQueries({ queryKey: summaryQueryOptions(entry).queryKey }),
    [queryClient],
  );
};

/** Observations matching a query; the previous answer stays on screen while the next loads. */
export const useObservations = (entry: ManifestEntry, query: ObservationQuery) =>
  useQuery({ ...observationsQueryOptions(entry, query), placeholderData: keepPreviousData });

export interface AllSummaries {
  /** The datasets that loaded; a broken one is left out here and reported by its own panel. */
  summaries: DatasetSummary[];
  settled: boolean;
}

/** A summary of every dataset of the manifest, fetched in parallel. */
export const useAllSummaries = (): AllSummaries => {
  const manifest = useManifest();
  const { isError, isSuccess } = manifest;
  // A stable combine: TanStack re-runs it (and hands out a new array) whenever its reference
  // changes, which would redraw the overview map on every filter change.
  const combine = useCallback(
    (results: UseQueryResult<DatasetSummary, DataLoadError>[]): AllSummaries => ({
      summaries: results.flatMap((r) => (r.data ? [r.data] : [])),
      settled: isError || (isSuccess && results.every((r) => !r.isPending)),
    }),
    [isError, isSuccess],
  );
  return useQueries({
    queries: (manifest.data?.datasets ?? []).map((entry) => summaryQueryOptions(entry)),
    combine,
  });
};
