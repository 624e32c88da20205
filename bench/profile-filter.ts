/**
 * `npx tsx bench/profile-filter.ts [observations=100000] [--changes 10] [--port 4182]
 *   [--from dist] [--parquet] [--cpu] [--match <regexp of function names>]`
 *
 * Where a filter change on the explorer panel spends its time, for one synthetic dataset
 * (generate-synthetic.ts, or generate-parquet.ts with --parquet) in a copy of the build. Each change is driven as the bench drives it
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
import { generateParquetSite } from './generate-parquet.ts';
import { generateSyntheticSite } from './generate-synthetic.ts';
import { startCountingServer } from './range-server.ts';
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

interface Phases {
  line: string;
  /** Input, query posted to the worker, its answer, settled (page clock, ms). */
  windows: [string, number, number][];
}

async function change(page: Page, i: number, scope: string): Promise<Phases> {
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
  const posted = inside.find((m) => m.what === 'page→worker')?.t ?? t0;
  const answered = inside.find((m) => m.what === 'worker→page' && m.t >= posted)?.t ?? posted;
  const t1 = result.t1 ?? answered;
  return {
    line: `${step}: settled ${result.ms?.toFixed(0) ?? '–'} ms (probe) | ${line}`,
    windows: [
      ['input→posted', t0, posted],
      ['posted→answer', posted, answered],
      ['answer→settled', answered, t1],
    ],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const observations = Number(process.argv[2] ?? 100_000);
  const changes = Number(arg('changes', '10'));
  const dir = path.join(tmpdir(), `imde-profile-${observations}`);
  const from = path.resolve(arg('from', DIST));
  const port = Number(arg('port', '4182'));
  const parquet = process.argv.includes('--parquet');
  if (parquet)
    await generateParquetSite(dir, observations, { from, sql: observations > 2_000_000 });
  else generateSyntheticSite(dir, observations, { from });
  const server = parquet ? await startCountingServer(dir, port) : await startServer(dir, port);
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
    // A named busy loop at a known page time: where the profile first samples it gives the
    // offset between the profile's clock and the page's (CDP's startTime is off by ~0.1 s).
    const calibratedAt = await page.evaluate(() => {
      const t = performance.now();
      function profileClockMark() {
        while (performance.now() - t < 20);
      }
      profileClockMark();
      return t;
    });
    const settled: number[] = [];
    const windows: [string, number, number][] = [];
    for (let i = 0; i < changes; i += 1) {
      const { line, windows: w } = await change(page, i, scope);
      windows.push(...w);
      console.log(line);
      const ms = /settled (\d+)/u.exec(line)?.[1];
      if (ms) settled.push(Number(ms));
    }
    console.log(`median settled: ${median(settled)} ms over ${settled.length} changes`);
    for (const phase of ['input→posted', 'posted→answer', 'answer→settled']) {
      const spans = windows.filter(([p]) => p === phase).map(([, a, b]) => b - a);
      console.log(`median ${phase}: ${median(spans)?.toFixed(0) ?? '–'} ms`);
    }
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: {
          nodes: {
            id: number;
            children?: number[];
            callFrame: { functionName: string; url: string; lineNumber: number };
          }[];
          samples: number[];
          timeDeltas: number[];
          startTime: number;
        };
      };
      const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const name = (id: number) => {
        const frame = byNode.get(id)?.callFrame;
        return frame
          ? `${frame.functionName || '(anon)'} ${path.basename(frame.url)}:${frame.lineNumber}`
          : '?';
      };
      // Self time per function, and inclusive time (every function on the sampled stack once).
      const self = new Map<string, number>();
      const inclusive = new Map<string, number>();
      const times: number[] = [];
      let clock = profile.startTime / 1000;
      for (const delta of profile.timeDeltas) times.push((clock += delta / 1000));
      const markAt = profile.samples.findIndex(
        (id) => byNode.get(id)?.callFrame.functionName === 'profileClockMark',
      );
      const offset = (times[markAt] ?? 0) - calibratedAt;
      const byPhase = new Map<string, Map<string, number>>();
      profile.samples.forEach((id, k) => {
        const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
        const at = times[k] ?? 0;
        const phase = windows.find(([, a, b]) => at - offset >= a && at - offset < b)?.[0];
        if (phase) {
          const sums = byPhase.get(phase) ?? new Map<string, number>();
          byPhase.set(phase, sums);
          const seen = new Set<string>();
          for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
            const key = name(up);
            if (seen.has(key)) continue;
            seen.add(key);
            sums.set(key, (sums.get(key) ?? 0) + ms);
          }
        }
        self.set(name(id), (self.get(name(id)) ?? 0) + ms);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const key = name(at);
          if (seen.has(key)) continue;
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
        }
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
      console.log('self:');
      for (const [key, ms] of top) console.log(`${ms.toFixed(0).padStart(6)} ms  ${key}`);
      console.log('inclusive:');
      const pick = new RegExp(arg('match', '.'), 'u');
      const topIncl = [...inclusive]
        .filter(([key]) => pick.test(key))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 60);
      for (const [key, ms] of topIncl) console.log(`${ms.toFixed(0).padStart(6)} ms  ${key}`);
      for (const [phase, sums] of byPhase) {
        const wall = windows.filter(([p]) => p === phase).reduce((t, [, a, b]) => t + b - a, 0);
        console.log(
          `${phase}: ${wall.toFixed(0)} ms wall over ${changes} changes; busy (inclusive):`,
        );
        const rows = [...sums].filter(([key]) => pick.test(key) || key === '(root) :-1');
        for (const [key, ms] of rows.sort((a, b) => b[1] - a[1]).slice(0, 25))
          console.log(`${ms.toFixed(0).padStart(6)} ms  ${key}`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
