import { describe, expect, it } from 'vitest';
import { readJson } from '../../../tests/unit/load-fixtures';
import { createDataService } from './data-service';
import { figureId } from '../figure-id';
import type { FigureHit, FigureRef } from '../figure-ref';
import type { Manifest } from '../schema';

/** Serves public/data as the worker would fetch it; a listed file can be broken on purpose. */
const serve =
  (broken: ReadonlySet<string> = new Set()): typeof fetch =>
  (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^.*\/data\//, '');
    if (broken.has(path)) return Promise.resolve(new Response('{', { status: 200 }));
    return Promise.resolve(
      new Response(JSON.stringify(readJson(`public/data/${path}`)), { status: 200 }),
    );
  };

const entries = (readJson('public/data/manifest.json') as Manifest).datasets;

describe('search in the data service', () => {
  it('answers a query over every dataset of the manifest', async () => {
    const service = createDataService(serve());
    const hits = (await service.handle({
      kind: 'search',
      entries,
      query: '雷管',
      limit: 5,
    })) as FigureHit[];
    expect(hits[0]).toMatchObject({
      datasetId: 'firearm-seizures-2020',
      indicator: { id: 'detonators-seized' },
    });
  });

  it('resolves a figure id, and null for an id no dataset has or a malformed one', async () => {
    const service = createDataService(serve());
    const id = figureId('firearm-seizures-2020', {
      indicator: 'detonators-seized',
      region: '150000',
      year: 2020,
    });
    const found = (await service.handle({ kind: 'figure', entries, id })) as FigureRef;
    expect(found.observation).toMatchObject({
      value: 259000,
      quote: expect.stringContaining('雷管25.9万枚') as string,
    });
    expect(await service.handle({ kind: 'figure', entries, id: 'zzzz-zzzzzzzzzz' })).toBeNull();
    expect(await service.handle({ kind: 'figure', entries, id: '../etc' })).toBeNull();
  });

  it('leaves out a dataset that fails to load; the others stay searchable', async () => {
    const service = createDataService(serve(new Set(['datasets/firearm-seizures-2020.json'])));
    const hits = (await service.handle({
      kind: 'search',
      entries,
      query: '雷管 婴儿死亡率',
      limit: 5,
    })) as FigureHit[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.datasetId !== 'firearm-seizures-2020')).toBe(true);
  });
});
