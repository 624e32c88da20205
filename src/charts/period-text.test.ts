import { describe, expect, it } from 'vitest';
import { periodText } from './period-text';

describe('periodText', () => {
  it('names the period of a cumulative figure in both languages', () => {
    const total = { year: 2020, period: { from: 2016, to: 2020 } };
    expect(periodText(total, 'zh')).toBe('2016–2020 累计');
    expect(periodText(total, 'en')).toBe('2016–2020, cumulative');
  });
  it('is the year alone for a figure of one year', () => {
    expect(periodText({ year: 2023 }, 'zh')).toBe('2023');
    expect(periodText({ year: 2023 }, 'en')).toBe('2023');
  });
});
