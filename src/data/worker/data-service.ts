import { DataLoadError } from '../data-error';
import { fetchDataFile } from '../fetch-data-file';
import type { DataReplies, DataRequest } from '../data-protocol';
import { checked, loadDataFile } from './load';
import { openingOf, summarise } from '../dataset-summary';
import { buildIndex, queryIndex } from './observation-index';
import type { DatasetSummary } from '../dataset-summary';
import type { ObservationIndex } from './observation-index';
import type { ParquetDataset, ParquetEngine } from './parquet-dataset';
import type { Dataset, Manifest, ManifestEntry, RegionsFile } from '../schema';
import { findFigureIn, loadFigureSearch } from './search-service';
import { validateDataset, validateManifest, validateRegions } from './validate';

interface Loaded {
  dataset: Dataset;
  index: ObservationIndex;
  summary: DatasetSummary;
}

type Reply = DataReplies[DataRequest['kind']];

/**
 * Fetching, validating (zod) and indexing, kept off the main thread: the data worker runs
 * this, and the page only falls back to running it itself where workers are unavailable.
 * Successful loads are cached; a failure is not, so Retry fetches again.
 */
export const createDataService = (
  fetchImpl?: typeof fetch,
  // DuckDB-WASM is imported only when a Parquet dataset is opened; tests pass another engine.
  parquetEngine: () => Promise<ParquetEngine> = () =>
    import('./parquet-wasm').then((m) => m.openWasmEngine()),
) => {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
    return promise;
  };

  const manifest = () =>
    once<Manifest>('manifest', () => loadDataFile('manifest.json', validateManifest, fetchImpl));
  const regions = () =>
    once<RegionsFile>('regions', () => loadDataFile('regions.json', validateRegions, fetchImpl));
  const loaded = (entry: ManifestEntry) =>
    once<Loaded>(`dataset:${entry.id}:${entry.file}`, async () => {
      // The dataset and the region list (needed to check its codes) load in parallel.
      const [json, regionsFile] = await Promise.all([
        fetchDataFile(entry.file, fetchImpl),
        regions(),
      ]);
      const codes = new Set(regionsFile.regions.map((r) => r.code));
      const dataset = checked(entry.file, validateDataset(json, codes, entry.id));
      return { dataset, index: buildIndex(dataset.observations), summary: summarise(dataset) };
    });

  // Datasets that fail to load are left out of search: their panels show the error.
  const datasets = async (entries: readonly ManifestEntry[]) =>
    (await Promise.allSettled(entries.map(loaded))).flatMap((r) =>
      r.status === 'fulfilled' ? [r.value.dataset] : [],
    );
  const search = (entries: readonly ManifestEntry[]) =>
    once(`search:${entries.map((e) => e.id).join(',')}`, async () =>
      loadFigureSearch(await datasets(entries), (await regions()).regions),
    );
  // One engine for all Parquet datasets, started by the first.
  const engine = () => once('parquet-engine', parquetEngine);
  const parquet = (entry: ManifestEntry) =>
    once<ParquetDataset>(`parquet:${entry.id}:${entry.file}`, async () =>
      (await import('./parquet-dataset')).openParquetDataset(
        entry,
        await regions(),
        engine,
        fetchImpl,
      ),
    );

  const handle = async (request: DataRequest): Promise<Reply> => {
    if ('entry' in request && request.entry.format === 'parquet') {
      const { entry } = request;
      switch (request.kind) {
        case 'dataset':
          throw new DataLoadError(entry.file, 'schema', [
            { path: '$', message: 'is a Parquet dataset: it is queried, never loaded whole' },
          ]);
        case 'summary':
          return (await parquet(entry)).summary();
        case 'opening':
          return (await parquet(entry)).opened;
        case 'query':
          return (await parquet(entry)).query(request.query);
      }
    }
    switch (request.kind) {
      case 'manifest': {
        const listed = await manifest();
        // The page asks for every dataset's summary next: a Parquet one needs the engine, the
        // slowest part of opening it, so it starts now (a failure is reported by the open), and
        // the code that opens one is fetched meanwhile.
        if (listed.datasets.some((e) => e.format === 'parquet')) {
          engine().catch(() => undefined);
          import('./parquet-dataset').catch(() => undefined);
        }
        return listed;
      }
      case 'regions':
        return regions();
      case 'dataset':
        return (await loaded(request.entry)).dataset;
      case 'summary':
        return (await loaded(request.entry)).summary;
      case 'opening':
        return openingOf((await loaded(request.entry)).summary);
      case 'query':
        return queryIndex((await loaded(request.entry)).index, request.query);
      case 'search':
        return (await search(request.entries)).search(request.query, request.limit);
      case 'figure':
        return findFigureIn(
          await search(request.entries),
          await datasets(request.entries),
          (await regions()).regions,
          request.id,
        );
    }
  };
  return { handle };
};

export type DataService = ReturnType<typeof createDataService>;
