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

/** A region/years with figures near the current filters, and how many panels have some there. */
export interface NearbySelection extends Suggestion {
  /** Panels with figures for exactly this region once chosen (see nearestSelections). */
  panels: number;
  /** Steps through the region tree from the selected region (0: the same region). */
  regionSteps: number;
  /** Years between the selected range and this span (0: they overlap). */
  yearGap: number;
}

interface SelectionFilters {
  region: string;
  from: number | null;
  to: number | null;
}

const treeSteps = (a: string, b: string, regions: RegionIndex): number => {
  const pa = regions.path(a).map((r) => r.code);
  const pb = regions.path(b).map((r) => r.code);
  let common = 0;
  while (common < pa.length && common < pb.length && pa[common] === pb[common]) common += 1;
  return pa.length + pb.length - 2 * common;
};

const gap = (from: number, to: number, filters: SelectionFilters): number => {
  if (filters.to !== null && from > filters.to) return from - filters.to;
  if (filters.from !== null && to < filters.from) return filters.from - to;
  return 0;
};

/**
 * When most panels are empty under the filters: the region/year combinations closest to them
 * that do have figures: fewest region steps plus years away first, then most panels. What the
 * selection already includes is left out (it is what came up empty). `panels` holds each
 * panel's observations under no filter.
 */
export const nearestSelections = (
  panels: readonly (readonly Observation[])[],
  filters: SelectionFilters,
  regions: RegionIndex,
  limit = 4,
): NearbySelection[] => {
  const selected = regions.selfAndDescendants(filters.region);
  const inYears = (year: number) =>
    (filters.from === null || year >= filters.from) && (filters.to === null || year <= filters.to);
  return (
    suggestSelections(panels.flat(), regions)
      .map((s) => {
        // From the years it actually has: a span around the filter may have none inside it.
        const yearGap = Math.min(
          ...panels.flatMap((list) =>
            list.filter((o) => o.region === s.region).map((o) => gap(o.year, o.year, filters)),
          ),
        );
        // What choosing it gives: the region in the current years, or in all years when those
        // have none (the link then clears the years).
        const shown = (o: Observation) => o.region === s.region && (yearGap > 0 || inYears(o.year));
        return {
          ...s,
          panels: panels.filter((observations) => observations.some(shown)).length,
          regionSteps: treeSteps(filters.region, s.region, regions),
          yearGap,
        };
      })
      // Within the selection's years, the selected region and those below it are already shown.
      .filter((s) => s.yearGap > 0 || !selected.has(s.region))
      // A step up or down the region tree weighs as much as a year away.
      .sort(
        (a, b) =>
          a.regionSteps + a.yearGap - (b.regionSteps + b.yearGap) ||
          b.panels - a.panels ||
          b.count - a.count,
      )
      .slice(0, limit)
  );
};
