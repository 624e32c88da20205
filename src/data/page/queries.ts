import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { createDataClient } from './data-client';
import type { DataClient } from './data-client';
import type { DataLoadError } from '../data-error';
import type { DatasetOpening, DatasetSummary } from '../dataset-summary';
import type { ObservationQuery } from '../data-protocol';
import type { Dataset, Manifest, ManifestEntry, Observation, RegionsFile } from '../schema';

// One data client (one worker) per QueryClient: the app has one; each test's fresh
// QueryClient gets a fresh client, so no cached file leaks between tests.
const clients = new WeakMap<QueryClient, DataClient>();
export const dataClient = (queryClient: QueryClient): DataClient => {
  let client = clients.get(queryClient);
  if (!client) clients.set(queryClient, (client = createDataClient()));
  return client;
};

// Bundled data never changes while the page is open: fetch once, never refetch on focus.
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const manifestQueryOptions = () =>
  queryOptions<Manifest, DataLoadError>({
    queryKey: ['manifest'],
    queryFn: ({ client }) => dataClient(client).request({ kind: 'manifest' }),
    ...forever,
  });

export const regionsQueryOptions = () =>
  queryOptions<RegionsFile, DataLoadError>({
    queryKey: ['regions'],
    queryFn: ({ client }) => dataClient(client).request({ kind: 'regions' }),
    ...forever,
  });

/** The whole dataset, for the panels made for it (small, hand-extracted files). */
export const datasetQueryOptions = (entry: ManifestEntry) =>
  queryOptions<Dataset, DataLoadError>({
    queryKey: ['dataset', entry.id],
    queryFn: ({ client }) => dataClient(client).request({ kind: 'dataset', entry }),
    ...forever,
  });

/**
 * Titles, sources, indicators, years and counts of a dataset of any size. The time from
 * request to validated and indexed is recorded as the user-timing measure `imde:load:<id>`.
 */
export const summaryQueryOptions = (entry: ManifestEntry) =>
  queryOptions<DatasetSummary, DataLoadError>({
    queryKey: ['summary', entry.id],
    queryFn: async ({ client }) => {
      const start = performance.now();
      const summary = await dataClient(client).request({ kind: 'summary', entry });
      performance.measure(`imde:load:${entry.id}`, { start, end: performance.now() });
      return summary;
    },
    ...forever,
  });

/**
 * What is known of a dataset before its summary (dataset-summary.ts): enough to ask for its first
 * figures. A Parquet dataset answers from its files' footers, before reading every row's keys.
 */
export const openingQueryOptions = (entry: ManifestEntry) =>
  queryOptions<DatasetOpening, DataLoadError>({
    queryKey: ['opening', entry.id],
    queryFn: ({ client }) => dataClient(client).request({ kind: 'opening', entry }),
    ...forever,
  });

/** Observations answered from the worker's index, for datasets too large to hold on the page. */
export const observationsQueryOptions = (entry: ManifestEntry, query: ObservationQuery) =>
  queryOptions<Observation[], DataLoadError>({
    queryKey: ['observations', entry.id, query],
    queryFn: ({ client }) => dataClient(client).request({ kind: 'query', entry, query }),
    ...forever,
    // Each filter is a new query; keep only recent answers.
    gcTime: 60_000,
  });
