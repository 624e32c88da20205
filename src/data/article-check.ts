import type { Dataset, Observation } from './schema';
import {
  articleText,
  clausesOf,
  englishWrites,
  hasHan,
  isWholeClause,
} from './article-check-quote';
import type { ArticleText } from './article-check-quote';

/**
 * Holds the data to its source articles: every quote must occur verbatim in an article and
 * the number it writes must equal the stored value after unit conversion. Pure functions;
 * the test beside this file runs them over every bundled dataset.
 */

/** The newspaper breaks lines mid-word; whitespace carries no meaning in Chinese text. */
export const normalize = (text: string) => text.replace(/\s+/g, '');

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

const round = (n: number) => Number(n.toFixed(6));

/**
 * Every number a quote writes, converted to plain numbers: "22.7万" -> 227000, "5.34‰" -> 5.34,
 * "18.27/10万" -> 18.27 (per 100,000 is a unit, not a multiplier), "七大" -> 7.
 */
export const numbersInQuote = (quote: string): number[] => {
  const text = normalize(quote).replace(/\/10万/g, '/#');
  const arabic = [...text.matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)].map(([, digits = '', scale]) =>
    round(Number(digits) * (scale === '万' ? 1e4 : scale === '亿' ? 1e8 : 1)),
  );
  const chinese = [...text].flatMap((ch) =>
    ch in CHINESE_DIGITS ? [CHINESE_DIGITS[ch] ?? 0] : [],
  );
  return [...arabic, ...chinese];
};

/** Evaluates a derivation such as "77 - 1.2" (numbers, + - * /, parentheses; no eval). */
export const evaluateFormula = (formula: string): number => {
  const tokens = formula.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];
  const primary = (): number => {
    const token = take();
    if (token === '(') {
      const value = sum();
      if (take() !== ')') throw new Error(`missing ) in "${formula}"`);
      return value;
    }
    if (token === '-') return -primary();
    if (token === undefined || !/^\d/.test(token))
      throw new Error(`unexpected "${token ?? 'end'}" in "${formula}"`);
    return Number(token);
  };
  const product = (): number => {
    let value = primary();
    while (peek() === '*' || peek() === '/')
      value = take() === '*' ? value * primary() : value / primary();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-')
      value = take() === '+' ? value + product() : value - product();
    return value;
  };
  const value = sum();
  if (pos !== tokens.length) throw new Error(`unexpected "${peek() ?? ''}" in "${formula}"`);
  return round(value);
};

