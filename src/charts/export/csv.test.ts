import { describe, expect, it } from 'vitest';
import { UTF8_BOM, toCsv } from './csv';
import { exportFileName } from './file-name';

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: '雷管' }])).toBe(`${UTF8_BOM}a,b\r\n1,雷管\r\n`);
  });
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    const csv = toCsv(
      ['q'],
      [
        { q: '收缴炸药 6.4 万公斤、雷管25.9万枚' },
        { q: 'a,b' },
        { q: 'say "hi"' },
        { q: 'two\nlines' },
      ],
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      'q',
      '收缴炸药 6.4 万公斤、雷管25.9万枚',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '',
    ]);
  });
  it('guards text that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv(
      ['t', 'n'],
      [
        { t: '=HYPERLINK("x")', n: -1.89 },
        { t: '+1', n: 0 },
        { t: '@SUM(A1)', n: null },
      ],
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      't,n',
      `"'=HYPERLINK(""x"")",-1.89`,
      "'+1,0",
      "'@SUM(A1),",
      '',
    ]);
  });
  it('writes booleans, empty cells and no NaN', () =>
    expect(toCsv(['a', 'b', 'c'], [{ a: true, b: Number.NaN }])).toBe(
      `${UTF8_BOM}a,b,c\r\ntrue,,\r\n`,
    ));
});

describe('exportFileName', () => {
  it('names panel, region and years', () => {
    expect(exportFileName('firearm-seizures', '150000', [2020, 2020], 'csv')).toBe(
      'firearm-seizures_150000_2020.csv',
    );
    expect(exportFileName('health-outcomes', '150000', [2019, 2015], 'png')).toBe(
      'health-outcomes_150000_2015-2019.png',
    );
    expect(exportFileName('x', '150000', [], 'json')).toBe('x_150000_all.json');
  });
  it('never lets a name escape its folder', () =>
    expect(exportFileName('../a', '1/2', [2020], 'csv')).toBe('---a_1-2_2020.csv'));
});
