import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import type { ObservationRow } from '../charts/observation-row';
import { dimensionsText } from '../charts/observation-row';
import { RowMarks } from './row-marks';

/** Per figure: the article it comes from and the sentence that states it, verbatim. */
export function SourcesList({ rows, lang }: { rows: readonly ObservationRow[]; lang: Lang }) {
  const t = tFor(lang);
  return (
    <ol className="max-h-[28rem] space-y-3 overflow-auto text-sm">
      {rows.map((r) => (
        <li key={r.key} className="border-l-2 border-slate-200 pl-3 dark:border-slate-700">
          <p className="font-medium">
            {r.indicator} · {r.region} · {r.year}
            {r.dimensions.length > 0 && ` · ${dimensionsText(r)}`}:{' '}
            <span className="tabular-nums">{r.valueText}</span>
            <RowMarks row={r} lang={lang} />
          </p>
          <blockquote lang="zh-CN" className="mt-1 text-slate-700 dark:text-slate-300">
            “{r.quote}”
          </blockquote>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            {t('source')}: {r.sourceText}
          </p>
          {r.basis && (
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              {t('inferredBasis')}: {r.basis}
            </p>
          )}
          {r.note && (
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              {t('note')}: {r.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
