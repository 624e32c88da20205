import type { Indicator, Observation } from '../data/schema';

/** A stretch of a quote, [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A quote cut into text and marked text, in order; joined they give the quote back. */
export interface QuoteSegment {
  text: string;
  marked: boolean;
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** Chinese numerals by value; 2 is also written 两 ("两个中心"). */
const CHINESE_NUMERALS: readonly (readonly string[])[] = [
  ['零'],
  ['一'],
  ['二', '两'],
  ['三'],
  ['四'],
  ['五'],
  ['六'],
  ['七'],
  ['八'],
  ['九'],
  ['十'],
];

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));

/**
 * The stretches of `quote` that state `value`: "22.7万" for 227000 (or for 22.7 stored in 万),
 * "5.34" of "5.34‰"; only where no digits state it, a Chinese numeral such as 七 for 7 (a
 * lone 一 is too common a character to mark otherwise).
 */
const numberSpans = (quote: string, value: number): Span[] => {
  const arabic: Span[] = [];
  for (const m of quote.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万|亿)?/gu)) {
    const n = Number((m[1] ?? '').replace(/,/gu, ''));
    const scale = SCALE[m[2] ?? ''] ?? 1;
    if (same(n * scale, value) || same(n, value)) {
      arabic.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (arabic.length > 0) return arabic;
  const numerals = Number.isInteger(value) ? CHINESE_NUMERALS[value] : undefined;
  if (!numerals) return [];
  return quote
    .split('')
    .flatMap((ch, i) => (numerals.includes(ch) ? [{ start: i, end: i + 1 }] : []));
};

const termSpans = (quote: string, terms: readonly string[]): Span[] =>
  terms.flatMap((term) => {
    const spans: Span[] = [];
    for (let at = quote.indexOf(term); at >= 0; at = quote.indexOf(term, at + term.length)) {
      spans.push({ start: at, end: at + term.length });
    }
    return spans;
  });

/**
 * Where a quote states an observation: its number (with 万/亿), for a derived figure the
 * numbers of its formula, for a category the words that name it. Empty when the quote states
 * it in a way this cannot find (the figure is still listed, just not marked).
 */
export const figureSpans = (
  quote: string,
  observation: Observation,
  indicator: Indicator | undefined,
): Span[] => {
  const { value, formula } = observation;
  if (typeof value === 'string') {
    const terms = indicator?.categories?.find((c) => c.id === value)?.terms ?? [];
    return termSpans(quote, terms);
  }
  if (formula !== undefined) {
    const operands = (formula.match(/\d+(?:\.\d+)?/gu) ?? []).map(Number);
    return operands.flatMap((n) => numberSpans(quote, n));
  }
  return numberSpans(quote, value);
};

/** The quote cut at the spans (overlapping or touching spans merge into one mark). */
export const markQuote = (quote: string, spans: readonly Span[]): QuoteSegment[] => {
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const segments: QuoteSegment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: quote.slice(at, start), marked: false });
    segments.push({ text: quote.slice(start, end), marked: true });
    at = end;
  }
  if (at < quote.length) segments.push({ text: quote.slice(at), marked: false });
  return segments;
};
