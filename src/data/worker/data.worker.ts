/// <reference lib="webworker" />
// The data worker: every data file is fetched, parsed, validated and indexed here, so zod
// and the work of a large dataset stay off the page's main thread.
import { toErrorPayload } from '../data-error';
import type { WorkerRequest, WorkerResponse } from '../data-protocol';
import { requestFile } from '../data-protocol';
import { createDataService } from './data-service';

declare const self: DedicatedWorkerGlobalScope;

const service = createDataService();

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  const { id, request } = data;
  service.handle(request).then(
    (value) => self.postMessage({ id, ok: true, value } satisfies WorkerResponse),
    (error: unknown) =>
      self.postMessage({
        id,
        ok: false,
        error: toErrorPayload(error, requestFile(request)),
      } satisfies WorkerResponse),
  );
};
