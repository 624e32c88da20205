import type { Lang } from '../../data/schema';
import { tFor } from '../../i18n/i18n';

export interface ReadmePanel {
  title: string;
  files: readonly string[];
  rows: number;
  sources: readonly string[];
  /** What each chart shows, one quotable sentence per chart. */
  sentences: readonly string[];
}

/** README.txt of an "Export all" archive: the view it was taken from, and each panel's sources. */
export const exportReadme = (
  { url, filters, panels }: { url: string; filters: string; panels: readonly ReadmePanel[] },
  lang: Lang,
): string => {
  const t = tFor(lang);
  const lines = [
    t('appTitle'),
    '',
    url,
    filters,
    '',
    ...panels.flatMap((p) => [
      `== ${p.title}`,
      ...p.sentences,
      `${t('rows', { count: p.rows })}: ${p.files.join(', ')}`,
      ...p.sources.map((s) => `${t('source')}: ${s}`),
      '',
    ]),
  ];
  // CRLF so the file reads correctly in Notepad as well.
  return lines.join('\r\n');
};
