import type { KeyFigure } from '../key-figure';
import { textWidthAt } from '../text-width';
import type { ExportCaption } from './caption';
import {
  BOLD_LATIN,
  CAPTION_LINE,
  CAPTION_SIZE,
  CARD,
  CELL_CAPTION,
  CELL_TITLE,
  FOOTER,
  NOTE,
  PAD,
  chartBand,
  cutToWidth,
  layoutFigures,
  noteLines,
  valueSize,
  wrapText,
} from './image-layout';

/** Names a CJK-capable font first, so Chinese renders wherever the SVG is opened. */
export const CJK_FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif";

export const SIZE_PRESETS = {
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS;

export const BACKGROUNDS = ['light', 'dark', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** Text colours and the cards' fill (as the page's slate-50 / slate-800 cards). */
export const PALETTE: Record<
  Background,
  { fill: string | null; text: string; muted: string; card: string }
> = {
  light: { fill: '#ffffff', text: '#0f172a', muted: '#475569', card: '#f1f5f9' },
  dark: { fill: '#0f172a', text: '#f1f5f9', muted: '#94a3b8', card: '#1e293b' },
  transparent: { fill: null, text: '#0f172a', muted: '#475569', card: '#f1f5f9' },
};

export const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

export interface ChartCell {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What an image shows besides its charts: the panel's key figures and its notes. */
export interface ImageExtras {
  figures: readonly KeyFigure[];
  notes: readonly string[];
  /** "+3 more figures in the data files", on the last card when not all fit. */
  moreFigures: (count: number) => string;
}

const NO_EXTRAS: ImageExtras = { figures: [], notes: [], moreFigures: String };

/** The part of a cell the chart itself is drawn in: under its title, above any caption. */
export const chartArea = (cell: ChartCell, captioned = false): ChartCell => ({
  ...cell,
  y: cell.y + CELL_TITLE,
  height: Math.max(0, cell.height - CELL_TITLE - (captioned ? CELL_CAPTION : 0)),
});

/** The band the charts share once the figures and notes have their room. */
export const chartBandOf = (extras: ImageExtras, preset: SizePreset) => {
  const size = SIZE_PRESETS[preset];
  const notes = noteLines(extras.notes, size.width).length;
  return chartBand(size.height, layoutFigures(extras.figures, preset, size, notes).height, notes);
};

/**
 * Where each chart goes: a grid in the chart band (under the header, or under the key
 * figures), as many columns as the shape allows.
 */
export const layoutCells = (
  count: number,
  preset: SizePreset,
  band = chartBandOf(NO_EXTRAS, preset),
): ChartCell[] => {
  const { width } = SIZE_PRESETS[preset];
  const columns = count <= 1 ? 1 : preset === 'landscape' ? Math.min(count, 3) : count >= 4 ? 2 : 1;
  const rows = Math.ceil(count / columns);
  const cellWidth = (width - PAD * 2) / columns;
  const cellHeight = Math.max(0, band.bottom - band.top) / Math.max(rows, 1);
  return Array.from({ length: count }, (_, i) => ({
    x: PAD + (i % columns) * cellWidth,
    y: band.top + Math.floor(i / columns) * cellHeight,
    width: cellWidth,
    height: cellHeight,
  }));
};

/** The footer on one line, or on two split at its last " · " (source, then the app's name). */
export const footerLines = (footer: string, maxWidth: number, size: number): string[] => {
  const cut = footer.lastIndexOf(' · ');
  return textWidthAt(footer, size) <= maxWidth || cut < 0
    ? [footer]
    : [footer.slice(0, cut), footer.slice(cut + 3)];
};

/**
 * The export image: title, filters, the key figures as cards, the charts (each an SVG
 * rendered by ECharts, titled, with its caption under it), the notes and the source footer,
 * as one SVG document: what the panel shows on screen. Text from data is escaped; the PNG is
 * this SVG rasterised by the browser, so both formats carry the same content.
 */
export const composeSvg = (
  caption: ExportCaption,
  charts: readonly { title: string; svg: string; cell: ChartCell; caption?: string }[],
  preset: SizePreset,
  background: Background,
  extras: ImageExtras = NO_EXTRAS,
): string => {
  const { width, height } = SIZE_PRESETS[preset];
  const colors = PALETTE[background];
  const text = (
    x: number,
    y: number,
    size: number,
    color: string,
    value: string,
    weight = 400,
    max = width - PAD * 2,
  ) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(cutToWidth(value, max, size, weight >= 700 ? BOLD_LATIN : 0.5))}</text>`;
  // Each chart was rendered at its chart area's size, under its own title; a group places it.
  const nested = charts.map(({ title, svg, cell, caption: note }) => {
    const area = chartArea(cell, note !== undefined);
    const below = (note ? wrapText(note, cell.width - 8, CAPTION_SIZE, 2) : []).map((line, i) =>
      text(cell.x, area.y + area.height + 16 + i * CAPTION_LINE, CAPTION_SIZE, colors.muted, line),
    );
    return `${text(cell.x, cell.y + 18, 15, colors.text, title, 600, cell.width - 8)}<g transform="translate(${area.x} ${area.y})">${svg}</g>${below.join('')}`;
  });
  const notes = noteLines(extras.notes, width);
  const band = layoutFigures(extras.figures, preset, SIZE_PRESETS[preset], notes.length);
  const cards = band.cards.map(({ x, y, width: w, height: h, figure, label, baselines }) => {
    const inner = w - 20;
    return [
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${colors.card}"/>`,
      ...label.map((line, i) =>
        text(
          x + 10,
          baselines.label + i * CARD.labelLine,
          CARD.label,
          colors.muted,
          line,
          400,
          inner,
        ),
      ),
      text(
        x + 10,
        baselines.value,
        valueSize(figure.value, inner),
        colors.text,
        figure.value,
        700,
        inner,
      ),
      figure.detail
        ? text(x + 10, baselines.detail, CARD.detailSize, colors.muted, figure.detail, 400, inner)
        : '',
    ].join('');
  });
  if (band.moreCard) {
    const { x, y, width: w, height: h } = band.moreCard;
    cards.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="none" stroke="${colors.card}"/>`,
      text(
        x + 10,
        y + h / 2 + 4,
        CARD.label,
        colors.muted,
        extras.moreFigures(band.more),
        400,
        w - 20,
      ),
    );
  }
  const notesTop = height - FOOTER - notes.length * NOTE.line + 6;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CJK_FONT_STACK)}">`,
    colors.fill ? `<rect width="100%" height="100%" fill="${colors.fill}"/>` : '',
    text(PAD, 44, 26, colors.text, caption.title, 700),
    text(PAD, 76, 16, colors.muted, caption.subtitle),
    ...cards,
    ...nested,
    ...notes.map((line, i) => text(PAD, notesTop + i * NOTE.line, NOTE.size, colors.muted, line)),
    ...footerLines(caption.footer, width - PAD * 2, 13)
      .reverse()
      .map((line, i) => text(PAD, height - 20 - i * 18, 13, colors.muted, line)),
    '</svg>',
  ].join('');
};
