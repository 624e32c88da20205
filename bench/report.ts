import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { LighthouseSummary } from './lighthouse.ts';
import type { ScaleResult } from './scale.ts';
import { RATIO_TARGETS, SCALE_FILTER_P95_TARGET_MS, TARGETS, meets } from './targets.ts';
import { ROOT, round } from './util.ts';

/** The figures of one build (medians unless the name says otherwise). */
export interface Figures {
  /** The HTML of `/` as served (gzip) and decoded. */
  htmlGzipBytes: number | null;
  htmlRawBytes: number | null;
  jsBeforeLoadGzipBytes: number | null;
  jsBeforeLoadRawBytes: number | null;
  /** Gzip bytes of files with ECharts code among the JS before load (0: none). */
  jsBeforeLoadEchartsGzipBytes: number | null;
  totalJsGzipBytes: number | null;
  totalJsRawBytes: number | null;
  firstContentfulPaintMs: number | null;
  firstChartVisibleMs: number | null;
  /** First live chart. */
  firstChartMs: number | null;
  allAboveFoldMs: number | null;
  loadEventMs: number | null;
  filterP50Ms: number | null;
  filterP95Ms: number | null;
  exportPngMs: number | null;
  exportSvgMs: number | null;
  exportCsvMs: number | null;
  longTasksOver50Ms: { load: number | null; filter: number | null };
  lighthouseMobile: LighthouseSummary | null;
  lighthouseDesktop: LighthouseSummary | null;
}

export interface BuildFigures extends Figures {
  /** Raw samples behind every median, and what each filter change was. */
  samples: Record<string, unknown>;
  pageErrors: string[];
}

export interface Machine {
  os: string;
  cpuModel: string;
  cpuCount: number;
  totalMemoryBytes: number;
  node: string;
  chromium: string;
  /** 1/5/15-minute load averages at the start and the end: other work on the machine skews times. */
  loadAverage: { start: number[]; end: number[] };
}

export interface Report extends BuildFigures {
  date: string;
  commit: string;
  machine: Machine;
  options: Record<string, unknown>;
  method: Record<string, string>;
  baseline: BuildFigures;
  ratios: Record<string, number | null>;
  targets: typeof TARGETS;
  scale: ScaleResult[] | null;
  errors: string[];
}

export function machineInfo(chromium: string, loadAtStart: number[]): Machine {
  const cpu = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cpuCount: cpu.length,
    totalMemoryBytes: totalmem(),
    node: process.version,
    chromium,
    loadAverage: {
      start: loadAtStart.map((l) => round(l, 2) ?? 0),
      end: loadavg().map((l) => round(l, 2) ?? 0),
    },
  };
}

