/**
 * `npm run bench`: builds dist/ and dist-baseline/, measures both in the same session on
 * Chromium (load, JS bytes, filter changes, exports, long tasks, Lighthouse), optionally the
 * synthetic-data scale run, and writes bench/results/latest.{json,md}. See bench/README.md.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launchBrowser } from './browser.ts';
import { DIST, DIST_BASELINE, npmRun, verifyBaseline } from './build.ts';
import { lighthouseOnce, summarizeLighthouse } from './lighthouse.ts';
import type { FormFactor, LighthouseRun } from './lighthouse.ts';
import { measureExports } from './measure-export.ts';
import type { ExportSamples } from './measure-export.ts';
import type { FilterSession } from './measure-filter.ts';
import { echartsIndex, servedSize } from './js-bytes.ts';
import type { EchartsIndex } from './js-bytes.ts';
import { PAGE_PATH, measureFilter, measureLoad } from './measure-load.ts';
import type { LoadSample } from './measure-load.ts';
import { parseOptions } from './options.ts';
import { gitCommit, machineInfo, ratios, writeReport } from './report.ts';
import type { BuildFigures } from './report.ts';
import { runScale } from './scale.ts';
import type { ScaleResult } from './scale.ts';
import { startServer } from './serve.ts';
import { TARGETS } from './targets.ts';
import type { Server } from './serve.ts';
import { attempt, log, median, round } from './util.ts';

type BuildName = 'ours' | 'baseline';

interface Collected {
  html: { rawBytes: number; gzipBytes: number } | null;
  loads: LoadSample[];
  filter: (FilterSession & { pageErrors: string[] }) | null;
  exports: ExportSamples | null;
  lighthouse: Record<FormFactor, LighthouseRun[]>;
}

const BUILDS: { name: BuildName; dir: string }[] = [
  { name: 'ours', dir: DIST },
  { name: 'baseline', dir: DIST_BASELINE },
];

const ms = (v: number | null) => round(v, 1);
const noIndex: EchartsIndex = { chunks: new Set(), listed: new Set() };
const path = (url: string) => new URL(url).pathname;

function figures(c: Collected): BuildFigures {
  const pick = (f: (l: LoadSample) => number | null) => median(c.loads.map(f));
  const first = c.loads[0];
  const lh = (ff: FormFactor) =>
    c.lighthouse[ff].length > 0 ? summarizeLighthouse(c.lighthouse[ff]) : null;
  const echartsBytes = (l: LoadSample) =>
    l.jsBeforeLoad.files.filter((f) => f.echarts).reduce((sum, f) => sum + f.gzip, 0);
  return {
    htmlGzipBytes: c.html?.gzipBytes ?? null,
    htmlRawBytes: c.html?.rawBytes ?? null,
    jsBeforeLoadGzipBytes: pick((l) => l.jsBeforeLoad.gzipBytes),
    jsBeforeLoadRawBytes: pick((l) => l.jsBeforeLoad.rawBytes),
    jsBeforeLoadEchartsGzipBytes: pick(echartsBytes),
    totalJsGzipBytes: pick((l) => l.totalJs.gzipBytes),
    totalJsRawBytes: pick((l) => l.totalJs.rawBytes),
    firstContentfulPaintMs: ms(pick((l) => l.firstContentfulPaintMs)),
    firstChartVisibleMs: ms(pick((l) => l.firstChartVisibleMs)),
    firstChartMs: ms(pick((l) => l.firstChartMs)),
    allAboveFoldMs: ms(pick((l) => l.allAboveFoldMs)),
    loadEventMs: ms(pick((l) => l.loadEventMs)),
    filterP50Ms: ms(c.filter?.p50 ?? null),
    filterP95Ms: ms(c.filter?.p95 ?? null),
    exportPngMs: ms(c.exports?.medians.png ?? null),
    exportSvgMs: ms(c.exports?.medians.svg ?? null),
    exportCsvMs: ms(c.exports?.medians.csv ?? null),
    longTasksOver50Ms: {
      load: pick((l) => l.longTasksLoad),
      filter: c.filter?.longTasks ?? null,
    },
    lighthouseMobile: lh('mobile'),
    lighthouseDesktop: lh('desktop'),
    samples: {
      load: c.loads.map((l) => ({
        firstContentfulPaintMs: ms(l.firstContentfulPaintMs),
        firstChartVisibleMs: ms(l.firstChartVisibleMs),
        firstChartVisibleAs: l.firstChartVisibleAs,
        firstChartMs: ms(l.firstChartMs),
        allAboveFoldMs: ms(l.allAboveFoldMs),
        loadEventMs: ms(l.loadEventMs),
        aboveFoldCharts: l.aboveFoldCharts,
        charts: l.charts,
        longTasksLoad: l.longTasksLoad,
        jsBeforeLoadGzipBytes: l.jsBeforeLoad.gzipBytes,
        jsBeforeLoadRawBytes: l.jsBeforeLoad.rawBytes,
        jsBeforeLoadEchartsFiles: l.jsBeforeLoad.echartsFiles,
        totalJsGzipBytes: l.totalJs.gzipBytes,
        totalJsRawBytes: l.totalJs.rawBytes,
      })),
      jsBeforeLoadFiles: first?.jsBeforeLoad.files.map((f) => ({ ...f, url: path(f.url) })) ?? [],
      totalJsFiles: first?.totalJs.files.map((f) => ({ ...f, url: path(f.url) })) ?? [],
      filter: c.filter && {
        ms: c.filter.samples.map(ms),
        steps: c.filter.steps,
        unsettled: c.filter.failures,
      },
      export: c.exports && {
        png: c.exports.samples.png.map(ms),
        svg: c.exports.samples.svg.map(ms),
        csv: c.exports.samples.csv.map(ms),
      },
    },
    pageErrors: [
      ...new Set([
        ...c.loads.flatMap((l) => l.pageErrors),
        ...(c.filter?.pageErrors ?? []),
        ...(c.exports?.pageErrors ?? []),
      ]),
    ],
  };
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const errors: string[] = [];
  const loadAtStart = loadavg();
  log(`options: ${JSON.stringify(opts)}`);
  if (!opts.skipBuild) {
    await npmRun('build');
    await npmRun('build:baseline');
  }
  await attempt('baseline check', () => Promise.resolve(verifyBaseline()), errors);

  const collected: Record<BuildName, Collected> = {
    ours: {
      html: null,
      loads: [],
      filter: null,
      exports: null,
      lighthouse: { mobile: [], desktop: [] },
    },
    baseline: {
      html: null,
      loads: [],
      filter: null,
      exports: null,
      lighthouse: { mobile: [], desktop: [] },
    },
  };
  const echarts: Partial<Record<BuildName, EchartsIndex>> = {};
  for (const b of BUILDS) echarts[b.name] = echartsIndex(b.dir);
  const servers: Partial<Record<BuildName, Server>> = {};
  let chromium: string | undefined;
  try {
    for (const [i, b] of BUILDS.entries()) {
      servers[b.name] = await startServer(b.dir, opts.port + i);
    }
    const url = (name: BuildName) => servers[name]?.url ?? '';
    for (const { name } of BUILDS) {
      collected[name].html = await attempt(
        `${name} HTML of /`,
        () => servedSize(url(name)),
        errors,
      );
    }
    const browser = await launchBrowser();
    chromium = browser.version();
    log(`Chromium ${chromium}`);
    try {
      // Interleaved, so a slow spell of this machine hits both builds alike.
      for (let i = 0; i < opts.runs; i += 1) {
        for (const { name } of BUILDS) {
          const s = await attempt(
            `${name} load ${i + 1}`,
            () => measureLoad(browser, url(name), PAGE_PATH[name], echarts[name] ?? noIndex),
            errors,
          );
          if (!s) continue;
          collected[name].loads.push(s);
          log(
            `${name} load ${i + 1}/${opts.runs}: chart visible ${s.firstChartVisibleMs?.toFixed(0)} ms (${s.firstChartVisibleAs ?? '–'}), first live ${s.firstChartMs?.toFixed(0)} ms, load event ${s.loadEventMs?.toFixed(0)} ms, JS before load ${(s.jsBeforeLoad.gzipBytes / 1024).toFixed(1)} kB gz (ECharts files: ${s.jsBeforeLoad.echartsFiles.length}), total ${(s.totalJs.gzipBytes / 1024).toFixed(1)} kB gz`,
          );
        }
      }
      for (const { name } of BUILDS) {
        log(`${name}: filter session (${opts.filterChanges} changes)`);
        const f = await attempt(
          `${name} filter`,
          () => measureFilter(browser, url(name), PAGE_PATH[name], opts.filterChanges),
          errors,
        );
        collected[name].filter = f;
        f?.failures.forEach((reason) => errors.push(`${name} filter change unsettled: ${reason}`));
      }
      for (const { name } of BUILDS) {
        log(`${name}: exports`);
        const e = await attempt(
          `${name} export`,
          () => measureExports(browser, url(name), PAGE_PATH[name], opts.exportRuns),
          errors,
        );
        collected[name].exports = e;
        e?.failures.forEach((reason) => errors.push(`${name} export: ${reason}`));
      }
    } finally {
      await browser.close();
    }

    if (!opts.skipLighthouse) {
      for (let i = 0; i < opts.lighthouseRuns; i += 1) {
        for (const ff of ['mobile', 'desktop'] as const) {
          for (const { name } of BUILDS) {
            const run = await attempt(
              `${name} lighthouse ${ff}`,
              () => lighthouseOnce(new URL(PAGE_PATH[name], url(name)).href, ff),
              errors,
            );
            if (!run) continue;
            collected[name].lighthouse[ff].push(run);
            log(
              `${name} lighthouse ${ff} ${i + 1}/${opts.lighthouseRuns}: score ${run.score ?? '–'}`,
            );
          }
        }
      }
    }
  } finally {
    for (const s of Object.values(servers)) await s.stop();
  }

  let scale: ScaleResult[] | null = null;
  if (!opts.skipScale) {
    const browser = await launchBrowser();
    try {
      scale = await attempt(
        'scale',
        () =>
          runScale(browser, {
            sizes: opts.scaleSizes,
            port: opts.port,
            loads: Math.min(3, opts.runs),
            filterChanges: 30,
          }),
        errors,
      );
    } finally {
      await browser.close();
    }
  }

  const ours = figures(collected.ours);
  const baseline = figures(collected.baseline);
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const { json, md } = await writeReport({
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: machineInfo(chromium ?? 'unknown', loadAtStart),
    options: { ...opts, lighthouse: pkg.devDependencies?.lighthouse ?? 'unknown' },
    method: {
      url: `ours ${PAGE_PATH.ours}, baseline ${PAGE_PATH.baseline}; viewport 1280×800, fresh browser context (cold cache) per load`,
      serving:
        'bench/serve.ts: static files gzip-compressed (zlib level 6) when accepted, SPA fallback; gzip sizes are the bodies as sent',
      firstChartVisible:
        'later of FCP and the first animation frame with a visible [data-chart-ready="static"|"true"] box holding a drawn SVG/canvas in the viewport',
      jsBeforeLoad:
        'scripts of the page and its workers whose fetch started before loadEventStart; ECharts = chunks with echarts/zrender modules (bundle report)',
      filter:
        'UI-driven (Region combobox by code, From/To selects); page time from the input event to the first frame with every chart in view ready',
      export:
        'firearm-seizures panel, PNG 2×, SVG, CSV; Node time from click to the download event',
    },
    ...ours,
    baseline,
    ratios: ratios(ours, baseline),
    targets: TARGETS,
    scale,
    errors,
  });
  log(`wrote ${json} and ${md}`);
  process.stdout.write(readFileSync(md, 'utf8'));
  if (errors.length > 0) log(`${errors.length} problem(s); see the end of ${md}`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
