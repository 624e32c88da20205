import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';

/** "2015–2019", "2020", "2015–…" or "all years": a year filter as people read it. */
export const yearsText = (from: number | null, to: number | null, lang: Lang) =>
  from === null && to === null
    ? tFor(lang)('allYears')
    : from === to
      ? String(from)
      : `${from ?? '…'}–${to ?? '…'}`;
