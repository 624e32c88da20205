import { escapeHtml } from './format';

export interface TooltipRow {
  label: string;
  value: string;
}

// Inline styles: the tooltip lives in ECharts' own DOM and inherits its theme's text
// colour, so it stays correct in both themes without app CSS.
const ROW_STYLE = 'display:flex;justify-content:space-between;gap:16px;line-height:1.5';
const VALUE_STYLE = 'font-weight:600;font-variant-numeric:tabular-nums;text-align:right';
const FOOTER_STYLE =
  'margin-top:4px;font-size:11px;opacity:0.75;max-width:280px;white-space:normal';

/**
 * Tooltip HTML from already-formatted strings. Every string is escaped here, since
 * ECharts inserts formatter output as HTML and labels/values/footers come from data.
 */
export function tooltipHtml(rows: readonly TooltipRow[], footer?: string): string {
  const body = rows
    .map(
      ({ label, value }) =>
        `<div style="${ROW_STYLE}"><span>${escapeHtml(label)}</span>` +
        `<span style="${VALUE_STYLE}">${escapeHtml(value)}</span></div>`,
    )
    .join('');
  const foot =
    footer === undefined || footer === ''
      ? ''
      : `<div style="${FOOTER_STYLE}">${escapeHtml(footer)}</div>`;
  return `<div>${body}${foot}</div>`;
}
