/**
 * `npx tsx bench/profile-filter.ts [observations=100000] [--changes 10] [--port 4182]
 *   [--from dist] [--cpu]`
 *
 * Where a filter change on the explorer panel spends its time, for one synthetic dataset
 * (generate-synthetic.ts) in a copy of the build. Each change is driven as the bench drives it
 * (measure-filter.ts: the Region combobox, the From / To selects) and timed by the same probe
 * (page-probe.ts); a second init script timestamps, with the page's clock, the messages to and
 * from the data worker, every `data-chart-ready` flip in the panel, and the long tasks. Per
 * change it prints: input → query posted → answer received → chart marked busy → chart ready
 * → probe settled. `--cpu` adds a CPU profile of the main thread over the changes, summed by
 * function (self time). Nothing is asserted; it is a tool for reading, not a measurement of
 * record (that is bench:scale).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchBrowser, newBenchPage } from './browser.ts';
import { DIST } from './build.ts';
import { generateSyntheticSite } from './generate-synthetic.ts';
import { APP_PATH } from './measure-load.ts';
import type { ChangeResult } from './page-probe.ts';
import { SCALE_PANEL } from './scale.ts';
import { startServer } from './serve.ts';
import { median } from './util.ts';

interface Mark {
  t: number;
  what: string;
}

declare global {
  interface Window {
    __imdeMarks?: Mark[];
  }
}

/** Installed before the app: wraps Worker so its messages are timestamped. Self-contained. */
function installMarks(panel: string): void {
  const marks: Mark[] = [];
  window.__imdeMarks = marks;
  const mark = (what: string) => marks.push({ t: performance.now(), what });
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', () => mark('worker→page'));
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      mark('page→worker');
      super.postMessage(message, transfer as never);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (!el.closest(`[data-panel="${panel}"]`)) continue;
      mark(`ready=${el.getAttribute('data-chart-ready') ?? ''}`);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-chart-ready'] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      marks.push({ t: e.startTime, what: `longtask ${Math.round(e.duration)}ms` });
    }
  }).observe({ type: 'longtask' });
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

async function change(page: Page, i: number, scope: string): Promise<string> {
  const regions = ['150100', '150160', '150700', '152960', '150000', '150361'];
  let dispatch: () => Promise<unknown>;
  let step: string;
  if (i % 2 === 0) {
    const code = regions[(i / 2) % regions.length] ?? '150000';
    const box = page.getByRole('combobox', { name: 'Region', exact: true });
    await box.click();
    await box.fill(code);
    const option = page.getByRole('listbox').getByRole('option').filter({ hasText: code }).first();
    await option.waitFor({ state: 'visible' });
    dispatch = () => option.click();
    step = `region=${code}`;
  } else {
    const year = ['2000', '1994', '2010', '1998', '2005'][((i - 1) / 2) % 5] ?? '2000';
    const from = page.getByRole('combobox', { name: 'From', exact: true });
    dispatch = () => from.selectOption(year);
    step = `from=${year}`;
  }
  await page.evaluate((s) => window.__imdeBench?.arm(s, 60_000), scope);
  await dispatch();
  const result: ChangeResult = await page.evaluate(
    () => window.__imdeBench?.settled() ?? Promise.reject(new Error('no probe')),
  );
  await page.waitForTimeout(600);
  const marks = await page.evaluate(() => window.__imdeMarks ?? []);
  const t0 = result.t0 ?? 0;
  const inside = marks.filter((m) => m.t >= t0 - 1 && m.t <= t0 + 1_500);
  const line = inside.map((m) => `+${Math.round(m.t - t0)} ${m.what}`).join(', ');
  return `${step}: settled ${result.ms?.toFixed(0) ?? '–'} ms (probe) | ${line}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const observations = Number(process.argv[2] ?? 100_000);
  const changes = Number(arg('changes', '10'));
  const dir = path.join(tmpdir(), `imde-profile-${observations}`);
  generateSyntheticSite(dir, observations, { from: path.resolve(arg('from', DIST)) });
  const server = await startServer(dir, Number(arg('port', '4182')));
  const browser = await launchBrowser();
  const scope = `[data-panel="${SCALE_PANEL}"]`;
  try {
    const { page } = await newBenchPage(browser);
    await page.addInitScript(
      `globalThis.__name ??= (fn) => fn;\n(${installMarks.toString()})(${JSON.stringify(SCALE_PANEL)});`,
    );
    await page.goto(new URL(APP_PATH, server.url).href);
    const panel = page.locator(scope);
    await panel.scrollIntoViewIfNeeded({ timeout: 120_000 });
    await panel.locator('[data-chart-ready="true"]').first().waitFor({ timeout: 180_000 });
    await page.waitForTimeout(1_000);
    const cdp = process.argv.includes('--cpu') ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const settled: number[] = [];
    for (let i = 0; i < changes; i += 1) {
      const line = await change(page, i, scope);
      console.log(line);
      const ms = /settled (\d+)/u.exec(line)?.[1];
      if (ms) settled.push(Number(ms));
    }
    console.log(`median settled: ${median(settled)} ms over ${settled.length} changes`);
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: {
          nodes: {
            id: number;
            callFrame: { functionName: string; url: string; lineNumber: number };
          }[];
          samples: number[];
          timeDeltas: number[];
        };
      };
      const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, k) => {
        const frame = byNode.get(id)?.callFrame;
        const key = frame
          ? `${frame.functionName || '(anon)'} ${path.basename(frame.url)}:${frame.lineNumber}`
          : '?';
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000);
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
      for (const [key, ms] of top) console.log(`${ms.toFixed(0).padStart(6)} ms  ${key}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
