import type { Lang, Localized } from '../../data/schema';

/** Column names short enough for a phone's 50-pixel columns; the tooltip keeps the full name. */
const SHORT_CENTRES: Readonly<Record<string, Localized>> = {
  trauma: { zh: '创伤', en: 'Trauma' },
  stroke: { zh: '卒中', en: 'Stroke' },
  'chest-pain': { zh: '胸痛', en: 'Chest pain' },
  'critical-maternal': { zh: '危重孕产妇', en: 'Maternal' },
  'critical-neonatal': { zh: '危重新生儿', en: 'Neonatal' },
};

export const shortCentreName = (id: string, name: Localized, lang: Lang): string =>
  SHORT_CENTRES[id]?.[lang] ?? name[lang];

/** Below this chart width (a phone) the matrix switches to its compact layout. */
export const PHONE_WIDTH = 520;

const WIDE = {
  x: { width: 84, overflow: 'break', fontSize: 11, lineHeight: 13 },
  y: { width: 150, fontSize: 11, lineHeight: 13 },
} as const;
const NARROW = {
  x: { width: 44, overflow: 'break', fontSize: 10, lineHeight: 12 },
  y: { width: 92, fontSize: 10, lineHeight: 11 },
} as const;

/**
 * ECharts media queries: on a narrow chart (a phone) short column names wrapped to the
 * column and narrower row names, so no header overlaps another and none is cut; the default
 * entry restores the wide layout when the chart grows again.
 */
export const matrixMedia = (names: readonly string[], shortNames: readonly string[]) => [
  { option: { xAxis: { data: [...names], axisLabel: WIDE.x }, yAxis: { axisLabel: WIDE.y } } },
  {
    query: { maxWidth: PHONE_WIDTH },
    option: {
      xAxis: { data: [...shortNames], axisLabel: NARROW.x },
      yAxis: { axisLabel: NARROW.y },
    },
  },
];
