import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';

/** The filters every panel applies. `region` includes its descendants. */
export interface Filters {
  region: string;
  from: number | null;
  to: number | null;
}

/** "2015–2019", "2020", "2015–…" or "全部年份": a year range as people read it. */
export const yearRangeText = (from: number | null, to: number | null, lang: Lang): string =>
  from === null && to === null
    ? tFor(lang)('allYears')
    : from === to
      ? String(from)
      : `${from ?? '…'}–${to ?? '…'}`;

/** The first and last of some years, or null when there are none. */
export const yearSpan = (years: readonly number[]): { from: number; to: number } | null =>
  years.length === 0 ? null : { from: Math.min(...years), to: Math.max(...years) };

/** The years some figures cover, as `yearRangeText` writes them; empty when there are none. */
export const coveredYearsText = (years: readonly number[], lang: Lang): string => {
  const span = yearSpan(years);
  return span ? yearRangeText(span.from, span.to, lang) : '';
};

/**
 * "地区: 呼和浩特市" and "年份: 2015–2019": the filter in the words that the chips, image
 * subtitles, file names and the archive README all use.
 */
export const filterParts = (
  filters: Filters,
  regionName: (code: string) => string,
  lang: Lang,
): { region: string; years: string } => {
  const t = tFor(lang);
  return {
    region: `${t('region')}: ${regionName(filters.region)}`,
    years: `${t('year')}: ${yearRangeText(filters.from, filters.to, lang)}`,
  };
};

export const filterText = (
  filters: Filters,
  regionName: (code: string) => string,
  lang: Lang,
): string => {
  const parts = filterParts(filters, regionName, lang);
  return `${parts.region} · ${parts.years}`;
};
