import { sourceLine, sourceOf } from '../../data/describe';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { categoryName, indicatorById } from '../../data/select';
import { periodText } from '../../charts/period-text';
import { tooltipHtml } from '../../charts/tooltip';
import { messages } from '../../i18n/messages';

export const NO_INFORMATION: Localized = { zh: '无信息', en: 'No information' };

/** "县域医共体（推算值）" / "County medical community (derived)". */
export const withDerived = (text: string, lang: Lang) =>
  lang === 'zh' ? `${text}（${messages.zh.derived}）` : `${text} (${messages.en.derived})`;

/**
 * Escaped tooltip HTML for one region: its group, the year and the source; for an inferred
 * assignment the note saying how it was inferred comes first, as the reader will ask.
 */
export const groupTooltip = (
  dataset: Dataset,
  indicatorId: string,
  observation: Observation | undefined,
  code: string,
  { lang, regionName }: { lang: Lang; regionName: (code: string) => string },
): string => {
  const t = messages[lang];
  const indicator = indicatorById(dataset, indicatorId);
  const label = indicator?.name[lang] ?? indicatorId;
  if (!observation) {
    return tooltipHtml([
      { label: t.region, value: regionName(code) },
      { label, value: NO_INFORMATION[lang] },
    ]);
  }
  const group = indicator
    ? categoryName(indicator, String(observation.value), lang)
    : String(observation.value);
  const source = `${t.source}: ${sourceLine(sourceOf(dataset, observation), lang)}`;
  const note = observation.derived && observation.note ? `${observation.note[lang]} ` : '';
  return tooltipHtml(
    [
      { label: t.region, value: regionName(code) },
      { label, value: observation.derived ? withDerived(group, lang) : group },
      { label: t.year, value: periodText(observation, lang) },
    ],
    `${note}${source}`,
  );
};
