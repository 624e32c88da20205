// @vitest-environment node
/// <reference types="vite/client" />
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '../src/data/data-error';
import { summarise } from '../src/data/dataset-summary';
import { createDataService } from '../src/data/worker/data-service';
import { openParquetDataset, validateDescriptor } from '../src/data/worker/parquet-dataset';
import type { ManifestEntry } from '../src/data/schema';
import { sqlString } from '../src/data/worker/sql-engine';
import { FIXTURES, codes, descriptor, regionsFile, useNodeEngine } from './parquet-test-setup';

/*
 * An opened Parquet dataset as the data worker answers for it (parquet-dataset.ts, and the
 * data service around it), over the fixtures, with DuckDB's Node package as the setup.engine.
 */

const setup = useNodeEngine();

describe('openParquetDataset', () => {
  const data = () => {
    const root = path.join(setup.dir, 'data');
    mkdirSync(path.join(root, 'datasets'), { recursive: true });
    for (const id of ['parquet-sample', 'parquet-broken', 'parquet-duplicate'])
      for (const ext of ['json', 'parquet'])
        copyFileSync(
          path.join(FIXTURES, `${id}.${ext}`),
          path.join(root, 'datasets', `${id}.${ext}`),
        );
    return root;
  };
  /** Which of the open's queries a SQL text is: the footers', the key scan's or an indicator's rows. */
  const queryKind = (sql: string) =>
    sql.includes('GROUPING SETS') ? 'keys' : sql.includes('WHERE indicator =') ? 'rows' : 'footer';
  /**
   * Serves data/ like the app's host; the engine resolves datasets/… against the same folder.
   * With `seen`, the kind of every query the engine is asked, in order.
   */
  const open = async (id: string, seen?: string[]) => {
    const root = data();
    await setup.engine.query(`SET file_search_path = ${sqlString(root)}`);
    const fetchImpl = (url: string) =>
      Promise.resolve(new Response(readFileSync(path.join(root, url.replace(/^\/data\//, '')))));
    const entry: ManifestEntry = {
      id,
      file: `datasets/${id}.json`,
      topic: 'public-services',
      title: { zh: id, en: id },
      format: 'parquet',
    };
    const withRegister = {
      query: (sql: string) => {
        seen?.push(queryKind(sql));
        return setup.engine.query(sql);
      },
      register: () => Promise.resolve(),
    };
    return openParquetDataset(
      entry,
      regionsFile,
      () => Promise.resolve(withRegister),
      fetchImpl as typeof fetch,
    );
  };

  it('summarises the sample as summarise() would the same figures in JSON', async () => {
    const opened = await open('parquet-sample');
    const sample = descriptor('parquet-sample');
    expect(opened.opened).toEqual({
      id: sample.id,
      title: sample.title,
      topic: sample.topic,
      sources: sample.sources,
      indicators: sample.indicators,
      observationCount: 240,
      years: [2010, 2019],
      regions: sample.regions,
    });
    const summary = await opened.summary();
    expect(summary.observationCount).toBe(240);
    expect(summary.indicators.map((i) => i.id)).toEqual(['beds', 'rate']);
    const d = descriptor('parquet-sample');
    const all = [];
    for (const indicator of d.indicators)
      all.push(
        ...(await opened.query({ indicator: indicator.id, regions: d.regions, from: 0, to: 3000 })),
      );
    expect(all).toHaveLength(240);
    const { id, title, description, topic, sources, indicators } = d;
    const asJson = summarise({
      id,
      title,
      description,
      topic,
      sources,
      indicators,
      observations: all,
    });
    expect(summary).toEqual(asJson);
  });

  it('opens the broken file from its footer, answers a sound indicator first, then turns into the DataLoadError naming file, row and column', async () => {
    const opened = await open('parquet-broken');
    const q = { regions: ['150100'], from: 2010, to: 2019 };
    expect(await opened.query({ ...q, indicator: 'rate' })).toHaveLength(10);
    const fault = {
      file: 'datasets/parquet-broken.parquet',
      kind: 'schema',
      problems: [
        { path: 'row 120, column region', message: 'region code 159999 is not in regions.json' },
      ],
    };
    const error = await opened.summary().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject(fault);
    // The figures of a sound indicator are not shown once the file is known to be broken.
    await expect(opened.query({ ...q, indicator: 'rate' })).rejects.toMatchObject(fault);
  });

  it('reads every row of the keys only after the first indicator is answered', async () => {
    const opened = await open('parquet-sample');
    const seen: string[] = [];
    const log = await open('parquet-sample', seen);
    expect(seen).not.toContain('keys');
    await log.query({ indicator: 'beds', regions: ['150100'], from: 2010, to: 2019 });
    expect(seen.filter((s) => s !== 'footer')).toEqual(['rows', 'keys']);
    expect(await log.summary()).toEqual(await opened.summary());
    expect(seen.filter((s) => s === 'keys')).toHaveLength(1);
  });

  it("reads the explorer's first indicator as it opens, so that question reads nothing more", async () => {
    const seen: string[] = [];
    const log = await open('parquet-sample', seen);
    await vi.waitFor(() => expect(seen.filter((s) => s !== 'footer')).toEqual(['rows']));
    const q = { indicator: 'beds', regions: ['150100'], from: 2010, to: 2019 };
    expect(await log.query(q)).toHaveLength(10);
    await log.summary();
    expect(seen.filter((s) => s !== 'footer')).toEqual(['rows', 'keys']);
  });

  it('holds the key scan back for a first question asked just after the summary', async () => {
    const seen: string[] = [];
    const log = await open('parquet-sample', seen);
    // The page asks for the summary first, and for the explorer's figures a moment later.
    const summary = log.summary();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await log.query({ indicator: 'beds', regions: ['150100'], from: 2010, to: 2019 });
    await summary;
    expect(seen.filter((s) => s !== 'footer')).toEqual(['rows', 'keys']);
  });

  it('opens a file whose only fault is a duplicate key, and refuses the query of that indicator', async () => {
    const opened = await open('parquet-duplicate');
    const q = { regions: ['150100'], from: 2010, to: 2019 };
    const error = await opened.query({ ...q, indicator: 'beds' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({
      file: 'datasets/parquet-duplicate.parquet',
      kind: 'schema',
      problems: [
        {
          path: 'row 8, column indicator, region, year',
          message: 'duplicates row 7 (beds, 150100, 2017)',
        },
      ],
    });
    // Asked again (Retry), it is read and refused again; the other indicator answers.
    await expect(opened.query({ ...q, indicator: 'beds' })).rejects.toBeInstanceOf(DataLoadError);
    expect(await opened.query({ ...q, indicator: 'rate' })).toHaveLength(10);
  });

  it("answers the data service's opening from the footers, and its summary after the key scan", async () => {
    const root = data();
    await setup.engine.query(`SET file_search_path = ${sqlString(root)}`);
    const scans: string[] = [];
    const entry: ManifestEntry = {
      id: 'parquet-sample',
      file: 'datasets/parquet-sample.json',
      topic: 'public-services',
      title: { zh: 'x', en: 'x' },
      format: 'parquet',
    };
    const served = (url: string) =>
      Promise.resolve(
        new Response(
          url.endsWith('regions.json')
            ? readFileSync('public/data/regions.json')
            : readFileSync(path.join(root, url.replace(/^.*\/data\//, ''))),
        ),
      );
    const service = createDataService(served as typeof fetch, () =>
      Promise.resolve({
        query: (sql: string) => {
          if (sql.includes('GROUPING SETS')) scans.push(sql);
          return setup.engine.query(sql);
        },
        register: () => Promise.resolve(),
      }),
    );
    const d = descriptor('parquet-sample');
    expect(await service.handle({ kind: 'opening', entry })).toEqual({
      id: d.id,
      title: d.title,
      topic: d.topic,
      sources: d.sources,
      indicators: d.indicators,
      observationCount: 240,
      years: [2010, 2019],
      regions: d.regions,
    });
    expect(scans).toHaveLength(0);
    const summary = await service.handle({ kind: 'summary', entry });
    expect(summary).toMatchObject({ observationCount: 240 });
    expect(scans).toHaveLength(1);
  });

  it('checks the descriptor with zod and regions.json first', () => {
    const d = descriptor('parquet-sample');
    const bad = validateDescriptor(
      { ...d, regions: ['150100', '159999'], files: ['x.parquet'] },
      codes,
      'other',
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.path)).toEqual(['$.files[0]']);
    const unknown = validateDescriptor({ ...d, regions: ['150100', '159999'] }, codes, 'other');
    expect(!unknown.ok && unknown.problems).toEqual([
      { path: '$.regions[1]', message: 'region code 159999 is not in regions.json' },
      { path: '$.id', message: 'is "parquet-sample" but the manifest expects "other"' },
    ]);
  });
});
