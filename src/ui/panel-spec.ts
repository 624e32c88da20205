import type { PanelModel } from '../charts/panel-model';
import type { BuildContext } from '../charts/titled-chart';
import type { DatasetOpening, DatasetSummary } from '../data/dataset-summary';
import type { RegionIndex } from '../data/regions';
import type {
  Dataset,
  Indicator,
  Localized,
  ManifestEntry,
  Observation,
  Topic,
} from '../data/schema';

/** What every panel's `build` needs besides its content. */
export interface SpecContext extends BuildContext {
  /** Phones get shorter maps and tighter labels. */
  narrow: boolean;
}

/** A panel over one dataset, received whole and filtered by the frame. */
export interface DatasetContent {
  dataset: Dataset;
  regions: RegionIndex;
  /** The panel's observations under every filter: what the Table and Sources tabs list. */
  observations: readonly Observation[];
  /** Under the year filter only: a map or matrix keeps its context and highlights the selection. */
  context: readonly Observation[];
  selectedRegion: string;
}

/** A panel over what every dataset holds (counts by region), not over observations. */
export interface SummariesContent {
  summaries: readonly DatasetSummary[];
  regions: RegionIndex;
  selectedRegion: string;
}

/** A panel over one indicator of a dataset too large to hold: answers from the worker's index. */
export interface IndexContent {
  opening: DatasetOpening;
  regions: RegionIndex;
  indicator: Indicator;
  observations: readonly Observation[];
  from: number;
  to: number;
}

interface SpecBase {
  /** The `data-panel` attribute, the `tab.<id>` URL parameter, `#panel-<id>` links, embeds. */
  id: string;
  title: Localized;
  /** The section it is listed under; null for the overview, which heads the page. */
  topic: Topic | null;
  layout: {
    /** Spans both columns on wide screens. */
    wide?: boolean;
    /** Height reserved for the content while it loads, so nothing shifts. */
    height: number;
    /** Key figures only, no chart: tests expect no chart box in it. */
    chartless?: boolean;
  };
}

export interface DatasetPanelSpec extends SpecBase {
  source: 'dataset';
  datasetId: string;
  /** The indicators it shows; they scope its table, sources, exports and empty state. */
  indicators: readonly string[];
  /**
   * For a map or matrix that sets the region itself: keep drawing its context (with the
   * selection highlighted) when the selected region has no figures of its own.
   */
  keepContext?: boolean;
  build: (content: DatasetContent, context: SpecContext) => PanelModel;
}

export interface SummariesPanelSpec extends SpecBase {
  source: 'summaries';
  build: (content: SummariesContent, context: SpecContext) => PanelModel;
}

export interface IndexPanelSpec extends SpecBase {
  source: 'index';
  entry: ManifestEntry;
  build: (content: IndexContent, context: SpecContext) => PanelModel;
}

/** One panel, declared: the registry lists these and the frame renders any of them. */
export type PanelSpec = DatasetPanelSpec | SummariesPanelSpec | IndexPanelSpec;

/** The dataset a panel belongs to, for `data-dataset`. */
export const specDataset = (spec: PanelSpec): string =>
  spec.source === 'dataset' ? spec.datasetId : spec.source === 'index' ? spec.entry.id : 'manifest';
