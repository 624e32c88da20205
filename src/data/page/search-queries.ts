import { queryOptions } from '@tanstack/react-query';
import type { DataLoadError } from '../data-error';
import { dataClient } from './queries';
import type { ManifestEntry } from '../schema';
import type { FigureHit, FigureRef } from '../figure-ref';

/** Figures for a query, answered by the data worker's search index. */
export const searchQueryOptions = (entries: readonly ManifestEntry[], query: string, limit = 8) =>
  queryOptions<FigureHit[], DataLoadError>({
    queryKey: ['search', entries.map((e) => e.id), query, limit],
    queryFn: ({ client }) => dataClient(client).request({ kind: 'search', entries, query, limit }),
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
    enabled: query.trim() !== '' && entries.length > 0,
  });

/** The figure of a permalink id (null: no dataset has it). */
export const figureQueryOptions = (entries: readonly ManifestEntry[], id: string | null) =>
  queryOptions<FigureRef | null, DataLoadError>({
    queryKey: ['figure', entries.map((e) => e.id), id],
    queryFn: ({ client }) =>
      id === null ? null : dataClient(client).request({ kind: 'figure', entries, id }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    enabled: id !== null && entries.length > 0,
  });
