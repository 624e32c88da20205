import type { Indicator, Localized, Observation } from './schema';

/** One figure as search finds it: everything a result line needs, in both languages. */
export interface FigureRef {
  id: string;
  datasetId: string;
  datasetTitle: Localized;
  indicator: Indicator;
  observation: Observation;
  regionName: Localized;
  /** Dimension values as names, e.g. 卒中中心 / stroke centre. */
  dims: Localized[];
}

/** A search result: the figure and the index terms the query matched, for marking the snippet. */
export interface FigureHit extends FigureRef {
  terms: string[];
}
