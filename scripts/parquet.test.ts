// @vitest-environment node
/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, queryIndex } from '../src/data/worker/observation-index';
import { loadIndicator } from '../src/data/worker/parquet-indicator';
import { keyCuts, readFooters } from '../src/data/worker/parquet-footer';
import { checkParquetKeys, checkParquetOpen } from '../src/data/worker/parquet-open-check';
import type { ParquetTable } from '../src/data/worker/parquet-query';
import type { ObservationQuery } from '../src/data/data-protocol';
import type { ParquetDescriptor } from '../src/data/parquet-schema';
import { checkParquet } from '../src/data/worker/parquet-validate';
import type { Dataset, ManifestEntry, Observation } from '../src/data/schema';
import { sqlString } from '../src/data/worker/sql-engine';
import { copyToParquet, descriptorOf, parquetRow } from './parquet-write';
import { FIXTURES, codes, descriptor, useNodeEngine } from './parquet-test-setup';

/*
 * The SQL of the Parquet datasets (checks at open, the explorer's queries) run by DuckDB's Node
 * package over real Parquet files: the same SQL DuckDB-WASM runs in the data worker.
 */

const setup = useNodeEngine();

/** A Parquet file written from a SELECT, for the breakages the converter would never write. */
const fileFrom = async (name: string, select: string) => {
  const file = path.join(setup.dir, `${name}.parquet`);
  await setup.engine.query(`COPY (${select}) TO ${sqlString(file)} (FORMAT parquet)`);
  return file;
};
const SAMPLE = path.join(FIXTURES, 'parquet-sample.parquet');
const sampleRows = `SELECT * FROM read_parquet(${sqlString(SAMPLE)})`;

/** What the data worker answers: the indicator's rows read, checked and indexed, then queried. */
const queryParquet = async (
  table: ParquetTable,
  d: ParquetDescriptor,
  q: ObservationQuery,
): Promise<Observation[]> => {
  const loaded = await loadIndicator(setup.engine, table, d, codes, q.indicator);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return queryIndex(loaded.index, q);
};

/**
 * The first problem the worker meets: at open (the footers), else on the first indicator
 * whose rows fail, else in the scan of every row's keys that follows the first answer.
 */
const firstWorkerProblem = async (files: string[], d: ParquetDescriptor) => {
  const open = await checkParquetOpen(setup.engine, files, d, codes);
  if (!open.ok) return { at: 'open', problem: open.problems[0] };
  for (const indicator of d.indicators) {
    const loaded = await loadIndicator(
      setup.engine,
      { files, optional: open.opening.optional },
      d,
      codes,
      indicator.id,
    );
    if (!loaded.ok) return { at: indicator.id, problem: loaded.problems[0] };
  }
  const keys = await checkParquetKeys(setup.engine, files, d, codes, open.opening);
  if (!keys.ok) return { at: 'keys', problem: keys.problems[0] };
  return { at: 'nowhere', problem: undefined };
};

