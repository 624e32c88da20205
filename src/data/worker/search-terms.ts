import { pinyin } from 'pinyin-pro';

/**
 * How text becomes search terms, the same for documents and queries. Chinese has no spaces,
 * so words come from the platform's dictionary segmenter (Intl.Segmenter, ICU), which
 * splits 收缴雷管 into 收缴 | 雷管; a number keeps its scale character (22.7万) so it can be
 * read as the value it prints.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// A printed number: digits with thousands separators and decimals, optionally 万/亿.
const NUMBER = /\d[\d,]*(?:\.\d+)?\s*[万亿]?/g;

const STOP_WORDS = new Set(['the', 'of', 'in', 'and', 'a', 'an', 'to', 'for', 'from', 'on', 'at']);

export const tokenize = (text: string): string[] => {
  const tokens: string[] = [];
  const rest = text.replace(NUMBER, (match) => {
    tokens.push(match.replace(/\s+/g, ''));
    return ' ';
  });
  for (const s of segmenter.segment(rest)) if (s.isWordLike) tokens.push(s.segment);
  return tokens;
};

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A printed number as the terms it can be found by: "22.7万" -> 227000 and 22.7, "227,000"
 * -> 227000, "5.34" -> 5.34. So "227,000", "227000" and "22.7万" all find the same figure.
 */
export const numberTerms = (printed: string): string[] => {
  const scale = SCALE[printed.slice(-1)];
  const digits = (scale ? printed.slice(0, -1) : printed).replace(/,/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return [digits];
  const terms = [String(value)];
  if (scale) terms.unshift(String(Number((value * scale).toPrecision(12))));
  return terms;
};

/** One token to its index terms: lower case, numbers normalised, stop words and "'s" gone. */
export const processTerm = (term: string): string[] | null => {
  if (/^\d/.test(term)) return numberTerms(term);
  const lower = term.toLowerCase().replace(/['’]s$/, '');
  if (lower === '' || STOP_WORDS.has(lower)) return null;
  return [lower];
};

const HAN = /\p{Script=Han}/u;

const syllablesOf = (han: string): string[] =>
  pinyin(han, { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z]+$/.test(s));

const spellings = (syllables: readonly string[]): string[] =>
  syllables.length === 0 ? [] : [syllables.join(''), syllables.map((s) => s[0]).join('')];

/**
 * Pinyin of a Chinese name as terms: syllables, then each word and the whole name spelled
 * out and as initials (收缴雷管 -> shou, jiao, lei, guan, shoujiao, sj, leiguan, lg,
 * shoujiaoleiguan, sjlg), so "leiguan", "lei guan", "lg" and "sjlg" all find it.
 */
export const pinyinTerms = (text: string): string[] => {
  const words = tokenize(text).filter((w) => HAN.test(w));
  const perWord = words.map((w) => syllablesOf([...w].filter((c) => HAN.test(c)).join('')));
  const all = perWord.flat();
  const terms = [
    ...all,
    ...perWord.flatMap((w) => (w.length > 1 ? spellings(w) : [])),
    ...spellings(all),
  ];
  return [...new Set(terms)];
};
