import type { Dataset, Indicator, Localized, Source, Topic } from './schema';

/** What every panel may know of a dataset without holding its observations. */
export interface DatasetSummary {
  id: string;
  title: Localized;
  topic: Topic;
  sources: Source[];
  indicators: Indicator[];
  observationCount: number;
  /** Distinct years with figures, ascending. */
  years: number[];
  /** Figures per region code (not rolled up). */
  regionCounts: Record<string, number>;
}

export const summarise = (dataset: Dataset): DatasetSummary => {
  const years = new Set<number>();
  const regionCounts: Record<string, number> = {};
  for (const o of dataset.observations) {
    years.add(o.year);
    regionCounts[o.region] = (regionCounts[o.region] ?? 0) + 1;
  }
  return {
    id: dataset.id,
    title: dataset.title,
    topic: dataset.topic,
    sources: dataset.sources,
    indicators: dataset.indicators,
    observationCount: dataset.observations.length,
    years: [...years].sort((a, b) => a - b),
    regionCounts,
  };
};

/**
 * A dataset as known before its summary: exact, but without the counts per region (a Parquet
 * dataset reads every row's keys for those, after its first answer). Every figure drawn is
 * still checked with its indicator's rows.
 */
export interface DatasetOpening extends Omit<DatasetSummary, 'years' | 'regionCounts'> {
  /** First and last year; null when only the summary can say. */
  years: [number, number] | null;
  /** The regions its rows may hold: the summary's regions with a count are among them. */
  regions: readonly string[];
}

/** The first and last of ascending years; null when there are none. */
export const yearSpan = (years: readonly number[]): [number, number] | null => {
  const [first, last] = [years[0], years.at(-1)];
  return first === undefined || last === undefined ? null : [first, last];
};

/** The opening of a dataset whose summary is known (a JSON dataset's). */
export const openingOf = (summary: DatasetSummary): DatasetOpening => {
  const { id, title, topic, sources, indicators, observationCount, years, regionCounts } = summary;
  return {
    id,
    title,
    topic,
    sources,
    indicators,
    observationCount,
    years: yearSpan(years),
    regions: Object.keys(regionCounts),
  };
};

/**
 * The indicators a dataset's explorer offers, in the dataset's order (it draws numbers over
 * time, so categories are left out). It opens on the first, which the data worker therefore
 * reads as soon as a Parquet dataset is open, before the explorer has asked.
 */
export const explorerIndicators = (indicators: readonly Indicator[]): Indicator[] =>
  indicators.filter((i) => i.kind !== 'category');
