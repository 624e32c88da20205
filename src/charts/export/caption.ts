import type { Lang, Source } from '../../data/schema';
import { sourceLine } from '../../data/describe';
import { tFor } from '../../i18n/i18n';

export interface ExportCaption {
  title: string;
  /** The active filters, so an image never loses what it shows. */
  subtitle: string;
  /** Source publication, date and headline, and the app's name. */
  footer: string;
}

interface CaptionInput {
  title: string;
  regionName: string;
  from: number | null;
  to: number | null;
  /** The years the exported figures actually cover. */
  years: readonly number[];
  sources: readonly Source[];
  lang: Lang;
}

const span = (years: readonly number[]) => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.length === 0
    ? ''
    : sorted.length === 1
      ? String(sorted[0])
      : `${sorted[0]}–${sorted.at(-1)}`;
};

export const exportCaption = ({
  title,
  regionName,
  from,
  to,
  years,
  sources,
  lang,
}: CaptionInput): ExportCaption => {
  const t = tFor(lang);
  const sep = lang === 'zh' ? '：' : ': ';
  const filterYears = from === null && to === null ? t('allYears') : `${from ?? '…'}–${to ?? '…'}`;
  const shown = span(years);
  return {
    title,
    subtitle: [
      `${t('region')}${sep}${regionName}`,
      `${t('year')}${sep}${filterYears}${shown && shown !== filterYears ? ` (${shown})` : ''}`,
    ].join(' · '),
    footer: `${t('source')}${sep}${sources.map((s) => sourceLine(s, lang)).join('; ')} · ${t('appTitle')}`,
  };
};
