import { sourceLine, sourceOf } from '../../data/describe';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { categoryName, indicatorById } from '../../data/select';
import { tooltipHtml } from '../../charts/tooltip';
import { messages } from '../../i18n/messages';

export const NO_INFORMATION: Localized = { zh: '无信息', en: 'No information' };

// An inferred assignment is a reading of the article, not a computed number: it is never
// called "derived".
const INFERRED: Localized = { zh: '推断', en: 'inferred' };

/** "县域医共体（推断）" / "County medical community (inferred)". */
export const withInferred = (text: string, lang: Lang) =>
  lang === 'zh' ? `${text}（${INFERRED.zh}）` : `${text} (${INFERRED.en})`;

/** Why an assignment is inferred: its basis. */
export const inferenceBasis = (observation: Observation | undefined, lang: Lang) =>
  observation?.inferred ? (observation.basis?.[lang] ?? '') : '';

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
  const basis = inferenceBasis(observation, lang);
  const note = basis ? `${basis} ` : '';
  return tooltipHtml(
    [
      { label: t.region, value: regionName(code) },
      { label, value: observation.inferred ? withInferred(group, lang) : group },
      { label: t.year, value: String(observation.year) },
    ],
    `${note}${source}`,
  );
};
