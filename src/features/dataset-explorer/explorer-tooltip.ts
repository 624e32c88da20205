import { tooltipHtml } from '../../charts/tooltip';
import { tFor } from '../../i18n/i18n';
import type { Lang } from '../../data/schema';

/** What the tooltip says of one drawn point; looked up by series and data index. */
export interface PointInfo {
  regionName: string;
  year: number;
  value: number;
  text: string;
  quote: string;
}

/** Lines listed at one year before the middle is left to the Table tab. */
const YEAR_ROWS = 10;

interface Hovered {
  seriesIndex?: number;
  dataIndex?: number;
}

const lookUp = (info: readonly (readonly (PointInfo | null)[])[], p: Hovered) =>
  info[p.seriesIndex ?? -1]?.[p.dataIndex ?? -1] ?? null;

/** A few lines, each point drawn: the point under the pointer, with its sentence. */
export const pointTooltip =
  (info: readonly (readonly (PointInfo | null)[])[]) =>
  (params: unknown): string => {
    const point = lookUp(info, params as Hovered);
    if (!point) return '';
    return tooltipHtml(
      [{ label: `${point.regionName} · ${point.year}`, value: point.text }],
      point.quote,
    );
  };

/**
 * Many lines, no points to hover (a legend and a symbol per point would be noise, and drawing
 * the symbols cost more than the lines): every region at the year under the pointer, highest
 * first; past YEAR_ROWS the highest and lowest half each, and how many are left to the table.
 */
export const yearTooltip =
  (info: readonly (readonly (PointInfo | null)[])[], lang: Lang) =>
  (params: unknown): string => {
    const points = (Array.isArray(params) ? (params as Hovered[]) : [params as Hovered])
      .map((p) => lookUp(info, p))
      .filter((p): p is PointInfo => p !== null)
      .sort((a, b) => b.value - a.value);
    if (points.length === 0) return '';
    const half = YEAR_ROWS / 2;
    const shown =
      points.length > YEAR_ROWS ? [...points.slice(0, half), ...points.slice(-half)] : points;
    const rows = shown.map((p) => ({ label: `${p.regionName} · ${p.year}`, value: p.text }));
    const hidden = points.length - shown.length;
    return tooltipHtml(rows, hidden > 0 ? tFor(lang)('explorer.between', { count: hidden }) : '');
  };
