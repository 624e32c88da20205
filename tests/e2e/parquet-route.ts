import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { BrowserContext, Locator, Page, Route } from '@playwright/test';
import { ROOT } from './helpers';
import { fetchRoute } from './route-fetch';

/*
 * Serves the Parquet test datasets of tests/fixtures/parquet (scripts/parquet-fixtures.ts) as
 * if the host published them: the manifest gains an entry `"format": "parquet"` per dataset,
 * the descriptor and the Parquet file are answered from the fixtures, the Parquet file with
 * HTTP range support (HEAD, `Range: bytes=a-b` → 206), as DuckDB-WASM reads it. Requests of
 * DuckDB's own worker (a worker of the data worker) go through context.route like the rest.
 */

const FIXTURES = path.join(ROOT, 'tests/fixtures/parquet');

export interface ParquetServed {
  /** Bytes of Parquet sent, and the requests, per file name. */
  bytes: Map<string, number>;
  ranges: string[];
}

interface Descriptor {
  id: string;
  topic: string;
  title: { zh: string; en: string };
}

export async function serveParquetDatasets(
  context: BrowserContext,
  ids: readonly string[],
  headers: Record<string, string> = {},
): Promise<ParquetServed> {
  const served: ParquetServed = { bytes: new Map(), ranges: [] };
  await context.route('**/data/manifest.json', async (route) => {
    const response = await fetchRoute(route);
    const manifest = (await response.json()) as { datasets: unknown[] };
    for (const id of ids) {
      const d = JSON.parse(readFileSync(path.join(FIXTURES, `${id}.json`), 'utf8')) as Descriptor;
      manifest.datasets.push({
        id: d.id,
        file: `datasets/${d.id}.json`,
        topic: d.topic,
        title: d.title,
        format: 'parquet',
      });
    }
    await route.fulfill({
      response,
      json: manifest,
      headers: { ...response.headers(), ...headers },
    });
  });
  const pattern = new RegExp(`/data/datasets/(${ids.join('|')})\\.(json|parquet)$`, 'u');
  await context.route(pattern, (route) => answer(route, served, headers));
  return served;
}

async function answer(route: Route, served: ParquetServed, headers: Record<string, string>) {
  const request = route.request();
  const name = path.basename(new URL(request.url()).pathname);
  const body = readFileSync(path.join(FIXTURES, name));
  if (name.endsWith('.json')) {
    await route.fulfill({ status: 200, contentType: 'application/json', body, headers });
    return;
  }
  const common = {
    ...headers,
    'accept-ranges': 'bytes',
    'content-type': 'application/octet-stream',
  };
  if (request.method() === 'HEAD') {
    // DuckDB-WASM asks for the size with `HEAD` + `Range: bytes=0-` and wants a 206, as
    // static servers with range support (sirv, nginx) answer.
    const ranged = (await request.headerValue('range')) !== null;
    await route.fulfill({
      status: ranged ? 206 : 200,
      headers: {
        ...common,
        'content-length': String(body.length),
        ...(ranged ? { 'content-range': `bytes 0-${body.length - 1}/${body.length}` } : {}),
      },
    });
    return;
  }
  const range = /^bytes=(\d+)-(\d*)$/u.exec((await request.headerValue('range')) ?? '');
  const count = (n: number) => served.bytes.set(name, (served.bytes.get(name) ?? 0) + n);
  if (!range) {
    served.ranges.push(`${name} whole`);
    count(body.length);
    await route.fulfill({ status: 200, headers: common, body });
    return;
  }
  const start = Number(range[1]);
  const end = Math.min(range[2] ? Number(range[2]) : body.length - 1, body.length - 1);
  const part = body.subarray(start, end + 1);
  served.ranges.push(`${name} ${start}-${end}`);
  count(part.length);
  await route.fulfill({
    status: 206,
    headers: { ...common, 'content-range': `bytes ${start}-${end}/${body.length}` },
    body: part,
  });
}

/**
 * Scrolls to a Parquet dataset's panel and waits until it has drawn or failed: the first open
 * starts DuckDB-WASM (an 18 MB module to fetch and compile), slow on a busy CI machine.
 */
export async function openParquetPanel(page: Page, id: string): Promise<Locator> {
  const p = page.locator(`[data-panel="explore-${id}"]`);
  // The panel's element may be replaced while it loads (an error shown by its boundary is a new
  // element with the same data-panel): scroll to whichever one is there.
  await expect(async () => {
    await p.scrollIntoViewIfNeeded({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expect(p.locator('[data-chart-ready], [role="alert"]').first()).toBeVisible({
    timeout: 60_000,
  });
  return p;
}
