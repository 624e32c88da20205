import { queryOptions } from '@tanstack/react-query';
import type { Problem, Validation } from './validate';
import { validateDataset, validateManifest, validateRegions } from './validate';
import type { Dataset, Manifest, ManifestEntry, RegionsFile } from './schema';

export type DataErrorKind = 'network' | 'http' | 'json' | 'schema';

/** Every way a data file can fail, typed so the UI can name the file and the first problems. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly kind: DataErrorKind;
  readonly problems: readonly Problem[];

  constructor(file: string, kind: DataErrorKind, problems: readonly Problem[]) {
    super(`${file}: ${problems[0]?.path ?? '$'} ${problems[0]?.message ?? kind}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.kind = kind;
    this.problems = problems;
  }
}

/** Data is fetched at run time from public/data so datasets can be replaced without a rebuild. */
export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;

export const fetchDataFile = async (
  file: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetchImpl(dataUrl(file), signal ? { signal } : undefined);
  } catch (error) {
    throw new DataLoadError(file, 'network', [
      { path: '$', message: `could not be fetched (${String(error)})` },
    ]);
  }
  if (!response.ok) {
    throw new DataLoadError(file, 'http', [
      { path: '$', message: `HTTP ${response.status} ${response.statusText}`.trim() },
    ]);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataLoadError(file, 'json', [{ path: '$', message: `is not valid JSON: ${reason}` }]);
  }
};

const orThrow = <T>(file: string, result: Validation<T>): T => {
  if (!result.ok) throw new DataLoadError(file, 'schema', result.problems);
  return result.value;
};

// Bundled data never changes while the page is open: fetch once, never refetch on focus.
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const manifestQueryOptions = (fetchImpl?: typeof fetch) =>
  queryOptions<Manifest, DataLoadError>({
    queryKey: ['manifest'],
    queryFn: async ({ signal }) =>
      orThrow(
        'manifest.json',
        validateManifest(await fetchDataFile('manifest.json', fetchImpl, signal)),
      ),
    ...forever,
  });

export const regionsQueryOptions = (fetchImpl?: typeof fetch) =>
  queryOptions<RegionsFile, DataLoadError>({
    queryKey: ['regions'],
    queryFn: async ({ signal }) =>
      orThrow(
        'regions.json',
        validateRegions(await fetchDataFile('regions.json', fetchImpl, signal)),
      ),
    ...forever,
  });

export const datasetQueryOptions = (entry: ManifestEntry, fetchImpl?: typeof fetch) =>
  queryOptions<Dataset, DataLoadError>({
    queryKey: ['dataset', entry.id],
    queryFn: async ({ signal, client }) => {
      // The dataset and the region list load in parallel; regions come from the shared cache.
      const [json, regions] = await Promise.all([
        fetchDataFile(entry.file, fetchImpl, signal),
        client.ensureQueryData(regionsQueryOptions(fetchImpl)),
      ]);
      const codes = new Set(regions.regions.map((r) => r.code));
      return orThrow(entry.file, validateDataset(json, codes, entry.id));
    },
    ...forever,
  });
