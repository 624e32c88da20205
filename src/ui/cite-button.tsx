import { useEffect, useRef, useState } from 'react';
import { figureLink } from '../charts/export/share';
import { apaCitation, cslItems, gbtCitation, viewCitation } from '../data/citation';
import type { Lang, Source } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { CopyButton, CopyStatus } from './copy-button';
import { COPY_BUTTON, useCopy } from './use-copy';

/** What a citation's view line cites: a panel's view or one figure, and when it was opened. */
export interface CiteTarget {
  /** What the view shows: a panel title, or a figure's indicator, region and year. */
  title: string;
  /** The exact URL of the view, or the figure's permalink. */
  url: string;
  /** A name for the downloaded file. */
  fileName: string;
  at: Date;
}

const FIGURE_BUTTON =
  'ml-1 inline-flex min-h-6 items-center rounded border border-slate-300 px-2 text-xs text-slate-700 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-300';

/**
 * "引用" / "Cite": the article in GB/T 7714-2015 and APA 7, a line citing this exact view
 * (its URL and today's date), each copyable, and CSL-JSON for reference managers. A figure's
 * Cite (in Sources) gives its permalink instead of the page's URL, and names the figure.
 */
export function CiteButton({
  lang,
  sources,
  title,
  fileName,
  figure,
}: {
  lang: Lang;
  sources: readonly Source[];
  title: string;
  fileName: string;
  /** The figure cited, by id: its `?figure=` permalink goes in the view line. */
  figure?: string;
}) {
  const t = tFor(lang);
  const [target, setTarget] = useState<CiteTarget | null>(null);
  // Taken when the dialog opens: the URL then is the view being cited.
  const open = () => {
    const href = window.location.href;
    const url = figure === undefined ? href : figureLink(href, figure);
    setTarget({ title, url, fileName, at: new Date() });
  };
  return (
    <>
      <button
        type="button"
        className={figure === undefined ? COPY_BUTTON : FIGURE_BUTTON}
        onClick={open}
        {...(figure !== undefined && { 'aria-label': t('cite.title', { title }) })}
      >
        {t('cite.button')}
      </button>
      <CiteDialog lang={lang} sources={sources} target={target} onClose={() => setTarget(null)} />
    </>
  );
}

/** The citation dialog, open while it has a target. */
export function CiteDialog({
  lang,
  sources,
  target,
  onClose,
}: {
  lang: Lang;
  sources: readonly Source[];
  target: CiteTarget | null;
  onClose: () => void;
}) {
  const t = tFor(lang);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (target && element && !element.open) element.showModal();
  }, [target]);
  const view = target && {
    site: t('appTitle'),
    title: target.title,
    url: target.url,
    accessed: target.at,
  };

  const download = () => {
    if (!view || !target) return;
    const items = sources.flatMap((s, i) => cslItems(s, i === 0 ? view : undefined));
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(items, null, 2)], {
        type: 'application/vnd.citationstyles.csl+json',
      }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `${target.fileName}.csl.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <dialog
      ref={dialog}
      aria-label={t('cite.title', { title: target?.title ?? '' })}
      onClose={onClose}
      className="m-auto w-[min(42rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {view && (
        <div className="flex flex-col gap-3">
          <h2 className="text-base font-semibold">{t('cite.title', { title: view.title })}</h2>
          {sources.map((source) => (
            <div key={source.id} className="flex flex-col gap-3">
              <CitationLine label={t('cite.article')} text={gbtCitation(source)} lang={lang} />
              <CitationLine label={t('cite.apa')} text={apaCitation(source)} lang={lang} />
            </div>
          ))}
          <CitationLine label={t('cite.view')} text={viewCitation(view, lang)} lang={lang} />
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={COPY_BUTTON} onClick={download}>
              {t('cite.csl')}
            </button>
            <button type="button" className={COPY_BUTTON} onClick={() => dialog.current?.close()}>
              {t('cite.close')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

function CitationLine({ label, text, lang }: { label: string; text: string; lang: Lang }) {
  const copier = useCopy(text);
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
      </figcaption>
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1 break-words rounded bg-slate-50 p-2 text-sm select-all dark:bg-slate-800">
          {text}
        </p>
        <CopyButton copier={copier} label={label} lang={lang} />
      </div>
      <CopyStatus state={copier.state} lang={lang} />
    </figure>
  );
}
