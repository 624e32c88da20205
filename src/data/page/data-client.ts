import { DataLoadError, fromErrorPayload, toErrorPayload } from '../data-error';
import type { DataReplies, DataRequest, WorkerRequest, WorkerResponse } from '../data-protocol';
import { requestFile } from '../data-protocol';

type Handle = (request: DataRequest) => Promise<DataReplies[DataRequest['kind']]>;

export interface DataClient {
  request<K extends DataRequest['kind']>(
    request: DataRequest & { kind: K },
  ): Promise<DataReplies[K]>;
}

/**
 * The data worker public/boot.js started while a page that renders afresh was still parsing
 * (it asked for the manifest under id -1, an answer nobody waits for), taken once.
 */
const takeEarlyWorker = (): Worker | undefined => {
  const scope = globalThis as { __imdeDataWorker?: Worker };
  const worker = scope.__imdeDataWorker;
  delete scope.__imdeDataWorker;
  return worker;
};

/** Talks to the data worker; every failure arrives as a DataLoadError. */
const workerHandle = (): Handle => {
  const worker =
    takeEarlyWorker() ??
    new Worker(new URL('../worker/data.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = ({ data }: MessageEvent<WorkerResponse>) => {
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    if (!call) return;
    if (data.ok) call.resolve(data.value as never);
    else call.reject(fromErrorPayload(data.error));
  };
  worker.onerror = (event) => {
    // The worker script itself failed (e.g. it could not be fetched): fail every call.
    for (const [id, call] of waiting) {
      waiting.delete(id);
      call.reject(
        new DataLoadError('data worker', 'network', [
          { path: '$', message: event.message || 'failed to start' },
        ]),
      );
    }
  };
  return (request) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies WorkerRequest);
    });
};

/** Without workers (jsdom, tests) the same service runs on the page, loaded on demand. */
const inPageHandle = (fetchImpl?: typeof fetch): Handle => {
  const service = import('../worker/data-service').then((m) => m.createDataService(fetchImpl));
  return async (request) => {
    try {
      return await (await service).handle(request);
    } catch (error) {
      throw error instanceof DataLoadError
        ? error
        : fromErrorPayload(toErrorPayload(error, requestFile(request)));
    }
  };
};

export const createDataClient = (options: { fetchImpl?: typeof fetch; worker?: boolean } = {}) => {
  const useWorker = options.worker ?? typeof Worker !== 'undefined';
  const handle = useWorker ? workerHandle() : inPageHandle(options.fetchImpl);
  return {
    request: (request) => handle(request) as never,
  } satisfies DataClient as DataClient;
};
