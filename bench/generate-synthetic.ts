/**
 * Synthetic data at scale, in the same contract as public/data (src/data/schema.ts): about 100
 * county-level divisions under the 12 real leagues/cities × 30 years (1994–2023) × as many
 * indicators as the requested observation count needs (the last indicator may cover fewer
 * counties, so the count is exact). Deterministic (seeded PRNG), so runs compare like with like.
 *
 *   tsx bench/generate-synthetic.ts <out dir> <observations> [--from dist] [--check]
 *
 * writes a copy of the built app (default dist/) whose data/ has regions.json (real regions +
 * synthetic counties), manifest.json (real entries + `synthetic`) and datasets/synthetic.json.
 */
import {
  closeSync,
  cpSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { Dataset, Manifest, ManifestEntry, Region, RegionsFile } from '../src/data/schema.ts';
import {
  describeProblems,
  validateDataset,
  validateManifest,
  validateRegions,
} from '../src/data/worker/validate.ts';
import { DIST } from './build.ts';
import { ROOT, log } from './util.ts';

export const SYNTHETIC_ID = 'synthetic';
export const FIRST_YEAR = 1994;
export const LAST_YEAR = 2023;
const COUNTIES = 100;
const TOPIC = 'public-services';

/** mulberry32: tiny, fast and good enough to make values look irregular. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Synthetic counties: codes <league prefix>60, 61, … (unused by real divisions), spread evenly. */
export function syntheticCounties(real: readonly Region[], count = COUNTIES): Region[] {
  const leagues = real.filter((r) => r.level === 'prefecture');
  const taken = new Set(real.map((r) => r.code));
  const counties: Region[] = [];
  for (let i = 0; counties.length < count; i += 1) {
    const league = leagues[i % leagues.length];
    if (!league) throw new Error('regions.json has no prefecture-level regions');
    const code = `${league.code.slice(0, 4)}${60 + Math.floor(i / leagues.length)}`;
    if (taken.has(code)) continue;
    taken.add(code);
    counties.push({
      code,
      name: { zh: `合成县${code}`, en: `Synthetic county ${code}` },
      parent: league.code,
      level: 'county',
    });
  }
  return counties;
}

type DatasetHead = Omit<Dataset, 'observations'>;

export function datasetHead(indicators: number): DatasetHead {
  return {
    id: SYNTHETIC_ID,
    title: { zh: '合成数据集', en: 'Synthetic dataset' },
    description: {
      zh: '基准测试用的合成数据，非真实统计。',
      en: 'Synthetic figures for benchmarks, not real statistics.',
    },
    topic: TOPIC,
    sources: [
      {
        id: 'synthetic',
        publication: { zh: '合成数据', en: 'Synthetic data' },
        date: '2024',
        headline: { zh: '基准测试用合成数据', en: 'Synthetic data for benchmarks' },
      },
    ],
    indicators: Array.from({ length: indicators }, (_, k) => ({
      id: `ind-${String(k + 1).padStart(3, '0')}`,
      name: { zh: `合成指标${k + 1}`, en: `Synthetic indicator ${k + 1}` },
      unit: { zh: '单位', en: 'units' },
      kind: 'amount' as const,
      better: 'neutral' as const,
      decimals: 1,
    })),
  };
}

export interface SyntheticSite {
  dir: string;
  observations: number;
  indicators: number;
  counties: number;
  datasetBytes: number;
}

/** Writes the copy of `from` with synthetic data into `outDir` (replaced if it exists). */
export function generateSyntheticSite(
  outDir: string,
  observations: number,
  { from = DIST, seed = 20240101 }: { from?: string; seed?: number } = {},
): SyntheticSite {
  if (!existsSync(path.join(from, 'index.html'))) throw new Error(`${from} is not a built app`);
  rmSync(outDir, { recursive: true, force: true });
  cpSync(from, outDir, { recursive: true });
  const data = path.join(outDir, 'data');
  const regionsFile = readJson<RegionsFile>(path.join(ROOT, 'public/data/regions.json'));
  const manifest = readJson<Manifest>(path.join(ROOT, 'public/data/manifest.json'));
  const counties = syntheticCounties(regionsFile.regions);
  writeFileSync(
    path.join(data, 'regions.json'),
    `${JSON.stringify({ ...regionsFile, regions: [...regionsFile.regions, ...counties] }, null, 2)}\n`,
  );
  const entry: ManifestEntry = {
    id: SYNTHETIC_ID,
    file: `datasets/${SYNTHETIC_ID}.json`,
    topic: TOPIC,
    title: { zh: '合成数据集', en: 'Synthetic dataset' },
  };
  const datasets = [...manifest.datasets.filter((d) => d.id !== SYNTHETIC_ID), entry];
  writeFileSync(
    path.join(data, 'manifest.json'),
    `${JSON.stringify({ ...manifest, datasets }, null, 2)}\n`,
  );

  const years = LAST_YEAR - FIRST_YEAR + 1;
  const perIndicator = counties.length * years;
  const indicators = Math.ceil(observations / perIndicator);
  const head = datasetHead(indicators);
  const random = prng(seed);
  const file = path.join(data, 'datasets', `${SYNTHETIC_ID}.json`);
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (s: string) => {
    bytes += writeSync(fd, s);
  };
  try {
    // Streamed: the 1M file is ~130 MB, which one JSON.stringify would hold twice in memory.
    write(`${JSON.stringify(head).slice(0, -1)},"observations":[\n`);
    let chunk: string[] = [];
    for (let n = 0; n < observations; n += 1) {
      const ind = head.indicators[Math.floor(n / perIndicator)]?.id ?? 'ind-001';
      const county = counties[Math.floor((n % perIndicator) / years)]?.code ?? '';
      const year = FIRST_YEAR + (n % years);
      const value = Math.round(random() * 10_000) / 10;
      chunk.push(
        JSON.stringify({
          indicator: ind,
          region: county,
          year,
          value,
          quote: `Synthetic value ${value} for ${county} in ${year}.`,
          source: 'synthetic',
        }),
      );
      if (chunk.length === 10_000 || n === observations - 1) {
        write(`${chunk.join(',\n')}${n === observations - 1 ? '\n' : ',\n'}`);
        chunk = [];
      }
    }
    write(']}\n');
  } finally {
    closeSync(fd);
  }
  return { dir: outDir, observations, indicators, counties: counties.length, datasetBytes: bytes };
}

/** Validates the generated files with the app's own validators; throws with their messages. */
export function checkSyntheticSite(dir: string): void {
  const data = path.join(dir, 'data');
  const regions = validateRegions(readJson<unknown>(path.join(data, 'regions.json')));
  if (!regions.ok) throw new Error(describeProblems('regions.json', regions.problems));
  const manifest = validateManifest(readJson<unknown>(path.join(data, 'manifest.json')));
  if (!manifest.ok) throw new Error(describeProblems('manifest.json', manifest.problems));
  const codes = new Set(regions.value.regions.map((r) => r.code));
  for (const entry of manifest.value.datasets) {
    const result = validateDataset(readJson<unknown>(path.join(data, entry.file)), codes, entry.id);
    if (!result.ok) throw new Error(describeProblems(entry.file, result.problems));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const [outDir, count] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const fromIndex = process.argv.indexOf('--from');
  if (!outDir || !count || !Number.isInteger(Number(count)) || Number(count) < 1) {
    console.error(
      'usage: tsx bench/generate-synthetic.ts <out dir> <observations> [--from dist] [--check]',
    );
    process.exit(2);
  }
  const from = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
  const site = generateSyntheticSite(path.resolve(outDir), Number(count), from ? { from } : {});
  log(
    `wrote ${site.dir}: ${site.observations} observations, ${site.indicators} indicators, ${site.counties} synthetic counties, dataset ${(site.datasetBytes / 1e6).toFixed(1)} MB`,
  );
  if (process.argv.includes('--check')) {
    checkSyntheticSite(site.dir);
    log('validateRegions, validateManifest and validateDataset: ok');
  }
}
