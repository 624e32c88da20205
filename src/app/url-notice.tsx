import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import type { Dropped } from './view-state';

/** Names every parameter of the link that was dropped, and why; the view itself stays valid. */
export function UrlNotice({
  dropped,
  lang,
  onDismiss,
}: {
  dropped: readonly Dropped[];
  lang: Lang;
  onDismiss: () => void;
}) {
  if (dropped.length === 0) return null;
  const t = tFor(lang);
  return (
    <div
      role="status"
      className="mx-4 mt-4 rounded-md xl:mx-auto xl:max-w-7xl border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">{t('notice.title')}</p>
      <ul className="list-disc pl-5">
        {/* Parameter names are unique in the list except from/to, which differ by name too. */}
        {dropped.map((d) => (
          <li key={`${d.param}:${d.reason}`}>
            <code className="break-all">
              {d.param}={d.value.length > 60 ? `${d.value.slice(0, 60)}…` : d.value}
            </code>
            : {t(`notice.reason.${d.reason}`)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} className="mt-1 underline focus-visible:outline-2">
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
