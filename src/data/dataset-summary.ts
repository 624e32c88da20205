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