describe('checkParquet', () => {
  it('accepts the sample fixture and counts its rows, years and regions', async () => {
    const check = await checkParquet(setup.engine, [SAMPLE], descriptor('parquet-sample'), codes);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.stats.rows).toBe(240);
    expect(check.stats.years).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(Object.keys(check.stats.regionCounts)).toHaveLength(12);
    expect(check.stats.regionCounts['150100']).toBe(20);
  });

  it('names row and column of the broken fixture: an unknown region and a duplicate key', async () => {
    const file = path.join(FIXTURES, 'parquet-broken.parquet');
    const check = await checkParquet(setup.engine, [file], descriptor('parquet-broken'), codes);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([
      {
        file,
        path: 'row 120, column region',
        message: 'region code 159999 is not in regions.json',
      },
      {
        file,
        path: 'row 7, column indicator, region, year',
        message: 'duplicates row 6 (beds, 150100, 2017)',
      },
    ]);
  });

  const cases: [string, string, { path: string; message: RegExp }][] = [
    [
      'a year stored as text',
      `SELECT * REPLACE (year::VARCHAR AS year) FROM (${sampleRows})`,
      { path: 'column year', message: /is VARCHAR, must be INTEGER/ },
    ],
    [
      'no quote column',
      `SELECT * EXCLUDE (quote) FROM (${sampleRows})`,
      { path: 'column quote', message: /is missing/ },
    ],
    [
      'a column the contract does not have',
      `SELECT *, 1 AS extra FROM (${sampleRows})`,
      { path: 'column extra', message: /not a column of the contract/ },
    ],
    [
      'an infinite value',
      `SELECT * REPLACE (CASE WHEN region = '150300' AND year = 2012 AND indicator = 'beds' THEN 'inf'::DOUBLE ELSE value END AS value) FROM (${sampleRows})`,
      { path: 'row 23, column value', message: /must be a finite number, not Infinity/ },
    ],
    [
      'NaN',
      `SELECT * REPLACE (CASE WHEN region = '150300' AND year = 2012 AND indicator = 'beds' THEN 'nan'::DOUBLE ELSE value END AS value) FROM (${sampleRows})`,
      { path: 'row 23, column value', message: /must be a finite number, not NaN/ },
    ],
    [
      'a negative count',
      `SELECT * REPLACE (CASE WHEN region = '150100' AND year = 2010 AND indicator = 'beds' THEN -1 ELSE value END AS value) FROM (${sampleRows})`,
      { path: 'row 1, column value', message: /a count cannot be negative/ },
    ],
    [
      'an unknown indicator',
      `SELECT * REPLACE (CASE WHEN region = '150100' AND year = 2011 AND indicator = 'beds' THEN 'cots' ELSE indicator END AS indicator) FROM (${sampleRows})`,
      { path: 'row 2, column indicator', message: /unknown indicator "cots"/ },
    ],
    [
      'an unknown source',
      `SELECT * REPLACE (CASE WHEN region = '150100' AND year = 2011 AND indicator = 'beds' THEN 'rumour' ELSE source END AS source) FROM (${sampleRows})`,
      { path: 'row 2, column source', message: /unknown source "rumour"/ },
    ],
    [
      'a year out of range',
      `SELECT * REPLACE (CASE WHEN region = '150100' AND year = 2011 AND indicator = 'beds' THEN 211 ELSE year END AS year) FROM (${sampleRows})`,
      { path: 'row 2, column year', message: /from 1900 to 2100/ },
    ],
    [
      'a year missing',
      `SELECT * REPLACE (CASE WHEN region = '150100' AND year = 2011 AND indicator = 'beds' THEN NULL ELSE year END AS year) FROM (${sampleRows})`,
      { path: 'row 2, column year', message: /from 1900 to 2100/ },
    ],
    [
      'a region missing',
      `SELECT * REPLACE (CASE WHEN region = '150100' AND year = 2011 AND indicator = 'beds' THEN NULL ELSE region END AS region) FROM (${sampleRows})`,
      { path: 'row 2, column region', message: /is empty/ },
    ],
    [
      'a figure without its quote',
      `SELECT * REPLACE (CASE WHEN year = 2011 THEN NULL ELSE quote END AS quote) FROM (${sampleRows})`,
      { path: 'column quote', message: /24 row\(s\) without a quote/ },
    ],
    [
      'fewer rows than the descriptor says',
      `SELECT * FROM (${sampleRows}) WHERE year > 2010`,
      { path: 'rows', message: /has 216 rows but the descriptor says 240/ },
    ],
    [
      'a formula on a figure not marked derived',
      `SELECT * REPLACE (CASE WHEN region = '150100' AND year = 2011 AND indicator = 'beds' THEN '1 + 1' ELSE formula END AS formula) FROM (${sampleRows})`,
      { path: 'row 2, column formula', message: /only for derived values/ },
    ],
  ];
  it.each(cases)('reports %s', async (name, select, expected) => {
    const file = await fileFrom(name.replaceAll(' ', '-'), select);
    const check = await checkParquet(setup.engine, [file], descriptor('parquet-sample'), codes);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems[0]).toMatchObject({ file, path: expected.path });
    expect(check.problems[0]?.message).toMatch(expected.message);
  });

  it.each(cases)(
    'the data worker finds %s at the same row and column, at open or on first asking',
    async (name, select, expected) => {
      const file = await fileFrom(`${name.replaceAll(' ', '-')}-worker`, select);
      const found = await firstWorkerProblem([file], descriptor('parquet-sample'));
      expect(found.problem).toMatchObject({ file, path: expected.path });
      expect(found.problem?.message).toMatch(expected.message);
    },
  );

  it('finds missing keys and years out of range at open, from the footers, before any indicator is read', async () => {
    for (const [name, year] of [
      ['footer-year-null', 'NULL'],
      ['footer-year-211', '211'],
    ] as const) {
      const file = await fileFrom(
        name,
        `SELECT * REPLACE (CASE WHEN region = '150300' AND year = 2012 AND indicator = 'beds' THEN ${year} ELSE year END AS year) FROM (${sampleRows})`,
      );
      const found = await firstWorkerProblem([file], descriptor('parquet-sample'));
      expect(found).toMatchObject({ at: 'open', problem: { file, path: 'row 23, column year' } });
    }
  });

  it('reads several files as one table (a dataset split by indicator)', async () => {
    const beds = await fileFrom('beds', `${sampleRows} WHERE indicator = 'beds'`);
    const rate = await fileFrom('rate', `${sampleRows} WHERE indicator = 'rate'`);
    const check = await checkParquet(
      setup.engine,
      [beds, rate],
      descriptor('parquet-sample'),
      codes,
    );
    expect(check.ok && check.stats.rows).toBe(240);
  });
});

