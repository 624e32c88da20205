import { dehydrate, hydrate } from '@tanstack/react-query';
import type { DehydratedState, Query, QueryClient } from '@tanstack/react-query';
import { summarise } from '../data/dataset-summary';
import type { Dataset } from '../data/schema';
import { bakedFilesScript, jsonScript } from '../lib/baked-data';

/**
 * The data a page was prerendered from, embedded in it (a JSON script, not executed, so the
 * CSP allows it): the client hydrates with exactly what the server rendered, then fetches the
 * files again after load, and whatever changed since the build renders live.
 */
export const SEED_ID = 'imde-seed';

export interface Seed {
  queries: DehydratedState;
  /** SHA-256 of each data file the page was built from, by path under public/data. */
  files: Record<string, string>;
}

// The manifest, region list, datasets and summaries: what panels need to render. Map geometry
// is only needed by a live map, and is fetched then.
const SEEDED = new Set(['manifest', 'regions', 'dataset', 'summary', 'opening', 'observations']);
/** Whether a page's first render needs this query's data (the prerender loads those). */
export const isSeedKind = (query: Query) => SEEDED.has(String(query.queryKey[0]));
const isSeeded = (query: Query) => query.state.status === 'success' && isSeedKind(query);

const keyOf = (query: Query) => query.queryKey.map(String).join('/');

export const seedOf = (client: QueryClient, files: Seed['files']): Seed => {
  const loaded = new Set(client.getQueryCache().getAll().filter(isSeeded).map(keyOf));
  // A summary is recomputed from its dataset on the page (applySeed): not sent twice.
  const derivable = (query: Query) =>
    query.queryKey[0] === 'summary' && loaded.has(`dataset/${String(query.queryKey[1])}`);
  return {
    queries: dehydrate(client, { shouldDehydrateQuery: (q) => isSeeded(q) && !derivable(q) }),
    files,
  };
};

/** The seed, and the files it came from in a script of their own (lib/baked-data.ts). */
export const seedScript = (seed: Seed): string =>
  jsonScript(SEED_ID, seed) + bakedFilesScript(seed.files);

export const readSeed = (doc: Document): Seed | null => {
  const text = doc.getElementById(SEED_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as Seed;
  } catch {
    return null;
  }
};

export const applySeed = (client: QueryClient, seed: Seed) => {
  hydrate(client, seed.queries);
  for (const { queryKey, state } of seed.queries.queries) {
    if (queryKey[0] !== 'dataset' || state.status !== 'success') continue;
    client.setQueryData(['summary', queryKey[1]], summarise(state.data as Dataset), {
      updatedAt: state.dataUpdatedAt,
    });
  }
};

/** Fetches every seeded query again: data replaced on the server since the build wins. */
export const refreshSeeded = (client: QueryClient) =>
  client.refetchQueries({ predicate: isSeeded });
