import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page, Worker } from '@playwright/test';
import { REPORT_FILE } from '../scripts/bundle-report.ts';
import type { ChunkReport } from '../scripts/bundle-report.ts';

/** One script resource, timed on the page's clock (ms since navigation start). */
export interface ScriptResource {
  url: string;
  /** When its fetch started; for a worker's own script without a timing entry, the worker's start. */
  startedAt: number;
  /** When its response finished; for a worker's own script without a timing entry, its start. */
  endedAt: number;
}

export interface JsFile {
  url: string;
  /** Decoded body. */
  raw: number;
  /** Body as the server sent it (gzip-compressed). */
  gzip: number;
  /** Whether the file holds ECharts (or zrender, echarts-for-react) code. */
  echarts: boolean;
}

export interface JsBytes {
  rawBytes: number;
  gzipBytes: number;
  /** Files holding ECharts code, by path. */
  echartsFiles: string[];
  files: JsFile[];
}

interface TimedEntry {
  name: string;
  initiatorType: string;
  startTime: number;
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
        startTime: e.startTime,
        responseEnd: (e as PerformanceResourceTiming).responseEnd,
      })),
    }));
    const shift = origin - pageOrigin;
    return {
      // Used only when the window's buffer lacks the worker's own script: the worker's start,
      // a lower bound of when its script arrived.
      self: { url: worker.url(), startedAt: shift, endedAt: shift },
      imports: entries.filter(isScript).map((e) => ({
        url: e.name,
        startedAt: e.startTime + shift,
        endedAt: e.responseEnd + shift,
      })),
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
      startTime: e.startTime,
      responseEnd: (e as PerformanceResourceTiming).responseEnd,
    })),
  }));
  const byUrl = new Map<string, ScriptResource>();
  const add = (r: ScriptResource) => {
    const seen = byUrl.get(r.url);
    if (seen === undefined || r.startedAt < seen.startedAt) byUrl.set(r.url, r);
  };
  for (const e of entries.filter(isScript)) {
    add({ url: e.name, startedAt: e.startTime, endedAt: e.responseEnd });
  }
  for (const worker of workers) {
    const found = await workerEntries(worker, origin);
    found?.imports.forEach(add);
    if (!byUrl.has(worker.url())) {
      add(
        found?.self ?? {
          url: worker.url(),
          startedAt: Number.POSITIVE_INFINITY,
          endedAt: Number.POSITIVE_INFINITY,
        },
      );
    }
  }
  return [...byUrl.values()];
}

/** The body of `url` as the server sends it to a browser that accepts gzip, and decoded. */
function getCompressed(url: string): Promise<{ sent: number; raw: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode !== 200) {
          reject(new Error(`GET ${url}: HTTP ${response.statusCode ?? '?'}`));
          return;
        }
        const sent = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(sent) : sent;
        resolve({ sent: sent.length, raw: body.length, body });
      });
    });
    request.on('error', reject);
  });
}

/** Raw and gzip sizes of one URL as served (the HTML of `/`, for instance). */
export async function servedSize(url: string): Promise<{ rawBytes: number; gzipBytes: number }> {
  const { sent, raw } = await getCompressed(url);
  return { rawBytes: raw, gzipBytes: sent };
}

/**
 * Which built files hold ECharts code: chunks whose modules (dist/.vite/bundle-report.json)
 * come from echarts, zrender or echarts-for-react. Files the report does not list (workers,
 * public/ scripts) are checked for ECharts' own identifiers instead.
 */
export interface EchartsIndex {
  chunks: Set<string>;
  listed: Set<string>;
}

const ECHARTS_MODULE = /(^|\/)node_modules\/(echarts|zrender|echarts-for-react)\//u;
/** Method names of ECharts' and zrender's classes, which minification keeps. */
const ECHARTS_MARKERS = ['convertFromPixel', 'makeActionFromEvent', 'refreshImmediately'];

export function echartsIndex(dir: string): EchartsIndex {
  const file = path.join(dir, REPORT_FILE);
  const chunks = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { chunks: ChunkReport[] }).chunks
    : [];
  return {
    chunks: new Set(
      chunks.filter((c) => c.modules.some((m) => ECHARTS_MODULE.test(m))).map((c) => c.file),
    ),
    listed: new Set(chunks.map((c) => c.file)),
  };
}

const sizes = new Map<string, { raw: number; gzip: number; echarts: boolean }>();

/**
 * Raw = decoded body; gzip = the body as the bench's server sends it (gzip, zlib level 6),
 * requested again from the same server with `Accept-Encoding: gzip` (file names are
 * content-hashed, so the bodies are those the page received).
 */
export async function measureBytes(urls: readonly string[], index: EchartsIndex): Promise<JsBytes> {
  const files: JsFile[] = [];
  for (const url of [...new Set(urls)].sort()) {
    let size = sizes.get(url);
    if (!size) {
      const { sent, raw, body } = await getCompressed(url);
      const file = new URL(url).pathname.replace(/^\//u, '');
      const echarts = index.listed.has(file)
        ? index.chunks.has(file)
        : ECHARTS_MARKERS.some((m) => body.includes(m));
      size = { raw, gzip: sent, echarts };
      sizes.set(url, size);
    }
    files.push({ url, ...size });
  }
  return {
    rawBytes: files.reduce((sum, f) => sum + f.raw, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzip, 0),
    echartsFiles: files.filter((f) => f.echarts).map((f) => new URL(f.url).pathname),
    files,
  };
}
