import { describe, expect, it } from 'vitest';
import {
  footersClearKeys,
  footersOf,
  footerYears,
  keyCuts,
  quoteProblems,
  readFooters,
} from './parquet-footer';
import type { FooterFile } from './parquet-footer';
import type { SqlEngine } from './sql-engine';

const footer = (over: Partial<FooterFile> = {}): FooterFile => ({
  file: 'datasets/a.parquet',
  rows: 10,
  quoteNulls: 0,
  keyNulls: 0,
  yearMin: 2010,
  yearMax: 2019,
  groupIndicators: [],
  ...over,
});

describe('footersClearKeys', () => {
  it('clears files whose statistics prove every key present and every year in range', () => {
    expect(footersClearKeys([footer(), footer({ yearMin: 1900, yearMax: 2100 })])).toBe(true);
  });

  it.each([
    ['a missing key', { keyNulls: 1 }],
    ['a year before 1900', { yearMin: 1899 }],
    ['a year after 2100', { yearMax: 2101 }],
    ['no null counts', { keyNulls: null }],
    ['no year statistics', { yearMin: null, yearMax: null }],
  ])('sends the rows to be read for %s', (_name, over) => {
    expect(footersClearKeys([footer(), footer(over)])).toBe(false);
  });
});

describe('footerYears', () => {
  it('spans all files', () => {
    expect(footerYears([footer({ yearMin: 2012 }), footer({ yearMax: 2021 })])).toEqual([
      2010, 2021,
    ]);
  });

  it('is unknown when one file has no year statistics', () => {
    expect(footerYears([footer(), footer({ yearMax: null })])).toBeNull();
    expect(footerYears([])).toBeNull();
  });
});

describe('quoteProblems', () => {
  it('names each file with rows without a quote', () => {
    expect(
      quoteProblems([footer(), footer({ file: 'datasets/b.parquet', quoteNulls: 3 })]),
    ).toEqual([
      {
        file: 'datasets/b.parquet',
        path: 'column quote',
        message: '3 row(s) without a quote: every figure needs the sentence that states it',
      },
    ]);
  });
});

/** One row of parquet_metadata as readFooters asks for it. */
const meta = (
  file: string,
  col: string,
  n: number,
  nulls: number | null,
  lo?: string,
  hi?: string,
) => ({
  file,
  col,
  n,
  nulls,
  lo: lo ?? null,
  hi: hi ?? null,
});

describe('footersOf', () => {
  const files = ['datasets/a.parquet', 'datasets/b.parquet'];
  const group = (file: string, n: number, years: [string, string], quoteNulls = 0) => [
    meta(file, 'indicator', n, 0, 'beds', 'rate'),
    meta(file, 'region', n, 0, '150100', '152900'),
    meta(file, 'year', n, 0, ...years),
    meta(file, 'quote', n, quoteNulls, 'A', 'Z'),
  ];

  it('sums the row groups of each file, named as the descriptor names it', () => {
    const rows = [
      ...group('/srv/data/datasets/a.parquet', 6, ['2012', '2015']),
      ...group('/srv/data/datasets/a.parquet', 4, ['2010', '2013'], 2),
    ];
    expect(footersOf(rows, files)).toEqual([
      footer({
        rows: 10,
        quoteNulls: 2,
        yearMin: 2010,
        yearMax: 2015,
        groupIndicators: ['beds', 'beds'],
      }),
      // A file without row groups has no rows and says nothing of its years.
      footer({ file: 'datasets/b.parquet', rows: 0, yearMin: null, yearMax: null }),
    ]);
  });

  it('counts missing keys, and is unknown where a row group has no statistics', () => {
    const rows = [
      ...group('datasets/a.parquet', 5, ['2010', '2019']),
      meta('datasets/a.parquet', 'region', 5, 1, '150100', '150100'),
      ...group('datasets/b.parquet', 5, ['2010', '2019']),
      meta('datasets/b.parquet', 'year', 5, null),
    ];
    const [a, b] = footersOf(rows, files);
    expect(a).toMatchObject({ keyNulls: 1, yearMin: 2010, yearMax: 2019 });
    expect(b).toMatchObject({ keyNulls: null, yearMin: null, yearMax: null });
  });
});

describe('readFooters', () => {
  it('reads parquet_metadata of the files once', async () => {
    const asked: string[] = [];
    const engine: SqlEngine = {
      query: (sql) => {
        asked.push(sql);
        return Promise.resolve([meta('datasets/a.parquet', 'indicator', 240, 0)]);
      },
    };
    const [a] = await readFooters(engine, ['datasets/a.parquet']);
    expect(a?.rows).toBe(240);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain("parquet_metadata(['datasets/a.parquet'])");
  });
});

describe('keyCuts', () => {
  const groupsOf = (...mins: (string | null)[]) => footer({ groupIndicators: mins });

  it('cuts every `groups` distinct row-group starts, over all files, in the bytes order', () => {
    expect(keyCuts([groupsOf('a', 'a', 'b', 'c'), groupsOf('é', 'z', 'd')], 2)).toEqual(['c', 'z']);
  });

  it('does not cut where a row group does not state its indicators', () => {
    expect(keyCuts([groupsOf('a', null, 'c', 'd')], 1)).toEqual([]);
  });
});
