import type { EChartsCoreOption } from 'echarts/core';
import { buildBarOption } from '../../charts/bar-option';
import type { Dataset, Lang, Observation } from '../../data/schema';
import { indicatorById } from '../../data/select';

export const SHARE_INDICATOR = 'online-business-share';
export const FIGURE_INDICATORS = [
  'cross-province-tasks-completed',
  'service-channels',
  'service-platform-acceptance',
  'cross-province-service-remote',
  'cross-province-counter-service',
] as const;

/** The share of business handled online, read against the whole (0–100%). */
export const buildHousingFundOption = (
  dataset: Dataset,
  selected: readonly Observation[],
  { lang, regionName }: { lang: Lang; regionName: (code: string) => string },
): EChartsCoreOption | null => {
  const indicator = indicatorById(dataset, SHARE_INDICATOR);
  const observations = selected
    .filter((o) => o.indicator === SHARE_INDICATOR)
    .sort((a, b) => a.year - b.year);
  if (!indicator || observations.length === 0) return null;
  return buildBarOption(dataset, {
    categories: observations.map((o) => String(o.year)),
    groups: [{ id: `share:${SHARE_INDICATOR}`, name: indicator.name[lang], observations }],
    axisName: indicator.unit[lang],
    lang,
    regionName,
    horizontal: true,
    max: 100,
  });
};
