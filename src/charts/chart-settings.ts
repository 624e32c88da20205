import { createContext } from 'react';

/** Page-wide chart preferences, set once by the app rather than passed to every panel. */
export interface ChartSettings {
  /** Decal patterns on bars, areas and map regions, so colour is never the only cue. */
  patterns: boolean;
}

export const ChartSettingsContext = createContext<ChartSettings>({ patterns: false });

/**
 * True inside a panel's out-of-sight copy of its charts (kept while the Table or Sources tab is
 * open so exports can collect their options): those charts register for export but never
 * create an ECharts instance, and carry no readiness attribute that could never turn true.
 */
export const ChartOffscreenContext = createContext(false);
