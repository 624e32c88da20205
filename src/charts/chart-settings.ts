import { createContext } from 'react';

/** Page-wide chart preferences, set once by the app rather than passed to every panel. */
export interface ChartSettings {
  /** Decal patterns on bars, areas and map regions, so colour is never the only cue. */
  patterns: boolean;
}

export const ChartSettingsContext = createContext<ChartSettings>({ patterns: false });
