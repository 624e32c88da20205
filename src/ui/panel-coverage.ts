import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { Observation } from '../data/schema';

/** What one panel has: its observations under no filter, and whether the filters left none. */
export interface PanelCoverage {
  empty: boolean;
  all: readonly Observation[];
}

/**
 * Which panels the filters left empty, reported by each panel as it renders, so the page can
 * say so once at the top instead of in a row of empty cards.
 */
export class CoverageStore {
  // Replaced, never mutated, on each change: it is the snapshot useSyncExternalStore compares.
  private panels: ReadonlyMap<string, PanelCoverage> = new Map();
  private readonly listeners = new Set<() => void>();

  report(id: string, coverage: PanelCoverage | null) {
    const before = this.panels.get(id);
    if (
      coverage === null ? !before : before?.empty === coverage.empty && before.all === coverage.all
    )
      return;
    const next = new Map(this.panels);
    if (coverage) next.set(id, coverage);
    else next.delete(id);
    this.panels = next;
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): ReadonlyMap<string, PanelCoverage> => this.panels;
}

/** When more than half the panels (and at least two) are empty, the page summarises it. */
export const mostlyEmpty = (panels: ReadonlyMap<string, PanelCoverage>): boolean => {
  const empty = [...panels.values()].filter((p) => p.empty).length;
  return empty >= 2 && empty * 2 > panels.size;
};

export const CoverageContext = createContext<CoverageStore | null>(null);

/** A panel reports its coverage while mounted (no-op outside the dashboard). */
export const useReportCoverage = (id: string, coverage: PanelCoverage | null) => {
  const store = useContext(CoverageContext);
  const empty = coverage?.empty;
  const all = coverage?.all;
  useEffect(() => {
    if (!store) return;
    store.report(id, empty === undefined || all === undefined ? null : { empty, all });
  }, [store, id, empty, all]);
  useEffect(() => () => store?.report(id, null), [store, id]);
};

/** All reported panels, re-rendering when one changes. */
export const useCoverage = (): ReadonlyMap<string, PanelCoverage> => {
  const store = useContext(CoverageContext);
  return useSyncExternalStore(
    store?.subscribe ?? noSubscribe,
    store?.get ?? noPanels,
    store?.get ?? noPanels,
  );
};

const EMPTY: ReadonlyMap<string, PanelCoverage> = new Map();
const noPanels = () => EMPTY;
const noSubscribe = () => () => undefined;

/** Whether the page shows the summary: each empty panel then keeps its own note short. */
export const useMostlyEmpty = (): boolean => mostlyEmpty(useCoverage());
