import type { DataErrorPayload } from './data-error';
import type { DatasetSummary } from './dataset-summary';
import type { Dataset, Manifest, ManifestEntry, Observation, RegionsFile } from './schema';

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
  | { kind: 'query'; entry: ManifestEntry; query: ObservationQuery };

export interface DataReplies {
  manifest: Manifest;
  regions: RegionsFile;
  dataset: Dataset;
  summary: DatasetSummary;
  query: Observation[];
}

export type DataReply<K extends DataRequest['kind']> = DataReplies[K];

export interface WorkerRequest {
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
      : request.entry.file;
