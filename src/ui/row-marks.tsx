import type { ObservationRow } from '../charts/observation-row';
import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';

/** "(derived)" or "(inferred)" after a value: a figure the article does not print as such. */
export function RowMarks({ row, lang }: { row: ObservationRow; lang: Lang }) {
  const t = tFor(lang);
  const mark = row.derived ? t('derived') : row.inferred ? t('inferred') : null;
  return mark && <span className="ml-1 text-xs text-amber-700 dark:text-amber-300">({mark})</span>;
}
