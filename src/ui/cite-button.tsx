import { useRef, useState } from 'react';
import { apaCitation, cslItems, gbtCitation, viewCitation } from '../data/citation';
import type { Lang, Source } from '../data/schema';
import { tFor } from '../i18n/i18n';

interface CiteButtonProps {
  lang: Lang;
  sources: readonly Source[];
  /** What the view shows, for the line citing this dashboard view. */
  title: string;
  /** A name for the downloaded file. */
  fileName: string;
}

const button =
  'rounded-md border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600';

/**
 * "引用" / "Cite": the article in GB/T 7714-2015 and APA 7, a line citing this exact view
 * (its URL and today's date), each copyable, and CSL-JSON for reference managers.
 */
export function CiteButton({ lang, sources, title, fileName }: CiteButtonProps) {
  const t = tFor(lang);
  const dialog = useRef<HTMLDialogElement>(null);
  // Taken when the dialog opens: the URL then is the view being cited.
  const [opened, setOpened] = useState<{ url: string; at: Date } | null>(null);
  const view = opened && {
    site: t('appTitle'),
    title,
    url: opened.url,
    accessed: opened.at,
  };

  const open = () => {
    setOpened({ url: window.location.href, at: new Date() });
    dialog.current?.showModal();
  };

  const download = () => {
    if (!view) return;
    const items = sources.flatMap((s, i) => cslItems(s, i === 0 ? view : undefined));
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(items, null, 2)], {
        type: 'application/vnd.citationstyles.csl+json',
      }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.csl.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <>
      <button type="button" className={button} onClick={open}>
        {t('cite.button')}
      </button>
      <dialog
        ref={dialog}
        aria-label={t('cite.title', { title })}
        onClose={() => setOpened(null)}
        className="m-auto w-[min(42rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {view && (
          <div className="flex flex-col gap-3">
            <h2 className="text-base font-semibold">{t('cite.title', { title })}</h2>
            {sources.map((source) => (
              <div key={source.id} className="flex flex-col gap-3">
                <CitationLine label={t('cite.article')} text={gbtCitation(source)} lang={lang} />
                <CitationLine label={t('cite.apa')} text={apaCitation(source)} lang={lang} />
              </div>
            ))}
            <CitationLine label={t('cite.view')} text={viewCitation(view, lang)} lang={lang} />
            <div className="flex flex-wrap justify-end gap-2">
              <button type="button" className={button} onClick={download}>
                {t('cite.csl')}
              </button>
              <button type="button" className={button} onClick={() => dialog.current?.close()}>
                {t('cite.close')}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}

function CitationLine({ label, text, lang }: { label: string; text: string; lang: Lang }) {
  const t = tFor(lang);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
      </figcaption>
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1 break-words rounded bg-slate-50 p-2 text-sm select-all dark:bg-slate-800">
          {text}
        </p>
        <button
          type="button"
          className={button}
          onClick={copy}
          aria-label={`${t('cite.copy')}: ${label}`}
        >
          {state === 'copied' ? t('cite.copied') : t('cite.copy')}
        </button>
      </div>
      <span role="status" className="text-xs text-red-700 dark:text-red-400">
        {state === 'failed' ? t('cite.copyFailed') : ''}
      </span>
    </figure>
  );
}
