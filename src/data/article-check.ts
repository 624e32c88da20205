import type { Dataset, Observation } from './schema';

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

/** Problems with one observation against the article texts; empty when it is traceable. */
export const checkObservation = (
  observation: Observation,
  dataset: Dataset,
  articles: readonly string[],
): string[] => {
  const problems: string[] = [];
  const quote = normalize(observation.quote);
  if (!articles.some((article) => normalize(article).includes(quote))) {
    problems.push('quote does not occur in any source article');
  }
  if (!quote.includes(String(observation.year)) && !observation.note) {
    problems.push(`the quote does not state the year ${observation.year} and no note explains it`);
  }
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
