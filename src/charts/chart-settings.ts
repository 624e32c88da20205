import { createContext } from 'react';

/** Page-wide chart preferences, set once by the app rather than passed to every panel. */
export interface ChartSettings {
  /** Decal patterns on bars, areas and map regions, so colour is never the only cue. */
  patterns: boolean;
  /**
   * A figure is being shown: its mark is drawn by a live chart, so baked charts go live (each
   * as it comes near the viewport) without waiting for a quiet moment.
   */
  showingFigure: boolean;
}

export const ChartSettingsContext = createContext<ChartSettings>({
  patterns: false,
  showingFigure: false,
});
