import type { Dataset, Lang, Observation } from '../data/schema';
import { indicatorById } from '../data/select';
import { formatNumber } from './format';
import { formatObservationValue } from './observation-text';
import { observationTooltip } from './observation-tooltip';

/**
 * One chart data item per observation. The tooltip HTML and the label text are built here,
 * escaped and formatted once, so formatters only read them back: no data string ever
 * reaches an ECharts template or HTML unescaped.
 */
export interface ObservationItem {
  value: number;
  /** Escaped tooltip HTML. */
  tip: string;
  /** Formatted value with unit, for labels. */
  text: string;
  /** Formatted number alone, for labels where the axis already names the unit. */
  number: string;
  derived: boolean;
}

export const observationItem = (
  dataset: Dataset,
  observation: Observation,
  lang: Lang,
  regionName: (code: string) => string,
): ObservationItem => ({
  value: typeof observation.value === 'number' ? observation.value : Number.NaN,
  tip: observationTooltip(dataset, observation, lang, regionName),
  text: formatObservationValue(observation, indicatorById(dataset, observation.indicator), lang),
  number: typeof observation.value === 'number' ? formatNumber(observation.value, lang) : '',
  derived: observation.derived === true,
});

interface WithItem {
  data?: unknown;
}

const itemOf = (params: unknown): Partial<ObservationItem> =>
  (params as WithItem | null)?.data ?? {};

/** Tooltip formatter for series whose data are ObservationItems. */
export const itemTooltip = (params: unknown): string => itemOf(params).tip ?? '';

/** Label formatter for series whose data are ObservationItems. */
export const itemLabel = (params: unknown): string => itemOf(params).text ?? '';

/** Label formatter without the unit, for charts whose axis names it. */
export const itemNumberLabel = (params: unknown): string => itemOf(params).number ?? '';

/** Units must agree before values share an axis; a mix is a programming error. */
export const sharedUnit = (
  dataset: Dataset,
  indicatorIds: readonly string[],
  lang: Lang,
): string => {
  const units = new Set(indicatorIds.map((id) => indicatorById(dataset, id)?.unit[lang] ?? ''));
  if (units.size !== 1)
    throw new Error(
      `indicators ${indicatorIds.join(', ')} have different units: ${[...units].join(', ')}`,
    );
  return [...units][0] ?? '';
};
