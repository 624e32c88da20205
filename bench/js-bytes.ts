import { gzipSync } from 'node:zlib';
import type { Page, Worker } from '@playwright/test';

/** One script resource, timed on the page's clock (ms since navigation start). */
export interface ScriptResource {
  url: string;
  /** When its response finished; for a worker's own script without a timing entry, its start. */
  endedAt: number;
}

export interface JsBytes {
  rawBytes: number;
  gzipBytes: number;
  files: { url: string; raw: number; gzip: number }[];
}

interface TimedEntry {
  name: string;
  initiatorType: string;
  responseEnd: number;
}

const isScript = (e: TimedEntry): boolean => {
  if (e.name.startsWith('data:') || e.name.startsWith('blob:')) return false;
  const pathname = new URL(e.name).pathname;
  return e.initiatorType === 'script' || /\.m?js$/u.test(pathname);
};

/**
 * Records the dedicated workers a page starts. Their module imports land in the worker's own
 * Resource Timing buffer (not the window's), with the worker's own time origin.
 */
export function trackWorkers(page: Page): Worker[] {
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  return workers;
}

async function workerEntries(
  worker: Worker,
  pageOrigin: number,
): Promise<{ self: ScriptResource; imports: ScriptResource[] } | null> {
  try {
    const { origin, entries } = await worker.evaluate(() => ({
      origin: performance.timeOrigin,
      entries: performance.getEntriesByType('resource').map((e) => ({
        name: e.name,
        initiatorType: (e as PerformanceResourceTiming).initiatorType,
        responseEnd: (e as PerformanceResourceTiming).responseEnd,
      })),
    }));
    const shift = origin - pageOrigin;
    return {
      // Used only when the window's buffer lacks the worker's own script: the worker's start,
      // a lower bound of when its script arrived.
      self: { url: worker.url(), endedAt: shift },
      imports: entries
        .filter(isScript)
        .map((e) => ({ url: e.name, endedAt: e.responseEnd + shift })),
    };
  } catch {
    // The worker has ended: its script URL is still known.
    return null;
  }
}

/** Every script the page and its workers fetched so far, earliest completion per URL. */
export async function scriptResources(
  page: Page,
  workers: readonly Worker[],
): Promise<ScriptResource[]> {
  const { origin, entries } = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    entries: performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      initiatorType: (e as PerformanceResourceTiming).initiatorType,
      responseEnd: (e as PerformanceResourceTiming).responseEnd,
    })),
  }));
  const byUrl = new Map<string, number>();
  const add = (r: ScriptResource) => {
    const seen = byUrl.get(r.url);
    if (seen === undefined || r.endedAt < seen) byUrl.set(r.url, r.endedAt);
  };
  for (const e of entries.filter(isScript)) add({ url: e.name, endedAt: e.responseEnd });
  for (const worker of workers) {
    const found = await workerEntries(worker, origin);
    found?.imports.forEach(add);
    if (!byUrl.has(worker.url())) {
      add(found?.self ?? { url: worker.url(), endedAt: Number.POSITIVE_INFINITY });
    }
  }
  return [...byUrl].map(([url, endedAt]) => ({ url, endedAt }));
}

const sizes = new Map<string, { raw: number; gzip: number }>();

/**
 * Raw = decoded body; gzip = that body compressed here (zlib level 9), because `vite preview`
 * serves uncompressed files and a production server's compression is not known. Bodies are
 * fetched again from the same server (file names are content-hashed, so they are identical).
 */
export async function measureBytes(urls: readonly string[]): Promise<JsBytes> {
  const files: JsBytes['files'] = [];
  for (const url of [...new Set(urls)].sort()) {
    let size = sizes.get(url);
    if (!size) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      size = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      sizes.set(url, size);
    }
    files.push({ url, ...size });
  }
  return {
    rawBytes: files.reduce((sum, f) => sum + f.raw, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzip, 0),
    files,
  };
}
