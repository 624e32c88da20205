import { sourceLine, sourceOf } from '../../data/describe';
import type { Dataset, Lang, Localized, Observation } from '../../data/schema';
import { categoryName, indicatorById } from '../../data/select';
import { periodText } from '../../charts/period-text';
import { tooltipHtml } from '../../charts/tooltip';
import { messages } from '../../i18n/messages';
import {
  INFERRED_WORD,
  TIE_DIMENSION,
  basisOf,
  isInferred,
  tieName,
  tieOf,
} from './medical-group-ties';

const TIE_LABEL: Localized = { zh: '关系', en: 'Tie' };

export const NO_INFORMATION: Localized = { zh: '无信息', en: 'No information' };

/** "县域医共体（推断）" / "County medical community (inferred)". */
export const withInferred = (text: string, lang: Lang) =>
  lang === 'zh' ? `${text}（${INFERRED_WORD.zh}）` : `${text} (${INFERRED_WORD.en})`;

/**
 * Escaped tooltip HTML for one region: its group, how it is tied to it, the year and the
 * source; for an inferred assignment the basis of the inference comes first, as the reader
 * will ask.
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
  const inferred = isInferred(observation);
  const basis = inferred ? basisOf(observation, lang) : '';
  const tie = tieOf(observation);
  const tieLabel = dataset.dimensions?.find((d) => d.id === TIE_DIMENSION)?.name[lang];
  return tooltipHtml(
    [
      { label: t.region, value: regionName(code) },
      { label, value: inferred ? withInferred(group, lang) : group },
      ...(tie ? [{ label: tieLabel ?? TIE_LABEL[lang], value: tieName(dataset, tie, lang) }] : []),
      { label: t.year, value: periodText(observation, lang) },
    ],
    basis ? `${basis} ${source}` : source,
  );
};
