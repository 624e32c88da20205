import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../data-protocol';
import { createDataClient } from './data-client';

/** A worker that records what it is sent; `answer` replies as the data worker would. */
class FakeWorker {
  sent: WorkerRequest[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  answer(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
}

const scope = globalThis as { __imdeDataWorker?: unknown };

/** Replaces Worker with FakeWorker; returns every one the code under test creates. */
const stubWorkers = (): FakeWorker[] => {
  const created: FakeWorker[] = [];
  vi.stubGlobal(
    'Worker',
    class extends FakeWorker {
      constructor() {
        super();
        created.push(this);
      }
    },
  );
  return created;
};

afterEach(() => {
  vi.unstubAllGlobals();
  delete scope.__imdeDataWorker;
});

describe('createDataClient with a worker', () => {
  it('adopts the worker boot.js started, once, and ignores the answer to its own request', async () => {
    const created = stubWorkers();
    const early = new FakeWorker();
    scope.__imdeDataWorker = early;

    const client = createDataClient({ worker: true });
    const regions = client.request({ kind: 'regions' });
    expect(created).toHaveLength(0);
    expect(early.sent).toEqual([{ id: 0, request: { kind: 'regions' } }]);
    // The manifest boot.js asked for arrives too: nobody waits for it, nothing breaks.
    early.answer({ id: -1, ok: true, value: { datasets: [] } as never });
    early.answer({ id: 0, ok: true, value: { regions: [] } as never });
    await expect(regions).resolves.toEqual({ regions: [] });

    // Taken once: another client starts a worker of its own.
    createDataClient({ worker: true });
    expect(created).toHaveLength(1);
    expect(scope.__imdeDataWorker).toBeUndefined();
  });

  it('starts its own worker on a page where boot.js started none', () => {
    const created = stubWorkers();
    createDataClient({ worker: true })
      .request({ kind: 'manifest' })
      .catch(() => undefined);
    expect(created).toHaveLength(1);
  });
});
