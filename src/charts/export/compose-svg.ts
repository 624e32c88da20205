import type { ExportCaption } from './caption';
import { textWidthAt } from '../text-width';

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

export const PALETTE: Record<Background, { fill: string | null; text: string; muted: string }> = {
  light: { fill: '#ffffff', text: '#0f172a', muted: '#475569' },
  dark: { fill: '#0f172a', text: '#f1f5f9', muted: '#94a3b8' },
  transparent: { fill: null, text: '#0f172a', muted: '#475569' },
};

const PAD = 32;
const HEADER = 96;
const FOOTER = 56;

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

/** Height of each chart's own title line above it in the export. */
export const CELL_TITLE = 28;

/** The part of a cell the chart itself is drawn in, under its title. */
export const chartArea = (cell: ChartCell): ChartCell => ({
  ...cell,
  y: cell.y + CELL_TITLE,
  height: Math.max(0, cell.height - CELL_TITLE),
});

/** Where each chart goes: a grid under the header, as many columns as the shape allows. */
export const layoutCells = (count: number, preset: SizePreset): ChartCell[] => {
  const { width, height } = SIZE_PRESETS[preset];
  const columns = count <= 1 ? 1 : preset === 'landscape' ? Math.min(count, 3) : count >= 4 ? 2 : 1;
  const rows = Math.ceil(count / columns);
  const cellWidth = (width - PAD * 2) / columns;
  const cellHeight = (height - HEADER - FOOTER) / Math.max(rows, 1);
  return Array.from({ length: count }, (_, i) => ({
    x: PAD + (i % columns) * cellWidth,
    y: HEADER + Math.floor(i / columns) * cellHeight,
    width: cellWidth,
    height: cellHeight,
  }));
};

/** Estimated rendered width: CJK characters are a full em, Latin ones about half. */

/** Long text is cut with an ellipsis rather than running off the image. */
const fit = (text: string, maxWidth: number, size: number) => {
  if (textWidthAt(text, size) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidthAt(`${out}${ch}…`, size) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
};

/** The footer on one line, or on two split at its last " · " (source, then the app's name). */
export const footerLines = (footer: string, maxWidth: number, size: number): string[] => {
  const cut = footer.lastIndexOf(' · ');
  return textWidthAt(footer, size) <= maxWidth || cut < 0
    ? [footer]
    : [footer.slice(0, cut), footer.slice(cut + 3)];
};

/**
 * The export image: title, filters, the charts (each an SVG rendered by ECharts) and the
 * source footer, as one SVG document. Text from data is escaped; the PNG is this SVG
 * rasterised by the browser, so both formats carry the same content.
 */
export const composeSvg = (
  caption: ExportCaption,
  charts: readonly { title: string; svg: string; cell: ChartCell }[],
  preset: SizePreset,
  background: Background,
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
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(fit(value, max, size))}</text>`;
  // Each chart was rendered at its chart area's size, under its own title; a group places it.
  const nested = charts.map(({ title, svg, cell }) => {
    const area = chartArea(cell);
    return `${text(cell.x, cell.y + 18, 15, colors.text, title, 600, cell.width - 8)}<g transform="translate(${area.x} ${area.y})">${svg}</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CJK_FONT_STACK)}">`,
    colors.fill ? `<rect width="100%" height="100%" fill="${colors.fill}"/>` : '',
    text(PAD, 44, 26, colors.text, caption.title, 700),
    text(PAD, 76, 16, colors.muted, caption.subtitle),
    ...nested,
    ...footerLines(caption.footer, width - PAD * 2, 13)
      .reverse()
      .map((line, i) => text(PAD, height - 20 - i * 18, 13, colors.muted, line)),
    '</svg>',
  ].join('');
};
