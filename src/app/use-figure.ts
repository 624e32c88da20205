import { useQuery } from '@tanstack/react-query';
import type { ManifestEntry } from '../data/schema';
import { figureQueryOptions } from '../data/page/search-queries';
import { useManifest } from '../data/page/use-data';

const NONE: readonly ManifestEntry[] = [];

/** The figure a `figure=` link names, looked up by the data worker. */
export const useFigure = (id: string | null) => {
  const manifest = useManifest();
  const entries = manifest.data?.datasets ?? NONE;
  const query = useQuery(figureQueryOptions(entries, id));
  return {
    ref: query.data ?? null,
    /** Still looking: the URL audit waits, so a good link is not dropped as unknown. */
    pending: id !== null && query.isPending && !manifest.isError,
    known: (value: string) => query.data?.id === value,
  };
};