export function gitCommit(): string {
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    const dirty = run(['status', '--porcelain', '--', 'src', 'public', 'index.html']).trim() !== '';
    return `${run(['rev-parse', '--short', 'HEAD']).trim()}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

const FLAT_KEYS = [
  'htmlGzipBytes',
  'htmlRawBytes',
  'jsBeforeLoadGzipBytes',
  'jsBeforeLoadRawBytes',
  'jsBeforeLoadEchartsGzipBytes',
  'totalJsGzipBytes',
  'totalJsRawBytes',
  'firstContentfulPaintMs',
  'firstChartVisibleMs',
  'firstChartMs',
  'allAboveFoldMs',
  'loadEventMs',
  'filterP50Ms',
  'filterP95Ms',
  'exportPngMs',
  'exportSvgMs',
  'exportCsvMs',
] as const;

/** Every numeric figure, by dotted path ('lighthouseMobile.score'). */
function numericLeaves(figures: Figures): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const key of FLAT_KEYS) out[key] = figures[key];
  out['longTasksOver50Ms.load'] = figures.longTasksOver50Ms.load;
  out['longTasksOver50Ms.filter'] = figures.longTasksOver50Ms.filter;
  for (const name of ['lighthouseMobile', 'lighthouseDesktop'] as const) {
    const lh = figures[name];
    out[`${name}.score`] = lh?.score ?? null;
    out[`${name}.lcpMs`] = lh?.lcpMs ?? null;
    out[`${name}.tbtMs`] = lh?.tbtMs ?? null;
    out[`${name}.cls`] = lh?.cls ?? null;
  }
  return out;
}

export function ratios(ours: Figures, baseline: Figures): Record<string, number | null> {
  const a = numericLeaves(ours);
  const b = numericLeaves(baseline);
  return Object.fromEntries(
    Object.entries(a).map(([key, value]) => {
      const base = b[key] ?? null;
      return [key, value === null || base === null || base === 0 ? null : round(value / base, 3)];
    }),
  );
}

const ROWS: { key: string; label: string; unit: 'bytes' | 'ms' | 'count' | 'score' | 'cls' }[] = [
  { key: 'firstChartVisibleMs', label: 'First chart visible (static or live)', unit: 'ms' },
  { key: 'firstContentfulPaintMs', label: 'First contentful paint', unit: 'ms' },
  { key: 'loadEventMs', label: 'Load event', unit: 'ms' },
  { key: 'firstChartMs', label: 'First live chart', unit: 'ms' },
  { key: 'allAboveFoldMs', label: 'All above-fold charts live', unit: 'ms' },
  { key: 'jsBeforeLoadGzipBytes', label: 'JS before load, gzip', unit: 'bytes' },
  { key: 'jsBeforeLoadRawBytes', label: 'JS before load, raw', unit: 'bytes' },
  { key: 'jsBeforeLoadEchartsGzipBytes', label: 'ECharts code before load, gzip', unit: 'bytes' },
  { key: 'totalJsGzipBytes', label: 'Total JS, gzip', unit: 'bytes' },
  { key: 'totalJsRawBytes', label: 'Total JS, raw', unit: 'bytes' },
  { key: 'htmlGzipBytes', label: 'HTML of /, gzip', unit: 'bytes' },
  { key: 'htmlRawBytes', label: 'HTML of /, raw', unit: 'bytes' },
  { key: 'filterP50Ms', label: 'Filter change, p50', unit: 'ms' },
  { key: 'filterP95Ms', label: 'Filter change, p95', unit: 'ms' },
  { key: 'exportPngMs', label: 'Export PNG 2×', unit: 'ms' },
  { key: 'exportSvgMs', label: 'Export SVG', unit: 'ms' },
  { key: 'exportCsvMs', label: 'Export CSV', unit: 'ms' },
  { key: 'longTasksOver50Ms.load', label: 'Long tasks > 50 ms, load', unit: 'count' },
  { key: 'longTasksOver50Ms.filter', label: 'Long tasks > 50 ms, filter session', unit: 'count' },
  { key: 'lighthouseMobile.score', label: 'Lighthouse mobile, performance', unit: 'score' },
  { key: 'lighthouseMobile.lcpMs', label: 'Lighthouse mobile, LCP', unit: 'ms' },
  { key: 'lighthouseMobile.tbtMs', label: 'Lighthouse mobile, TBT', unit: 'ms' },
  { key: 'lighthouseMobile.cls', label: 'Lighthouse mobile, CLS', unit: 'cls' },
  { key: 'lighthouseDesktop.score', label: 'Lighthouse desktop, performance', unit: 'score' },
  { key: 'lighthouseDesktop.lcpMs', label: 'Lighthouse desktop, LCP', unit: 'ms' },
  { key: 'lighthouseDesktop.tbtMs', label: 'Lighthouse desktop, TBT', unit: 'ms' },
  { key: 'lighthouseDesktop.cls', label: 'Lighthouse desktop, CLS', unit: 'cls' },
];

function show(value: number | null | undefined, unit: (typeof ROWS)[number]['unit']): string {
  if (value === null || value === undefined) return '–';
  switch (unit) {
    case 'bytes':
      // KiB, like the byte budget (scripts/budgets.ts) and the issue's "230 KB".
      return `${(value / 1024).toFixed(1)} kB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'cls':
      return value.toFixed(3);
    default:
      return String(Math.round(value));
  }
}

/** Two decimals, three below 0.1 (so 2 kB against 520 kB does not read as 0.00), none from 100. */
function showRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '–';
  return ratio.toFixed(ratio >= 100 ? 0 : ratio < 0.1 ? 3 : 2);
}

