/** A piece of a result's text, marked where it matches the query. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The quote around its first match, cut to about `width` characters, with every occurrence
 * of a query word or matched term marked (case-insensitive, literal: never a pattern).
 */
export const snippetParts = (text: string, words: readonly string[], width = 48): SnippetPart[] => {
  const needles = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  let shown = text;
  if (text.length > width) {
    const lower = text.toLowerCase();
    const at = Math.min(
      ...needles.map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0),
      Number.MAX_SAFE_INTEGER,
    );
    const start = at === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, at - Math.floor(width / 3));
    const end = Math.min(text.length, start + width);
    shown = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
  if (needles.length === 0) return [{ text: shown, mark: false }];
  const pattern = new RegExp(`(${needles.map(escapeRegExp).join('|')})`, 'gi');
  return shown
    .split(pattern)
    .filter((piece) => piece !== '')
    .map((piece) => ({
      text: piece,
      mark: needles.some((n) => n.toLowerCase() === piece.toLowerCase()),
    }));
};
