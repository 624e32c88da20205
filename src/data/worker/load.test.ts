import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../data-error';
import { createDataService } from './data-service';
import type { ManifestEntry } from '../schema';
import { readJson } from '../../../tests/unit/load-fixtures';

const entry: ManifestEntry = {
  id: 'housing-fund-services',
  file: 'datasets/housing-fund-services.json',
  topic: 'public-services',
  title: { zh: '住房公积金', en: 'Housing fund' },
};

/** A fetch that serves files from a literal table, so every error path is reachable. */
const fakeFetch =
  (files: Record<string, () => Response>): typeof fetch =>
  (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^.*\/data\//, '');
    const make = files[path];
    return make
      ? Promise.resolve(make())
      : Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' }));
  };
const json = (value: unknown) => () => new Response(JSON.stringify(value), { status: 200 });
const regions = json(readJson('public/data/regions.json'));

const loadDataset = async (files: Record<string, () => Response>) =>
  createDataService(fakeFetch(files))
    .handle({ kind: 'dataset', entry })
    .then(
      (value) => ({ ok: true as const, value: value as { observations: unknown[] } }),
      (error: unknown) => ({ ok: false as const, error }),
    );

const expectError = async (
  files: Record<string, () => Response>,
  kind: string,
  message: RegExp,
) => {
  const result = await loadDataset(files);
  expect(result.ok).toBe(false);
  const error = (result as { error: unknown }).error;
  expect(error).toBeInstanceOf(DataLoadError);
  expect((error as DataLoadError).kind).toBe(kind);
  expect((error as DataLoadError).file).toBe(entry.file);
  expect((error as DataLoadError).message).toMatch(message);
};

describe('the data service (what the worker runs)', () => {
  it('loads and validates the bundled dataset', async () => {
    const result = await loadDataset({
      'regions.json': regions,
      [entry.file]: json(readJson(`public/data/${entry.file}`)),
    });
    expect(result.ok && result.value.observations.length).toBeGreaterThan(0);
  });

  it('reports a missing file with its HTTP status', () =>
    expectError({ 'regions.json': regions }, 'http', /housing-fund-services\.json: \$ HTTP 404/));

  it('reports a network failure', () =>
    expectError(
      {
        'regions.json': regions,
        [entry.file]: () => {
          throw new TypeError('Failed to fetch');
        },
      },
      'network',
      /could not be fetched/,
    ));

  it('reports truncated JSON', () =>
    expectError(
      { 'regions.json': regions, [entry.file]: () => new Response('{"id": "hou', { status: 200 }) },
      'json',
      /not valid JSON/,
    ));

  it('reports schema problems by JSON path', async () => {
    const data = readJson(`public/data/${entry.file}`) as { observations: { value: unknown }[] };
    data.observations[2]!.value = 'ninety';
    await expectError(
      { 'regions.json': regions, [entry.file]: json(data) },
      'schema',
      /\$\.observations\[2\]\.value/,
    );
  });
});

describe('the opening of a JSON dataset', () => {
  it('is its summary without the counts: metadata, observations, first and last year, regions with figures', async () => {
    const files = {
      'regions.json': regions,
      [entry.file]: json(readJson(`public/data/${entry.file}`)),
    };
    const service = createDataService(fakeFetch(files));
    const summary = await service.handle({ kind: 'summary', entry });
    const opening = await service.handle({ kind: 'opening', entry });
    if (!summary || !('regionCounts' in summary)) throw new Error('not a summary');
    const { id, title, topic, sources, indicators } = summary;
    expect(opening).toEqual({
      ...{ id, title, topic, sources, indicators },
      observationCount: summary.observationCount,
      years: [summary.years[0], summary.years.at(-1)],
      regions: Object.keys(summary.regionCounts),
    });
  });
});

describe('the data service on the manifest', () => {
  it('reports an invalid manifest', async () => {
    const error = await createDataService(fakeFetch({ 'manifest.json': json({ datasets: [] }) }))
      .handle({ kind: 'manifest' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).problems[0]?.path).toBe('$.datasets');
  });
});

describe('the data service caches successes only', () => {
  it('fetches again after a failure, so Retry can recover', async () => {
    let calls = 0;
    const service = createDataService(
      fakeFetch({
        'manifest.json': () => {
          calls += 1;
          return calls === 1
            ? new Response('oops', { status: 500 })
            : new Response(JSON.stringify(readJson('public/data/manifest.json')), { status: 200 });
        },
      }),
    );
    await expect(service.handle({ kind: 'manifest' })).rejects.toBeInstanceOf(DataLoadError);
    await expect(service.handle({ kind: 'manifest' })).resolves.toHaveProperty('datasets');
    await service.handle({ kind: 'manifest' });
    expect(calls).toBe(2);
  });
});

describe('the size limit', () => {
  it('refuses a file whose declared size is over the limit, naming its size', async () => {
    const huge = () =>
      new Response('{}', { status: 200, headers: { 'content-length': String(600 * 1024 ** 2) } });
    const error = await createDataService(fakeFetch({ 'manifest.json': huge }))
      .handle({ kind: 'manifest' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).message).toMatch(
      /manifest\.json: \$ is 600 MB, over the 512 MB limit/,
    );
  });
});

describe('the Parquet engine', () => {
  const manifestWith = (entries: ManifestEntry[]) =>
    json({ ...(readJson('public/data/manifest.json') as object), datasets: entries });
  const parquetEntry: ManifestEntry = {
    ...entry,
    id: 'big',
    file: 'datasets/big.json',
    format: 'parquet',
  };

  it('starts as soon as the manifest lists a Parquet dataset, once, and not otherwise', async () => {
    let started = 0;
    const engine = () => {
      started += 1;
      return new Promise<never>(() => undefined);
    };
    const plain = createDataService(fakeFetch({ 'manifest.json': manifestWith([entry]) }), engine);
    await plain.handle({ kind: 'manifest' });
    expect(started).toBe(0);
    const service = createDataService(
      fakeFetch({ 'manifest.json': manifestWith([entry, parquetEntry]) }),
      engine,
    );
    await service.handle({ kind: 'manifest' });
    expect(started).toBe(1);
    await service.handle({ kind: 'manifest' });
    expect(started).toBe(1);
  });

  it('starts before the descriptor has arrived when a summary is asked for first', async () => {
    let started = false;
    let startedBeforeDescriptor: boolean | null = null;
    const engine = () => {
      started = true;
      return new Promise<never>(() => undefined);
    };
    const service = createDataService(
      fakeFetch({
        'regions.json': regions,
        'datasets/big.json': () => {
          startedBeforeDescriptor = started;
          return new Response('not json', { status: 200 });
        },
      }),
      engine,
    );
    await expect(service.handle({ kind: 'summary', entry: parquetEntry })).rejects.toBeInstanceOf(
      DataLoadError,
    );
    expect(startedBeforeDescriptor).toBe(true);
  });
});
