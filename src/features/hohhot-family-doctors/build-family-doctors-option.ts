import type { BuildContext, TitledChart } from '../../charts/titled-chart';
import { buildIndicatorBars } from '../../charts/bar-option';
import { HALF_PANEL_CATEGORY_WIDTH } from '../../charts/family-bars';
import { valuesSentence } from '../../charts/chart-sentence';
import { sharedUnit } from '../../charts/observation-series';
import type { Dataset, Localized, Observation } from '../../data/schema';
import { latestPerIndicator } from '../../data/select';

export const SIGNING_RATES = [
  'family-doctor-signing-rate',
  'family-doctor-signing-rate-key-groups',
] as const;
export const TEAMS = 'family-doctor-teams';

const TITLE: Localized = { zh: '家庭医生签约率', en: 'Family-doctor signing rates' };

export interface FamilyDoctorsChart extends TitledChart {
  /** When the rates were counted, from the observations' own notes. */
  caption: string;
}

/**
 * The two signing rates as bars against the whole (0–100%), so "52.71%" reads as about half.
 * The date they were counted comes from the data's notes, not from this code.
 */
export const buildFamilyDoctorsOption = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: BuildContext,
): FamilyDoctorsChart | null => {
  // One bar per indicator: the latest figure, if a wider filter ever holds several.
  const rates = latestPerIndicator(observations, SIGNING_RATES);
  if (rates.length === 0) return null;
  const notes = [...new Set(rates.flatMap((o) => (o.note ? [o.note[lang]] : [])))];
  return {
    id: 'signing-rates',
    title: TITLE[lang],
    caption: notes.join(' '),
    sentence: valuesSentence(dataset, rates, { lang, regionName }) ?? '',
    option: buildIndicatorBars(dataset, rates, {
      id: 'signing-rate',
      name: TITLE[lang],
      axisName: sharedUnit(
        dataset,
        rates.map((o) => o.indicator),
        lang,
      ),
      lang,
      regionName,
      max: 100,
      categoryWidth: HALF_PANEL_CATEGORY_WIDTH,
    }),
  };
};
