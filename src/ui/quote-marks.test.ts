import { describe, expect, it } from 'vitest';
import { indicator, observation } from '../data/test-dataset';
import { figureSpans, markQuote } from './quote-marks';

const QUOTE = '全区收缴枪支834支、子弹22.7万发、雷管25.9万枚，打掉团伙1个';
const marked = (quote: string, spans: ReturnType<typeof figureSpans>) =>
  markQuote(quote, spans)
    .filter((s) => s.marked)
    .map((s) => s.text);

describe('figureSpans', () => {
  it('finds the number as written, with 万, whether stored scaled or not', () => {
    const ind = indicator('i', '');
    expect(marked(QUOTE, figureSpans(QUOTE, observation('i', 2020, 834), ind))).toEqual(['834']);
    expect(marked(QUOTE, figureSpans(QUOTE, observation('i', 2020, 227000), ind))).toEqual([
      '22.7万',
    ]);
    expect(marked(QUOTE, figureSpans(QUOTE, observation('i', 2020, 25.9), ind))).toEqual([
      '25.9万',
    ]);
    // 1 is written as a digit: the 一 of other words is not a number here.
    expect(
      marked('一年打掉团伙1个', figureSpans('一年打掉团伙1个', observation('i', 2020, 1), ind)),
    ).toEqual(['1']);
    // A number the sentence does not write is not marked.
    expect(figureSpans(QUOTE, observation('i', 2020, 999), ind)).toEqual([]);
  });

  it('marks a Chinese numeral only where no digits state the value', () => {
    const two = '两个国家区域医疗中心正在加紧建设';
    expect(marked(two, figureSpans(two, observation('i', 2023, 2), indicator('i', '')))).toEqual([
      '两',
    ]);
    const quote = '建成七大中心';
    expect(
      marked(quote, figureSpans(quote, observation('i', 2020, 7), indicator('i', ''))),
    ).toEqual(['七']);
  });

  it('marks the operands of a derived figure and the words of a category', () => {
    const quote = '从77%降至1.2%';
    const derived = observation('i', 2020, 75.8, { derived: true, formula: '77 - 1.2' });
    expect(marked(quote, figureSpans(quote, derived, indicator('i', '%')))).toEqual(['77', '1.2']);
    const status = indicator('s', '', {
      kind: 'category',
      categories: [{ id: 'built', name: { zh: '已建成', en: 'Built' }, terms: ['建成'] }],
    });
    const cat = observation('s', 2023, 0, { value: 'built' });
    expect(marked('卒中中心已建成', figureSpans('卒中中心已建成', cat, status))).toEqual(['建成']);
  });
});

describe('markQuote', () => {
  it('cuts the quote so the pieces join back into it, merging overlaps', () => {
    const segments = markQuote('abcdefgh', [
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 6, end: 8 },
    ]);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'ef', marked: false },
      { text: 'gh', marked: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefgh');
    expect(markQuote('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});
