import type { KeyFigure } from '../key-figure';
import { textWidthAt } from '../text-width';

/** Image margins and bands, in pixels: the title and subtitle above, the source below. */
export const PAD = 32;
export const HEADER = 96;
export const FOOTER = 56;
/** Height of each chart's own title line above it. */
export const CELL_TITLE = 28;
/** Room under a chart for its caption ("截至2023年9月25日", the change between years). */
export const CELL_CAPTION = 36;
export const CAPTION_SIZE = 12;
export const CAPTION_LINE = 16;

/**
 * Key-figure cards: label (up to three lines), value, detail (year, period, derived). A row
 * is as tall as its longest label needs; values line up across it.
 */
export const CARD = {
  gap: 8,
  minWidth: 210,
  label: 11,
  labelLine: 13,
  labelLines: 3,
  /** Baselines under the last label line: the value's, then the detail's; then the padding. */
  value: 22,
  detail: 16,
  bottom: 8,
  /** The value's font sizes, largest first: a long value ("Online or at another centre") shrinks. */
  values: [18, 16, 14, 12, 11],
  detailSize: 11,
  /** The first label line's baseline under the card's top. */
  top: 17,
};
/** What the charts keep at least, titles included: the cards give way first. */
const MIN_CHART_BAND = { landscape: 280, square: 480 } as const;

/** Bold Latin text runs wider than the regular text the estimate is made for. */
export const BOLD_LATIN = 0.6;

/** The largest of the value sizes at which a card's value fits on its line. */
export const valueSize = (value: string, maxWidth: number): number =>
  CARD.values.find((size) => textWidthAt(value, size, BOLD_LATIN) <= maxWidth) ??
  CARD.values.at(-1) ??
  12;

/** A note under the charts ("hatched = inferred"): 13 px lines, at most three a note. */
export const NOTE = { size: 13, line: 18, maxLines: 3 };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Punctuation a line never starts with, and punctuation a line never ends with. */
const CLOSING = /^[）」』》〉、，。；：！？”’)]/u;
const OPENING = /[（「『《〈“‘(]$/u;

/**
 * Text broken into lines no wider than `maxWidth` (Latin at spaces, CJK anywhere, closing
 * punctuation kept on its line and opening punctuation moved to the next); past `maxLines`
 * the last line ends with an ellipsis. Estimated widths, as everywhere in exports.
 */
export const wrapText = (
  text: string,
  maxWidth: number,
  size: number,
  maxLines: number,
): string[] => {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/gu);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens ?? []) {
    const next = line + token;
    if (
      textWidthAt(next.trimEnd(), size) <= maxWidth ||
      line.trim() === '' ||
      CLOSING.test(token)
    ) {
      line = next;
      continue;
    }
    const carried = OPENING.exec(line.trimEnd())?.[0] ?? '';
    const kept = line.trimEnd().slice(0, line.trimEnd().length - carried.length);
    lines.push(kept === '' ? line.trimEnd() : kept);
    line = kept === '' ? token.trimStart() : carried + token.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = cutToWidth(
    `${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`,
    maxWidth,
    size,
  );
  return kept;
};

/** Long text cut with an ellipsis rather than running off the image. */
export const cutToWidth = (text: string, maxWidth: number, size: number, latin = 0.5): string => {
  if (textWidthAt(text, size, latin) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidthAt(`${out}${ch}…`, size, latin) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
};

export interface FigureCard extends Box {
  figure: KeyFigure;
  /** The label's lines, and the baselines of its first line, the value and the detail. */
  label: string[];
  baselines: { label: number; value: number; detail: number };
}

export interface FigureBand {
  cards: FigureCard[];
  /** Figures that did not fit, counted on a last card; 0 when all are shown. */
  more: number;
  moreCard?: Box;
  height: number;
}

const notesHeight = (lines: number) => (lines === 0 ? 0 : lines * NOTE.line + 8);

const rowHeight = (lines: number) =>
  CARD.top + (lines - 1) * CARD.labelLine + CARD.value + CARD.detail + CARD.bottom;

/**
 * The key figures as a grid of cards under the header, in rows as tall as their labels, as
 * many rows as leave the charts their room (and the notes theirs); the last card that fits
 * counts the figures left out.
 */
export const layoutFigures = (
  figures: readonly KeyFigure[],
  preset: keyof typeof MIN_CHART_BAND,
  size: { width: number; height: number },
  notes: number,
): FigureBand => {
  if (figures.length === 0) return { cards: [], more: 0, height: 0 };
  const inner = size.width - PAD * 2;
  // As many columns as fit, however few the figures: one card is a card, not a banner.
  const columns = Math.max(1, Math.floor((inner + CARD.gap) / (CARD.minWidth + CARD.gap)));
  const cardWidth = (inner - CARD.gap * (columns - 1)) / columns;
  const budget =
    size.height - HEADER - FOOTER - notesHeight(notes) - MIN_CHART_BAND[preset] - CARD.gap;
  const labels = figures.map((f) => wrapText(f.label, cardWidth - 20, CARD.label, CARD.labelLines));
  const cards: FigureCard[] = [];
  let y = HEADER;
  let moreCard: Box | undefined;
  for (let start = 0; start < figures.length; start += columns) {
    const row = labels.slice(start, start + columns);
    const lines = Math.max(...row.map((l) => l.length));
    const height = rowHeight(lines);
    if (y + height - HEADER > budget) {
      // The row that does not fit: the previous row's last card counts what is left out.
      const last = cards.pop();
      if (last) moreCard = { x: last.x, y: last.y, width: last.width, height: last.height };
      break;
    }
    row.forEach((label, i) => {
      const figure = figures[start + i];
      if (!figure) return;
      const value = y + CARD.top + (lines - 1) * CARD.labelLine + CARD.value;
      cards.push({
        x: PAD + i * (cardWidth + CARD.gap),
        y,
        width: cardWidth,
        height,
        figure,
        label,
        baselines: { label: y + CARD.top, value, detail: value + CARD.detail },
      });
    });
    y += height + CARD.gap;
  }
  return {
    cards,
    more: figures.length - cards.length,
    ...(moreCard && { moreCard }),
    height: y - HEADER + CARD.gap,
  };
};

/** The notes' lines, wrapped to the image's width. */
export const noteLines = (notes: readonly string[], width: number): string[] =>
  notes.flatMap((note) => wrapText(note, width - PAD * 2, NOTE.size, NOTE.maxLines));

/** Where the charts go: between the header (and any figures) and the notes and footer. */
export const chartBand = (
  height: number,
  figuresHeight: number,
  notes: number,
): { top: number; bottom: number } => ({
  top: HEADER + figuresHeight,
  bottom: height - FOOTER - notesHeight(notes),
});
