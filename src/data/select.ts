import type { Dataset, Indicator, Lang, Observation } from './schema';

/** Which observations a view wants; every field narrows, none is required. */
export interface Selection {
  indicators?: readonly string[];
  regions?: ReadonlySet<string>;
  from?: number;
  to?: number;
}

export const selectObservations = (dataset: Dataset, selection: Selection = {}): Observation[] => {
  const wanted = selection.indicators ? new Set(selection.indicators) : undefined;
  return dataset.observations.filter(
    (o) =>
      (!wanted || wanted.has(o.indicator)) &&
      (!selection.regions || selection.regions.has(o.region)) &&
      (selection.from === undefined || o.year >= selection.from) &&
      (selection.to === undefined || o.year <= selection.to),
  );
};

export const indicatorById = (
  dataset: Pick<Dataset, 'indicators'>,
  id: string,
): Indicator | undefined => dataset.indicators.find((ind) => ind.id === id);

/** The name of a dimension value (e.g. centre "stroke" -> 卒中中心), or the id if undeclared. */
export const dimensionValueName = (
  dataset: Partial<Pick<Dataset, 'dimensions'>>,
  dimension: string,
  value: string,
  lang: Lang,
): string =>
  dataset.dimensions?.find((d) => d.id === dimension)?.values.find((v) => v.id === value)?.name[
    lang
  ] ?? value;

export const categoryName = (indicator: Indicator, value: string, lang: Lang): string =>
  indicator.categories?.find((c) => c.id === value)?.name[lang] ?? value;

/** Sorted distinct years, for ranges and x axes. */
export const yearsOf = (observations: readonly Observation[]): number[] =>
  [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);

export interface Change {
  absolute: number;
  /** null when the base is zero: a percentage change from nothing has no meaning. */
  percent: number | null;
  /** Whether the change goes the way the indicator calls better; null when neutral or flat. */
  improved: boolean | null;
}

export const changeBetween = (from: number, to: number, better: Indicator['better']): Change => {
  const absolute = Number((to - from).toFixed(6));
  const percent = from === 0 ? null : Number((((to - from) / Math.abs(from)) * 100).toFixed(6));
  const improved =
    better === 'neutral' || absolute === 0 ? null : absolute > 0 === (better === 'higher');
  return { absolute, percent, improved };
};

/** The latest of some observations (by year), or undefined: a map or bar shows one per place. */
export const latestOf = (observations: readonly Observation[]): Observation | undefined =>
  observations.reduce<Observation | undefined>(
    (latest, o) => (latest === undefined || o.year > latest.year ? o : latest),
    undefined,
  );

/** The latest numeric figure of each indicator, in the order given, where there is one. */
export const latestPerIndicator = (
  observations: readonly Observation[],
  indicators: readonly string[],
): Observation[] =>
  indicators.flatMap((id) => {
    const latest = latestOf(
      observations.filter((o) => o.indicator === id && typeof o.value === 'number'),
    );
    return latest ? [latest] : [];
  });
