import type { RegionIndex } from './regions';
import type { Observation } from './schema';

export interface Suggestion {
  region: string;
  from: number;
  to: number;
  count: number;
}

/**
 * Where and when a panel does have figures, for its empty state: one entry per region with
 * its year span, most figures first, so each can become a one-click link.
 */
export const suggestSelections = (
  observations: readonly Observation[],
  regions: RegionIndex,
): Suggestion[] => {
  const byRegion = new Map<string, Suggestion>();
  for (const o of observations) {
    const s = byRegion.get(o.region);
    if (s) {
      s.from = Math.min(s.from, o.year);
      s.to = Math.max(s.to, o.year);
      s.count += 1;
    } else byRegion.set(o.region, { region: o.region, from: o.year, to: o.year, count: 1 });
  }
  const depth = (code: string) => regions.path(code).length;
  return [...byRegion.values()].sort(
    (a, b) =>
      b.count - a.count || depth(a.region) - depth(b.region) || a.region.localeCompare(b.region),
  );
};
