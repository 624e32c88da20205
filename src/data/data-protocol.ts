import type { DataErrorPayload } from './data-error';
import type { DatasetOpening, DatasetSummary } from './dataset-summary';
import type { Dataset, Manifest, ManifestEntry, Observation, RegionsFile } from './schema';
import type { FigureHit, FigureRef } from './figure-ref';

export interface ObservationQuery {
  indicator: string;
  /** Region codes to include; the caller expands a league to its counties. */
  regions: readonly string[];
  from: number;
  to: number;
}

/** What the page can ask the data worker. */
export type DataRequest =
  | { kind: 'manifest' }
  | { kind: 'regions' }
  | { kind: 'dataset'; entry: ManifestEntry }
  | { kind: 'summary'; entry: ManifestEntry }
  /** What a first chart needs, before a Parquet dataset's every row is scanned for the summary. */
  | { kind: 'opening'; entry: ManifestEntry }
  | { kind: 'query'; entry: ManifestEntry; query: ObservationQuery }
  /** Figures matching words, numbers or names, over the datasets given (search-index.ts). */
  | { kind: 'search'; entries: readonly ManifestEntry[]; query: string; limit: number }
  /** The figure of a permalink id, or null when no dataset has it. */
  | { kind: 'figure'; entries: readonly ManifestEntry[]; id: string };

export interface DataReplies {
  manifest: Manifest;
  regions: RegionsFile;
  dataset: Dataset;
  summary: DatasetSummary;
  opening: DatasetOpening;
  query: Observation[];
  search: FigureHit[];
  figure: FigureRef | null;
}

export type DataReply<K extends DataRequest['kind']> = DataReplies[K];

export interface WorkerRequest {
  /** The caller's, to match the answer; -1 is public/boot.js's, whose answer nobody awaits. */
  id: number;
  request: DataRequest;
}

export type WorkerResponse =
  | { id: number; ok: true; value: DataReplies[DataRequest['kind']] }
  | { id: number; ok: false; error: DataErrorPayload };

/** The file a request is about, for naming it in an error. */
export const requestFile = (request: DataRequest): string =>
  request.kind === 'manifest'
    ? 'manifest.json'
    : request.kind === 'regions'
      ? 'regions.json'
      : 'entry' in request
        ? request.entry.file
        : 'search index';
