import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { CopyButton, CopyStatus } from './copy-button';
import { useCopy } from './use-copy';

/**
 * A chart's quotable sentence under it, with a Copy button. Its id is the chart box's
 * `aria-describedby`, so the sentence is also what a screen reader says the chart shows.
 */
export function ChartSentence({
  id,
  sentence,
  lang,
}: {
  id: string;
  sentence: string;
  lang: Lang;
}) {
  const copier = useCopy(sentence);
  return (
    <div className="mt-2 flex flex-col gap-0.5" data-chart-sentence="">
      <div className="flex items-start gap-2">
        <p id={id} className="min-w-0 flex-1 text-sm text-slate-800 dark:text-slate-200">
          {sentence}
        </p>
        <CopyButton copier={copier} label={tFor(lang)('cite.sentence')} lang={lang} />
      </div>
      <CopyStatus state={copier.state} lang={lang} />
    </div>
  );
}
