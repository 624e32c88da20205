import { buildIndicatorBars } from './bar-option';
import { valuesSentence } from './chart-sentence';
import type { BuildContext, TitledChart } from './titled-chart';
import type { Dataset, Localized, Observation } from '../data/schema';

/** A horizontal bar chart and its number of bars, for sizing: it grows with its rows. */
export interface BarsChart extends TitledChart {
  rows: number;
}

/** Category names wrap at this width: about a third of a half-width panel. */
export const HALF_PANEL_CATEGORY_WIDTH = 180;

/** Indicators drawn as one chart because they share a unit (or a family of units). */
export interface BarFamily {
  id: string;
  axis: Localized;
  title: Localized;
}

/**
 * One horizontal bar chart per family, in the families' order, bars in the order `barsOf`
 * gives; a family without bars in view has no chart. Series ids are `<prefix>:<family id>`.
 */
export const familyBarCharts = <F extends BarFamily>(
  dataset: Dataset,
  families: readonly F[],
  barsOf: (family: F) => readonly Observation[],
  { prefix, categoryWidth }: { prefix: string; categoryWidth?: number },
  { lang, regionName }: BuildContext,
): BarsChart[] =>
  families.flatMap((family) => {
    const bars = barsOf(family);
    if (bars.length === 0) return [];
    return [
      {
        id: family.id,
        title: family.title[lang],
        rows: bars.length,
        sentence: valuesSentence(dataset, bars, { lang, regionName }) ?? '',
        option: buildIndicatorBars(dataset, bars, {
          id: `${prefix}:${family.id}`,
          name: family.title[lang],
          axisName: family.axis[lang],
          lang,
          regionName,
          ...(categoryWidth !== undefined && { categoryWidth }),
        }),
      },
    ];
  });
