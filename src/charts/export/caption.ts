import type { Lang, Source } from '../../data/schema';
import { sourceLine } from '../../data/describe';
import { tFor } from '../../i18n/i18n';
import { coveredYearsText, filterText, yearRangeText } from '../filter-text';
import type { Filters } from '../filter-text';

export interface ExportCaption {
  title: string;
  /** The active filters, and what the figures cover where that says more. */
  subtitle: string;
  /** Source publication, date and headline, and the app's name. */
  footer: string;
}

interface CaptionInput {
  title: string;
  filters: Filters;
  regionName: (code: string) => string;
  /** The regions and years the exported figures actually cover. */
  regions: readonly string[];
  years: readonly number[];
  sources: readonly Source[];
  lang: Lang;
}

/** Beyond this many regions the subtitle counts them rather than naming each. */
const NAMED_REGIONS = 3;

export const exportCaption = ({
  title,
  filters,
  regionName,
  regions,
  years,
  sources,
  lang,
}: CaptionInput): ExportCaption => {
  const t = tFor(lang);
  const filter = filterText(filters, regionName, lang);
  const distinct = [...new Set(regions)];
  // "Inner Mongolia" on an image of Morin Dawa's figures would claim more than they show.
  const regionsShown =
    distinct.length === 1 && distinct[0] === filters.region
      ? ''
      : distinct.length <= NAMED_REGIONS
        ? distinct.map(regionName).join(lang === 'zh' ? '、' : ', ')
        : t('regionCount', { count: distinct.length });
  const yearsShown = coveredYearsText(years, lang);
  const covered = [
    regionsShown,
    yearsShown === yearRangeText(filters.from, filters.to, lang) ? '' : yearsShown,
  ].filter(Boolean);
  return {
    title,
    subtitle:
      covered.length === 0 ? filter : `${filter} (${t('figuresFor')}: ${covered.join(', ')})`,
    footer: `${t('source')}${lang === 'zh' ? '：' : ': '}${sources.map((s) => sourceLine(s, lang)).join('; ')} · ${t('appTitle')}`,
  };
};
