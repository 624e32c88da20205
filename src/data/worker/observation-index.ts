import type { ObservationQuery } from '../data-protocol';
import type { Observation } from '../schema';

/**
 * indicator -> region -> observations sorted by year. Built once per dataset (in the data
 * worker), so a query touches only the requested regions' runs and a binary search into each:
 * its cost follows the size of the answer, not of the dataset.
 */
export type ObservationIndex = Map<string, Map<string, Observation[]>>;

export const buildIndex = (observations: readonly Observation[]): ObservationIndex => {
  const index: ObservationIndex = new Map();
  for (const o of observations) {
    let byRegion = index.get(o.indicator);
    if (!byRegion) index.set(o.indicator, (byRegion = new Map<string, Observation[]>()));
    const run = byRegion.get(o.region);
    if (run) run.push(o);
    else byRegion.set(o.region, [o]);
  }
  for (const byRegion of index.values())
    for (const run of byRegion.values()) run.sort((a, b) => a.year - b.year);
  return index;
};

/** First position in a year-sorted run whose year is >= `year`. */
const lowerBound = (run: readonly Observation[], year: number): number => {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((run[mid]?.year ?? Infinity) < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

export const queryIndex = (index: ObservationIndex, query: ObservationQuery): Observation[] => {
  const byRegion = index.get(query.indicator);
  if (!byRegion) return [];
  const result: Observation[] = [];
  for (const region of query.regions) {
    const run = byRegion.get(region);
    if (!run) continue;
    for (let i = lowerBound(run, query.from); i < run.length; i++) {
      const o = run[i];
      if (!o || o.year > query.to) break;
      result.push(o);
    }
  }
  return result;
};