function markdown(report: Report): string {
  const ours = numericLeaves(report);
  const base = numericLeaves(report.baseline);
  const m = report.machine;
  const lines = [
    '# Benchmark results',
    '',
    `- Date: ${report.date}`,
    `- Commit: ${report.commit}`,
    `- Machine: ${m.cpuModel} × ${m.cpuCount}, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.os}`,
    `- Node ${m.node}, Chromium ${m.chromium}`,
    `- Load average (1/5/15 min): ${m.loadAverage.start.join(' / ')} at the start, ${m.loadAverage.end.join(' / ')} at the end (${m.cpuCount} CPUs)`,
    `- Options: ${JSON.stringify(report.options)}`,
    '',
    '"ours" is `dist/` (`npm run build`, prerendered), opened at `/en/`; "baseline" is `dist-baseline/`',
    '(`npm run build:baseline`: not prerendered, the full `echarts` package), opened at `/?lang=en`. Both are',
    'served gzip-compressed (zlib level 6) by bench/serve.ts; gzip sizes are the bodies as sent. Medians of the',
    'runs; ratio = ours / baseline. See bench/README.md.',
    '',
    '| metric | ours | baseline | ratio | target | meets? |',
    '| --- | --- | --- | --- | --- | --- |',
    ...ROWS.map(({ key, label, unit }) => {
      const target = TARGETS[key];
      const ok = meets(ours[key] ?? null, target);
      const ratio = report.ratios[key];
      return `| ${label} | ${show(ours[key], unit)} | ${show(base[key], unit)} | ${showRatio(
        ratio,
      )} | ${target ? `${target.op === '<=' ? '≤' : '≥'} ${show(target.value, unit)}` : '–'} | ${
        ok === null ? '–' : ok ? 'yes' : 'no'
      } |`;
    }),
  ];
  lines.push(
    '',
    'Targets:',
    '',
    ...Object.entries(TARGETS).map(
      ([key, t]) => `- ${ROWS.find((r) => r.key === key)?.label ?? key}: ${t.source}`,
    ),
  );
  for (const [key, target] of Object.entries(RATIO_TARGETS)) {
    const ratio = report.ratios[key] ?? null;
    const ok = meets(ratio, target);
    lines.push(
      '',
      `Ratio target: ${target.source}: ${showRatio(ratio)} (${ok === null ? '–' : ok ? 'meets' : 'does not meet'}).`,
    );
  }
  if (report.scale) {
    lines.push(
      '',
      '## Scale (synthetic dataset)',
      '',
      `Target: filter p95 ≤ ${SCALE_FILTER_P95_TARGET_MS} ms at 1,000,000 observations.`,
      '',
      '| observations | dataset | load + validate | first chart | filter p95 | long tasks load / filter | notes |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...report.scale.map(
        (s) =>
          `| ${s.observations.toLocaleString('en')} | ${(s.datasetBytes / 1e6).toFixed(1)} MB | ${show(s.loadAndValidateMs, 'ms')} | ${show(s.firstChartMs, 'ms')} | ${show(s.filterP95Ms, 'ms')} | ${s.longTasksOver50Ms.load ?? '–'} / ${s.longTasksOver50Ms.filter ?? '–'} | ${s.notes.join('; ').replaceAll('|', '\\|') || '–'} |`,
      ),
    );
  }
  const problems = [
    ...report.errors,
    ...report.pageErrors.map((e) => `ours: ${e}`),
    ...report.baseline.pageErrors.map((e) => `baseline: ${e}`),
  ];
  if (problems.length > 0) {
    lines.push('', '## Problems during the run', '', ...problems.map((p) => `- ${p}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Written as Prettier would, so the tracked results pass the repo's `prettier --check .`. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...options, filepath: file }));
}

export async function writeReport(report: Report): Promise<{ json: string; md: string }> {
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'latest.json');
  const md = path.join(dir, 'latest.md');
  await writeFormatted(json, JSON.stringify(report, null, 2));
  await writeFormatted(md, markdown(report));
  return { json, md };
}
