// What a reader downloads before the page's load event, measured in Chromium on the built
// site (part of `npm run test:budget`): the JavaScript fetched before `load` of `/` (gzip, as
// any host serves it), whether any ECharts code is among it, and the size of the baked HTML.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../bench/serve.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';
import { REPORT_FILE } from './bundle-report.ts';
import type { ChunkReport } from './bundle-report.ts';
import { checkLoad } from './load-budget.ts';

const dist = process.argv[2] ?? 'dist';
const port = Number(process.env.BUDGET_PORT ?? 4178);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const server = await startServer(dist, port);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url, { waitUntil: 'load' });
  // Resource Timing, on the page's clock: every script whose fetch began before `load`.
  const paths = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const load = nav?.loadEventStart ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < load && /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
  });
  const { chunks } = JSON.parse(readFileSync(join(dist, REPORT_FILE), 'utf8')) as {
    chunks: ChunkReport[];
  };
  const files = paths.map((path) => {
    const body = readFileSync(join(dist, decodeURIComponent(path)));
    return { path, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  const html = readFileSync(join(dist, 'index.html'));
  const result = checkLoad({ files, chunks, htmlGzipBytes: gzipSync(html, { level: 9 }).length });
  console.log(
    `before load of /: ${kb(result.jsGzipBytes)} gzip of JS in ${paths.join(', ') || 'no script'}`,
  );
  console.log(`baked / : ${kb(html.length)} (${kb(result.htmlGzipBytes)} gzip)`);
  if (result.problems.length > 0) {
    console.error(`Load budget exceeded:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('load budgets: ok');
  }
} finally {
  await browser.close();
  await server.stop();
}
