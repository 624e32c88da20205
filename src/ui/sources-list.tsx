import { useState } from 'react';
import { figureLink } from '../charts/export/share';
import type { DatasetMeta, ObservationRow } from '../charts/observation-row';
import type { Lang, Observation } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { CiteDialog } from './cite-button';
import type { CiteTarget } from './cite-button';
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
  // One dialog for the list: each figure's Cite opens it with that figure's permalink.
  const [cited, setCited] = useState<{ target: CiteTarget; row: ObservationRow } | null>(null);
  const cite = (row: ObservationRow, label: string) =>
    setCited({
      row,
      target: {
        title: label,
        url: figureLink(window.location.href, row.figure),
        fileName: `${meta.id}-${row.figure}`,
        at: new Date(),
      },
    });
  return (
    <>
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
                  <button
                    type="button"
                    className="ml-1 inline-flex min-h-6 items-center rounded border border-slate-300 px-2 text-xs text-slate-700 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-300"
                    aria-label={t('cite.title', { title: f.label })}
                    onClick={() => cite(f.row, f.label)}
                  >
                    {t('cite.button')}
                  </button>
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
      <CiteDialog
        lang={lang}
        sources={cited?.row.source ? [cited.row.source] : meta.sources}
        target={cited?.target ?? null}
        onClose={() => setCited(null)}
      />
    </>
  );
}
