import { useEffect, useState } from 'react';
import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { Tooltip } from './tooltip';

const BUTTON =
  'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * Sharing in plain sight, beside Export: one click copies the panel's link (with the current
 * filters and tab). Embed code stays in the Export menu. The outcome shows in a bubble under
 * the button, so nothing in the header moves when it appears.
 */
export function ShareButton({ link, lang }: { link: () => string; lang: Lang }) {
  const t = tFor(lang);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const share = () => {
    const url = link();
    import('../charts/export/render')
      .then(({ copyText }) => copyText(url))
      .then(
        (copied) =>
          setStatus(copied ? t('exporting.linkCopied') : t('exporting.failed', { message: url })),
        (error: unknown) => setStatus(t('exporting.failed', { message: String(error) })),
      );
  };
  return (
    <span className="relative inline-flex">
      <Tooltip text={t('exporting.shareHint')}>
        <button type="button" onClick={share} className={BUTTON}>
          {t('exporting.share')}
        </button>
      </Tooltip>
      {/* A live region without role=status: the panel's empty state is its status. */}
      <span
        aria-live="polite"
        className={`absolute top-full right-0 z-40 mt-1 w-max max-w-72 rounded bg-emerald-700 px-2 py-1 text-xs break-all text-white shadow-lg ${status ? '' : 'hidden'}`}
      >
        {status}
      </span>
    </span>
  );
}
