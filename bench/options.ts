/** Command-line and environment options of `npm run bench`. */

export interface BenchOptions {
  /** Page loads per build for the load figures (medians). */
  runs: number;
  /** Region/year changes in the filter session. */
  filterChanges: number;
  /** Exports per format (median). */
  exportRuns: number;
  /** Lighthouse runs per form factor and build (median). */
  lighthouseRuns: number;
  skipBuild: boolean;
  skipLighthouse: boolean;
  skipScale: boolean;
  /** Observation counts for the scale run. */
  scaleSizes: number[];
  /** Port of ours (and the scale copies); the baseline is served on the next one. */
  port: number;
}

const USAGE = `npm run bench -- [--runs N] [--filter-changes N] [--skip-build] [--skip-lighthouse] [--skip-scale] [--scale-sizes 10000,100000] [--port 4180]
Environment: BENCH_RUNS, BENCH_SKIP_BUILD=1, BENCH_SKIP_LIGHTHOUSE=1, BENCH_SKIP_SCALE=1, BENCH_PORT,
CHROMIUM_PATH (Playwright), CHROME_PATH (Lighthouse).`;

const flag = (argv: readonly string[], name: string, env: string): boolean =>
  argv.includes(`--${name}`) || ['1', 'true', 'yes'].includes(process.env[env] ?? '');

function value(argv: readonly string[], name: string, env: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3) ?? process.env[env];
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer\n${USAGE}`);
  return n;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = value(argv, 'scale-sizes', 'BENCH_SCALE_SIZES');
  return {
    runs: positiveInt(value(argv, 'runs', 'BENCH_RUNS'), 5, 'runs'),
    filterChanges: Math.max(
      30,
      positiveInt(value(argv, 'filter-changes', 'BENCH_FILTER_CHANGES'), 40, 'filter-changes'),
    ),
    exportRuns: 5,
    lighthouseRuns: 3,
    skipBuild: flag(argv, 'skip-build', 'BENCH_SKIP_BUILD'),
    skipLighthouse: flag(argv, 'skip-lighthouse', 'BENCH_SKIP_LIGHTHOUSE'),
    skipScale: flag(argv, 'skip-scale', 'BENCH_SKIP_SCALE'),
    scaleSizes: sizes
      ? sizes.split(',').map((s) => positiveInt(s.trim(), 0, 'scale-sizes'))
      : [10_000, 100_000, 1_000_000],
    port: positiveInt(value(argv, 'port', 'BENCH_PORT'), 4180, 'port'),
  };
}
