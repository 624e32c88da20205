import { useEffect } from 'react';
import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { dataSavedAt, markDataSaved, useOnline } from './offline';

/**
 * Offline, the service worker answers from its cache: say so, and how old that copy is.
 * Online, every successful load of the data refreshes the date of the saved copy.
 */
export function OfflineNotice({ lang, dataLoaded }: { lang: Lang; dataLoaded: boolean }) {
  const online = useOnline();
  useEffect(() => {
    if (online && dataLoaded) markDataSaved();
  }, [online, dataLoaded]);
  if (online) return null;
  const t = tFor(lang);
  const savedAt = dataSavedAt();
  const when = savedAt?.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <div
      role="status"
      data-offline="true"
      className="mx-4 mt-4 rounded-md border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-900 xl:mx-auto xl:max-w-7xl dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
    >
      {when ? t('offline.savedAt', { when }) : t('offline.saved')}
    </div>
  );
}
