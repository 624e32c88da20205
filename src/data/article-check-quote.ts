/**
 * Rules that make a quote prove its figure: it is a whole clause of the article (not a
 * fragment cut mid-clause), it names what it counts, and its English translation carries the
 * same number. Pure functions over article text; article-check.ts applies them.
 */

/** Punctuation that ends a clause in the articles (the enumeration comma 、 does not). */
const CLAUSE_END = '，,。；;：:！!？?…';

/** The article without whitespace, and where its paragraphs (blank lines) begin. */
export interface ArticleText {
  text: string;
  paragraphStarts: ReadonlySet<number>;
}

export const articleText = (raw: string): ArticleText => {
  let text = '';
  const paragraphStarts = new Set<number>([0]);
  for (const part of raw.split(/(\s+)/)) {
    if (/^\s+$/.test(part)) {
      if ((part.match(/\n/g) ?? []).length >= 2) paragraphStarts.add(text.length);
    } else text += part;
  }
  return { text, paragraphStarts };
};

/** A dateline's byline, "本报1月2日讯 （记者 陈春艳）", ends just before a report's first sentence. */
const BYLINE_BEFORE = /（记者[^（）]{1,12}）$/;

const startsClause = ({ text, paragraphStarts }: ArticleText, at: number, quote: string) => {
  if (paragraphStarts.has(at) || BYLINE_BEFORE.test(text.slice(Math.max(0, at - 16), at)))
    return true;
  const before = text[at - 1] ?? '';
  // A clause may open with a quotation mark right after the previous sentence ended.
  if (before === '”' || before === '"') return CLAUSE_END.includes(text[at - 2] ?? '');
  return CLAUSE_END.includes(before) || CLAUSE_END.includes(quote[0] ?? '');
};

const endsClause = ({ text, paragraphStarts }: ArticleText, end: number, quote: string) =>
  end >= text.length ||
  paragraphStarts.has(end) ||
  CLAUSE_END.includes(text[end] ?? '') ||
  CLAUSE_END.includes(quote.at(-1) ?? '');

/**
 * Whether a (whitespace-free) quote occurs in the article as whole clauses: it begins after
 * clause punctuation or at a paragraph and ends before clause punctuation or a paragraph end.
 * "雷管25.9万枚", cut out of "收缴炸药6.4万公斤、雷管25.9万枚、…", does not.
 */
export const isWholeClause = (article: ArticleText, quote: string): boolean => {
  for (let at = article.text.indexOf(quote); at >= 0; at = article.text.indexOf(quote, at + 1)) {
    if (startsClause(article, at, quote) && endsClause(article, at + quote.length, quote))
      return true;
  }
  return false;
};

/** The clauses of a quote, split at clause punctuation. */
export const clausesOf = (quote: string): string[] =>
  quote.split(new RegExp(`[${CLAUSE_END}]`)).filter((c) => c.length > 0);

const ENGLISH_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/**
 * Whether an English translation writes a number: as digits ("227000", "227,000") or, below
 * nine, as a word ("two centres" for 两个中心). Digits must not be part of a longer number.
 */
export const englishWrites = (english: string, value: number): boolean => {
  const forms = [String(value), value.toLocaleString('en-US', { maximumFractionDigits: 6 })];
  const digits = forms.some((form) =>
    new RegExp(`(?<![\\d.,])${form.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(english),
  );
  const word = ENGLISH_WORDS[value];
  return digits || (word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(english));
};

/** Han characters: an English translation has none. */
export const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
