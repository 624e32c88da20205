import { describe, expect, it } from 'vitest';
import { footersClearKeys, footerYears, quoteProblems, readFooters } from './parquet-footer';
import type { FooterFile } from './parquet-footer';
import type { SqlEngine } from './sql-engine';

const footer = (over: Partial<FooterFile> = {}): FooterFile => ({
  file: 'datasets/a.parquet',
  rows: 10,
  quoteNulls: 0,
  keyNulls: 0,
  yearMin: 2010,
  yearMax: 2019,
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

describe('readFooters', () => {
  it('reads the files by the names the descriptor gives, and unknown where a count is missing', async () => {
    const engine: SqlEngine = {
      query: (sql) => {
        expect(sql).toContain("parquet_metadata(['datasets/a.parquet'])");
        return Promise.resolve([
          {
            file: '/srv/data/datasets/a.parquet',
            rows: 240,
            quote_nulls: 0,
            key_nulls: 0,
            keys_unknown: 1,
            year_min: 2010,
            year_max: 2019,
            years_unknown: 0,
          },
        ]);
      },
    };
    expect(await readFooters(engine, ['datasets/a.parquet'])).toEqual([
      footer({ rows: 240, keyNulls: null }),
    ]);
  });
});