const formulaNumbers = (formula: string) => (formula.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

const parsed = new Map<string, ArticleText>();
const parse = (article: string) => {
  const known = parsed.get(article);
  if (known) return known;
  const text = articleText(article);
  parsed.set(article, text);
  return text;
};

/** Periods the articles name, and the years they cover. */
export const NAMED_PERIODS: Readonly<Record<string, { from: number; to: number }>> = {
  十三五: { from: 2016, to: 2020 },
};

/**
 * Whether the article supports an observation's period: the quote says "<from>年以来" (since
 * that year, up to the report), or the quote or its source's headline names a period (十三五)
 * with exactly these years.
 */
const periodProblem = (observation: Observation, dataset: Dataset, quote: string) => {
  const since = /(\d{4})年以来/.exec(quote);
  const { period } = observation;
  if (!period) {
    return since && typeof observation.value === 'number'
      ? `the quote counts "since ${since[1]}" but the figure has no period`
      : undefined;
  }
  if (since) {
    return Number(since[1]) === period.from
      ? undefined
      : `the quote counts since ${since[1]}, not ${period.from}`;
  }
  const headline = dataset.sources.find((s) => s.id === observation.source)?.headline.zh ?? '';
  const named = Object.entries(NAMED_PERIODS).some(
    ([name, years]) =>
      (quote.includes(name) || normalize(headline).includes(name)) &&
      years.from === period.from &&
      years.to === period.to,
  );
  return named
    ? undefined
    : `neither the quote nor the headline names the period ${period.from}–${period.to}`;
};

const hasTerm = (text: string, terms: readonly string[] | undefined) =>
  terms?.some((term) => text.includes(normalize(term))) ?? false;

/**
 * The quote names what it counts: a number's clause holds one of its indicator's terms; each
 * dimension value with terms (centre, hospital, tie…) is named in the quote, except for an
 * inferred fact, whose basis says why it is read so.
 */
const namingProblems = (observation: Observation, dataset: Dataset, quote: string) => {
  const problems: string[] = [];
  const indicator = dataset.indicators.find((ind) => ind.id === observation.indicator);
  if (!indicator) return problems;
  const { value } = observation;
  if (indicator.kind !== 'category' && !indicator.terms) {
    problems.push(`indicator "${indicator.id}" has no terms naming what it counts`);
  } else if (typeof value === 'number' && observation.formula === undefined) {
    const clauses = clausesOf(quote).filter((c) => numbersInQuote(c).includes(round(value)));
    if (!clauses.some((c) => hasTerm(c, indicator.terms))) {
      problems.push(
        `no clause writing ${value} names what it counts (${indicator.terms?.join(', ') ?? ''})`,
      );
    }
  } else if (indicator.terms && !hasTerm(quote, indicator.terms)) {
    problems.push(`the quote does not name what it counts (${indicator.terms.join(', ')})`);
  }
  if (observation.inferred) return problems;
  for (const [dim, id] of Object.entries(observation.dims ?? {})) {
    const dimValue = dataset.dimensions?.find((d) => d.id === dim)?.values.find((v) => v.id === id);
    if (dimValue?.terms && !hasTerm(quote, dimValue.terms)) {
      problems.push(`the quote does not name ${dim} "${id}" (${dimValue.terms.join(', ')})`);
    }
  }
  return problems;
};

/** The English translation: present, English, and writing the same number. */
const translationProblems = (observation: Observation) => {
  const { quoteEn, value } = observation;
  if (quoteEn === undefined) return ['the quote has no English translation (quoteEn)'];
  const problems = hasHan(quoteEn) ? ['quoteEn contains Chinese characters'] : [];
  if (
    typeof value === 'number' &&
    observation.formula === undefined &&
    !englishWrites(quoteEn, value)
  ) {
    problems.push(`quoteEn does not write the value ${value}`);
  }
  return problems;
};

/** Problems with one observation against the article texts; empty when it is traceable. */
export const checkObservation = (
  observation: Observation,
  dataset: Dataset,
  articles: readonly string[],
): string[] => {
  const problems: string[] = [];
  const quote = normalize(observation.quote);
  const texts = articles.map(parse);
  if (!texts.some((article) => article.text.includes(quote))) {
    problems.push('quote does not occur in any source article');
  } else if (!texts.some((article) => isWholeClause(article, quote))) {
    problems.push('the quote is cut mid-clause: quote whole clauses, with their subject');
  }
  if (!quote.includes(String(observation.year)) && !observation.note) {
    problems.push(`the quote does not state the year ${observation.year} and no note explains it`);
  }
  const period = periodProblem(observation, dataset, quote);
  if (period) problems.push(period);
  problems.push(...namingProblems(observation, dataset, quote));
  problems.push(...translationProblems(observation));
  const indicator = dataset.indicators.find((ind) => ind.id === observation.indicator);
  const { value } = observation;
  if (typeof value === 'string') {
    const category = indicator?.categories?.find((c) => c.id === value);
    if (!category?.terms.some((term) => quote.includes(normalize(term)))) {
      problems.push(`the quote contains none of the words of category "${value}"`);
    }
    return problems;
  }
  const written = numbersInQuote(observation.quote);
  if (observation.formula !== undefined) {
    const missing = formulaNumbers(observation.formula).filter((n) => !written.includes(n));
    if (missing.length)
      problems.push(`formula uses ${missing.join(', ')}, not written in the quote`);
    if (evaluateFormula(observation.formula) !== round(value)) {
      problems.push(
        `formula "${observation.formula}" gives ${evaluateFormula(observation.formula)}, not ${value}`,
      );
    }
  } else if (!written.includes(round(value))) {
    problems.push(
      `value ${value} is not written in the quote (it writes ${written.join(', ') || 'no number'})`,
    );
  }
  return problems;
};