describe("the scan of every row's keys, in pieces", () => {
  /** 3 row groups of 2,048 rows, one per indicator a, b, c (a 4th indicator where `odd`). */
  const grouped = async (name: string, odd = 'c') => {
    const file = path.join(setup.dir, `${name}.parquet`);
    await setup.engine.query(
      `COPY (SELECT CASE WHEN n < 2048 THEN 'a' WHEN n < 4096 THEN 'b' WHEN n = 6000 THEN '${odd}' ELSE 'c' END AS indicator,` +
        ` ['150100', '150200'][n % 2 + 1] AS region, (1990 + n % 30)::INTEGER AS year, 1.0::DOUBLE AS value,` +
        ` 'q' AS quote, 'test' AS source FROM range(6144) t(n) ORDER BY indicator, region, year)` +
        ` TO ${sqlString(file)} (FORMAT parquet, ROW_GROUP_SIZE 2048)`,
    );
    return file;
  };
  const sample = descriptor('parquet-sample');
  const abc: ParquetDescriptor = {
    ...sample,
    indicators: ['a', 'b', 'c'].map((id) => ({ ...sample.indicators[0]!, id })),
    regions: ['150100', '150200'],
    rows: 6144,
  };

  it('cuts at the row groups and counts as one scan does', async () => {
    const file = await grouped('abc');
    const open = await checkParquetOpen(setup.engine, [file], abc, codes);
    if (!open.ok) throw new Error(JSON.stringify(open.problems));
    expect(keyCuts(await readFooters(setup.engine, [file]), 1)).toEqual(['b', 'c']);
    const whole = await checkParquetKeys(setup.engine, [file], abc, codes, {
      ...open.opening,
      cuts: [],
    });
    const cut = await checkParquetKeys(setup.engine, [file], abc, codes, {
      ...open.opening,
      cuts: ['b', 'c'],
    });
    expect(cut).toEqual(whole);
    expect(cut.ok && cut.stats.regionCounts).toEqual({ '150100': 3072, '150200': 3072 });
    expect(cut.ok && cut.stats.years).toHaveLength(30);
  });

  it('finds an unknown indicator in a later piece by row and column', async () => {
    const file = await grouped('abd', 'd');
    const open = await checkParquetOpen(setup.engine, [file], abc, codes);
    if (!open.ok) throw new Error(JSON.stringify(open.problems));
    const keys = await checkParquetKeys(setup.engine, [file], abc, codes, {
      ...open.opening,
      cuts: ['b', 'c'],
    });
    expect(keys.ok).toBe(false);
    expect(!keys.ok && keys.problems[0]).toMatchObject({
      file,
      path: 'row 6144, column indicator',
      message: 'unknown indicator "d"',
    });
  });
});

describe('an indicator read from Parquet answers as the JSON index does', () => {
  it('for every dataset of public/data that converts, and every indicator and region', async () => {
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
      datasets: ManifestEntry[];
    };
    let compared = 0;
    for (const entry of manifest.datasets) {
      const file0 = JSON.parse(
        readFileSync(path.join('public/data', entry.file), 'utf8'),
      ) as Dataset;
      // Parquet carries no translation column yet: compare everything else.
      const dataset: Dataset = {
        ...file0,
        observations: file0.observations.map(({ quoteEn: _quoteEn, ...o }) => o),
      };
      if (
        dataset.indicators.some((i) => i.kind === 'category') ||
        dataset.observations.some((o) => o.dims ?? o.period ?? o.inferred ?? o.undated)
      )
        continue;
      const ndjson = path.join(setup.dir, `${entry.id}.ndjson`);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(
        ndjson,
        dataset.observations.map((o) => JSON.stringify(parquetRow(o))).join('\n'),
      );
      const file = path.join(setup.dir, `${entry.id}.parquet`);
      await copyToParquet(setup.engine, ndjson, file);
      const regions = [...new Set(dataset.observations.map((o) => o.region))];
      const d = descriptorOf(dataset, regions, dataset.observations.length);
      const check = await checkParquet(setup.engine, [file], d, codes);
      expect(check.ok, entry.id).toBe(true);
      if (!check.ok) continue;
      const index = buildIndex(dataset.observations);
      for (const indicator of dataset.indicators) {
        const q = { indicator: indicator.id, regions, from: 1900, to: 2100 };
        const table = { files: [file], optional: check.optional };
        expect(await queryParquet(table, d, q), `${entry.id} ${indicator.id}`).toEqual(
          queryIndex(index, q),
        );
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('filters by region list and year range on the sample', async () => {
    const table = {
      files: [SAMPLE],
      optional: new Set(['qualifier', 'derived', 'formula', 'note_zh', 'note_en']),
    };
    const rows = await queryParquet(table, descriptor('parquet-sample'), {
      indicator: 'rate',
      regions: ['152900', '150100'],
      from: 2012,
      to: 2013,
    });
    expect(rows.map((o) => `${o.region}:${o.year}`)).toEqual([
      '152900:2012',
      '152900:2013',
      '150100:2012',
      '150100:2013',
    ]);
    expect(rows[0]).toEqual({
      indicator: 'rate',
      region: '152900',
      year: 2012,
      value: 8.9,
      quote: 'Test figure 8.9 for 152900 in 2012 (1).',
      source: 'test',
    });
  });
});
