import { format } from 'echarts/core';

export type Lang = 'zh' | 'en';

/** A unit as written in each language, e.g. { zh: '/10万', en: 'per 100,000' }. */
export interface Unit {
  zh: string;
  en: string;
  /** English for exactly one, where it differs ("gang" for "gangs"). */
  enOne?: string | undefined;
}

/**
 * Escapes &, <, >, " and ' for interpolation into tooltip/label HTML. Every data string
 * must pass through this: ECharts renders formatter output as HTML.
 */
export function escapeHtml(s: string): string {
  return format.encodeHTML(s);
}

// Fixed locale for grouping so output is identical in every browser locale
// (zh-CN and en-US both group with ','). Formatters are cached: constructing an
// Intl.NumberFormat costs far more than formatting, and every label and table cell calls this.
const formatters = new Map<string, Intl.NumberFormat>();
const numberFormat = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat('en-US', options)));
  return formatter;
};

function plain(value: number, decimals: number | undefined): string {
  return numberFormat(`plain:${decimals ?? ''}`, {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 6,
  }).format(value);
}

const ZH_SCALES = [
  { factor: 1e8, suffix: '亿' },
  { factor: 1e4, suffix: '万' },
] as const;

// The sources write counts like "2.45万" but "21315": 万/亿 only when the scaled
// figure is exact with at most 3 significant digits, so no precision is invented or lost.
function zhCompact(value: number): string | null {
  const abs = Math.abs(value);
  if (!Number.isInteger(value) || abs < 1e4) return null;
  if (Number(abs.toPrecision(3)) !== abs) return null;
  for (const { factor, suffix } of ZH_SCALES) {
    if (abs >= factor) {
      const scaled = numberFormat('compact', {
        maximumFractionDigits: 4,
        useGrouping: false,
      }).format(value / factor);
      return scaled + suffix;
    }
  }
  return null;
}

/**
 * Formats a number for display. `decimals` fixes the fraction digits of plain output;
 * without it up to 6 are kept as given. zh uses 万/亿 for round counts (see zhCompact).
 */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(value)) return '–';
  if (lang === 'zh') {
    const compact = zhCompact(value);
    if (compact !== null) return compact;
  }
  return plain(value, decimals);
}

// Units that attach directly to the number in English too.
const TIGHT_UNIT = /^[%‰‱]/;

/**
 * Number plus unit: "5.34‰", "12.73/10万" (zh) / "12.73 per 100,000" (en).
 * zh never puts a space before the unit; en does, except for %, ‰ and ‱.
 */
export function formatValue(
  value: number,
  unit: Unit | undefined,
  lang: Lang,
  decimals?: number,
): string {
  const text = (lang === 'en' && value === 1 ? unit?.enOne : undefined) ?? unit?.[lang] ?? '';
  // A zh unit like "万元" already carries the scale; "2万万元" would be wrong.
  const number =
    lang === 'zh' && /^[万亿]/.test(text) && Number.isFinite(value)
      ? plain(value, decimals)
      : formatNumber(value, lang, decimals);
  if (text === '') return number;
  if (lang === 'zh' || TIGHT_UNIT.test(text)) return number + text;
  return `${number} ${text}`;
}
