import type { Lang, Observation } from '../data/schema';
import { messages } from '../i18n/messages';
import type { DatasetMeta } from './observation-row';
import { observationRow } from './observation-row';
import { tooltipHtml } from './tooltip';

/**
 * Tooltip HTML for one observation: value with unit, year, region, any dimensions, a derived
 * or inferred mark and the source line. Every string is escaped by tooltipHtml: data never
 * becomes HTML.
 */
export const observationTooltip = (
  meta: DatasetMeta,
  observation: Observation,
  lang: Lang,
  regionName: (code: string) => string,
): string => {
  const t = messages[lang];
  const row = observationRow(meta, observation, regionName, lang);
  const mark = row.derived ? ` (${t.derived})` : row.inferred ? ` (${t.inferred})` : '';
  return tooltipHtml(
    [
      { label: row.indicator, value: `${row.valueText}${mark}` },
      { label: t.year, value: String(row.year) },
      { label: t.region, value: row.region },
      ...row.dimensions.map(([label, value]) => ({ label, value })),
    ],
    `${t.source}: ${row.sourceText}`,
  );
};
