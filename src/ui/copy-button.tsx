import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { COPY_BUTTON } from './use-copy';
import type { CopyState, useCopy } from './use-copy';

/** "复制" / "Copy", then "已复制" / "Copied" once the clipboard holds the text. */
export function CopyButton({
  copier,
  label,
  lang,
}: {
  copier: ReturnType<typeof useCopy>;
  /** What is copied, for the accessible name: "复制: …". */
  label: string;
  lang: Lang;
}) {
  const t = tFor(lang);
  return (
    <button
      type="button"
      className={`${COPY_BUTTON} shrink-0`}
      onClick={copier.copy}
      aria-label={`${t('cite.copy')}: ${label}`}
    >
      {copier.state === 'copied' ? t('cite.copied') : t('cite.copy')}
    </button>
  );
}

/**
 * Where a refused copy is reported: select the text instead. A polite live region, not
 * role="status": in a panel that role marks its empty or loading state.
 */
export function CopyStatus({ state, lang }: { state: CopyState; lang: Lang }) {
  return (
    <span aria-live="polite" className="text-xs text-red-700 dark:text-red-400">
      {state === 'failed' ? tFor(lang)('cite.copyFailed') : ''}
    </span>
  );
}
