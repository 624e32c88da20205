import type { BuildContext } from '../../charts/titled-chart';
import { HALF_PANEL_CATEGORY_WIDTH } from '../../charts/family-bars';
import type { BarsChart } from '../../charts/family-bars';
import { buildIndicatorBars } from '../../charts/bar-option';
import { valuesSentence } from '../../charts/chart-sentence';
import type { Dataset, Localized, Observation } from '../../data/schema';

/** Totals of different things (institutions, beds, people): cards, never one axis. */
export const RESOURCE_TOTALS = ['health-institutions', 'hospital-beds', 'health-workers'] as const;

/** Beds and staff per 1,000 people: different units (张/千人, 人/千人) of one density family. */
export const PER_THOUSAND = ['beds-per-1000', 'physicians-per-1000', 'nurses-per-1000'] as const;

const AXIS: Localized = { zh: '每千人口', en: 'per 1,000 people' };
const TITLE: Localized = {
  zh: '每千人口床位与卫生人员',
  en: 'Beds and health staff per 1,000 people',
};

/** One bar per density, in the article's order, each labelled in its own unit. */
export const buildHealthResourcesOption = (
  dataset: Dataset,
  observations: readonly Observation[],
  { lang, regionName }: BuildContext,
): BarsChart | null => {
  // Densities are only comparable within one region and year: take the latest year shown.
  const shown = observations.filter(
    (o) => (PER_THOUSAND as readonly string[]).includes(o.indicator) && typeof o.value === 'number',
  );
  const year = Math.max(...shown.map((o) => o.year));
  const bars = PER_THOUSAND.flatMap((id) => {
    const o = shown.find((x) => x.indicator === id && x.year === year);
    return o ? [o] : [];
  });
  if (bars.length === 0) return null;
  return {
    id: 'per-thousand',
    title: `${TITLE[lang]} (${year})`,
    rows: bars.length,
    sentence: valuesSentence(dataset, bars, { lang, regionName }) ?? '',
    option: buildIndicatorBars(dataset, bars, {
      id: 'per-thousand',
      name: TITLE[lang],
      axisName: AXIS[lang],
      lang,
      regionName,
      categoryWidth: HALF_PANEL_CATEGORY_WIDTH,
    }),
  };
};
