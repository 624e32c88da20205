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

/** Key-figure cards: label (up to two lines), value, detail (year, period, derived). */
export const CARD = { height: 70, gap: 8, minWidth: 210, label: 12, value: 18, detail: 11 };
const CARD_ROWS = { landscape: 3, square: 4 } as const;

/** A note under the charts ("hatched = inferred"): 13 px lines, at most three a note. */
export const NOTE = { size: 13, line: 18, maxLines: 3 };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Text broken into lines no wider than `maxWidth` (Latin at spaces, CJK anywhere); past
 * `maxLines` the last line ends with an ellipsis. Estimated widths, as everywhere in exports.
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
    if (textWidthAt(next.trimEnd(), size) <= maxWidth || line.trim() === '') {
      line = next;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
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
export const cutToWidth = (text: string, maxWidth: number, size: number): string => {
  if (textWidthAt(text, size) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidthAt(`${out}${ch}…`, size) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
};

export interface FigureBand {
  cards: (Box & { figure: KeyFigure })[];
  /** Figures that did not fit, counted on a last card; 0 when all are shown. */
  more: number;
  moreCard?: Box;
  height: number;
}

/** The key figures as a grid of cards under the header, as many as fit the shape. */
export const layoutFigures = (
  figures: readonly KeyFigure[],
  width: number,
  preset: keyof typeof CARD_ROWS,
): FigureBand => {
  if (figures.length === 0) return { cards: [], more: 0, height: 0 };
  const inner = width - PAD * 2;
  const columns = Math.max(
    1,
    Math.min(figures.length, Math.floor((inner + CARD.gap) / (CARD.minWidth + CARD.gap))),
  );
  const capacity = columns * CARD_ROWS[preset];
  const shown = figures.length <= capacity ? figures : figures.slice(0, capacity - 1);
  const slots = shown.length + (shown.length < figures.length ? 1 : 0);
  const cardWidth = (inner - CARD.gap * (columns - 1)) / columns;
  const at = (i: number): Box => ({
    x: PAD + (i % columns) * (cardWidth + CARD.gap),
    y: HEADER + Math.floor(i / columns) * (CARD.height + CARD.gap),
    width: cardWidth,
    height: CARD.height,
  });
  const rows = Math.ceil(slots / columns);
  return {
    cards: shown.map((figure, i) => ({ ...at(i), figure })),
    more: figures.length - shown.length,
    ...(shown.length < figures.length && { moreCard: at(shown.length) }),
    height: rows * (CARD.height + CARD.gap) + CARD.gap,
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
  bottom: height - FOOTER - (notes === 0 ? 0 : notes * NOTE.line + 8),
});
