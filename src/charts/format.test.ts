import { escapeHtml, formatNumber, formatValue } from './format';

describe('escapeHtml', () => {
  it('neutralises markup', () => {
    const out = escapeHtml('<img src=x onerror=alert(1)>');
    expect(out).not.toContain('<');
    expect(out).not.toContain('>');
    expect(out).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`a&b "c" 'd'`)).toBe('a&amp;b &quot;c&quot; &#39;d&#39;');
  });

  it('leaves Chinese text alone', () => {
    expect(escapeHtml('呼和浩特市')).toBe('呼和浩特市');
  });
});

describe('formatNumber', () => {
  it.each([
    [227000, '22.7万'],
    [249000, '24.9万'],
    [259000, '25.9万'],
    [161000, '16.1万'],
    [24500, '2.45万'],
    [64000, '6.4万'],
    [10000, '1万'],
    [1230000, '123万'],
    [120000000, '1.2亿'],
    [-24500, '-2.45万'],
    [21315, '21,315'],
    [123456, '123,456'],
    [834, '834'],
    [875, '875'],
    [5.34, '5.34'],
  ])('zh %d -> %s', (value, expected) => {
    expect(formatNumber(value, 'zh')).toBe(expected);
  });

  it.each([
    [227000, '227,000'],
    [24500, '24,500'],
    [21315, '21,315'],
    [834, '834'],
    [12.73, '12.73'],
  ])('en %d -> %s', (value, expected) => {
    expect(formatNumber(value, 'en')).toBe(expected);
  });

  it('applies fixed decimals to plain output', () => {
    expect(formatNumber(5.3, 'en', 2)).toBe('5.30');
    expect(formatNumber(5.346, 'zh', 1)).toBe('5.3');
    expect(formatNumber(1234.5, 'en', 0)).toBe('1,235');
  });

  it('does not compact non-integers', () => {
    expect(formatNumber(24500.5, 'zh')).toBe('24,500.5');
  });

  it('renders non-finite values as a dash', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });
});

describe('formatValue', () => {
  const permille = { zh: '‰', en: '‰' };
  const percent = { zh: '%', en: '%' };
  const per100k = { zh: '/10万', en: 'per 100,000' };
  const people = { zh: '人', en: 'people' };

  it('attaches per-mille and percent without a space in both languages', () => {
    expect(formatValue(5.34, permille, 'zh')).toBe('5.34‰');
    expect(formatValue(5.34, permille, 'en')).toBe('5.34‰');
    expect(formatValue(12.5, percent, 'en', 1)).toBe('12.5%');
  });

  it('uses a space before word units in English only', () => {
    expect(formatValue(12.73, per100k, 'zh')).toBe('12.73/10万');
    expect(formatValue(12.73, per100k, 'en')).toBe('12.73 per 100,000');
    expect(formatValue(227000, people, 'zh')).toBe('22.7万人');
    expect(formatValue(227000, people, 'en')).toBe('227,000 people');
  });

  it('does not double the scale when the zh unit already starts with 万', () => {
    expect(formatValue(20000, { zh: '万元', en: '10k yuan' }, 'zh')).toBe('20,000万元');
  });

  it('returns the bare number without a unit', () => {
    expect(formatValue(834, undefined, 'en')).toBe('834');
  });
});

describe('formatValue in the singular', () => {
  it('uses the English unit for exactly one where the data gives it', () => {
    const gangs = { zh: '个', en: 'gangs', enOne: 'gang' };
    expect(formatValue(1, gangs, 'en')).toBe('1 gang');
    expect(formatValue(2, gangs, 'en')).toBe('2 gangs');
    expect(formatValue(1, gangs, 'zh')).toBe('1个');
  });
});
