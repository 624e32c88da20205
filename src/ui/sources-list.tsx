import type { DatasetMeta, ObservationRow } from '../charts/observation-row';
import type { Lang, Observation } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { CiteButton } from './cite-button';
import { RowMarks } from './row-marks';
import { groupBySentence } from './source-groups';

interface SourcesListProps {
  meta: DatasetMeta;
  /** The panel's filtered observations; `rows[i]` displays `observations[i]`. */
  observations: readonly Observation[];
  rows: readonly ObservationRow[];
  lang: Lang;
}

/**
 * Per sentence of an article: the sentence once, verbatim, with the numbers it states marked,
 * the figures of this view it states listed under it, and the article. In English, a faithful
 * translation follows where the data has one, labelled so it is never taken for the source.
 */
export function SourcesList({ meta, observations, rows, lang }: SourcesListProps) {
  const t = tFor(lang);
  const groups = groupBySentence(meta, observations, rows);
  return (
    <ol className="max-h-[32rem] space-y-4 overflow-auto text-sm">
      {groups.map((g) => (
        <li key={g.key} className="border-l-2 border-slate-200 pl-3 dark:border-slate-700">
          <blockquote lang="zh-CN" className="text-slate-800 dark:text-slate-200">
            “
            {g.segments.map((s, i) =>
              s.marked ? (
                <mark
                  key={i}
                  className="rounded-sm bg-amber-100 px-0.5 font-semibold text-slate-900 dark:bg-amber-900/60 dark:text-amber-50"
                >
                  {s.text}
                </mark>
              ) : (
                s.text
              ),
            )}
            ”
          </blockquote>
          {lang === 'en' && g.quoteEn && (
            <figure className="mt-1 text-slate-600 dark:text-slate-400">
              <figcaption className="text-xs font-medium uppercase tracking-wide">
                {t('quote.translation')}
              </figcaption>
              <p lang="en" className="italic">
                {g.quoteEn}
              </p>
            </figure>
          )}
          <ul aria-label={t('quote.figures')} className="mt-2 space-y-0.5">
            {g.figures.map((f) => (
              <li key={f.key} data-figure={f.row.figure}>
                <span className="text-slate-600 dark:text-slate-400">{f.label}: </span>
                <span className="font-medium tabular-nums">{f.value}</span>
                <RowMarks row={f.row} lang={lang} />{' '}
                <CiteButton
                  lang={lang}
                  sources={f.row.source ? [f.row.source] : meta.sources}
                  title={f.label}
                  fileName={`${meta.id}-${f.row.figure}`}
                  figure={f.row.figure}
                />
                {f.row.basis && (
                  <span className="block text-xs text-slate-500 dark:text-slate-400">
                    {t('inferredBasis')}: {f.row.basis}
                  </span>
                )}
                {f.row.note && (
                  <span className="block text-xs text-slate-500 dark:text-slate-400">
                    {t('note')}: {f.row.note}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            {t('source')}: {g.source}
          </p>
        </li>
      ))}
    </ol>
  );
}
