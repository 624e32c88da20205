/**
 * The figure search in Node: how long building the index takes over the bundled datasets, and
 * with a synthetic 1M-observation dataset added (which contributes its indicators and regions,
 * src/data/search-index.ts LARGE_DATASET); the median time of a search over the ranking
 * table's queries. Reports medians; asserts nothing.
 *
 *   npx tsx bench/search.ts [--runs 7]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, Observation, RegionsFile } from '../src/data/schema.ts';
import { createFigureSearch } from '../src/data/worker/search-index.ts';
import { syntheticCounties } from './generate-synthetic.ts';
import { ROOT } from './util.ts';

const QUERIES = [
  '雷管',
  '婴儿死亡率',
  'detonators',
  'infant mortality',
  '834',
  '22.7万',
  '227,000',
  '莫旗',
  'Wuchuan',
  'leiguan',
  '呼和浩特 家庭医生',
  'detnators',
];

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const dataDir = path.join(ROOT, 'public/data');
const datasets = readdirSync(path.join(dataDir, 'datasets')).map((f) =>
  readJson<Dataset>(path.join(dataDir, 'datasets', f)),
);
const realRegions = readJson<RegionsFile>(path.join(dataDir, 'regions.json')).regions;

/** 1,000,200 observations: 334 indicators × 100 synthetic counties × 30 years. */
const synthetic = (): { dataset: Dataset; regions: typeof realRegions } => {
  const counties = syntheticCounties(realRegions);
  const indicators = Array.from({ length: 334 }, (_, k) => ({
    id: `ind-${k + 1}`,
    name: { zh: `合成指标${k + 1}`, en: `Synthetic indicator ${k + 1}` },
    unit: { zh: '单位', en: 'units' },
    kind: 'amount' as const,
    better: 'neutral' as const,
    decimals: 1,
  }));
  const observations: Observation[] = [];
  for (const ind of indicators)
    for (const county of counties)
      for (let year = 1994; year <= 2023; year += 1)
        observations.push({
          indicator: ind.id,
          region: county.code,
          year,
          value: (year * 7 + observations.length) % 1000,
          quote: `合成数据 ${ind.name.zh} ${county.name.zh} ${year}`,
          source: 'synthetic',
        });
  return {
    regions: [...realRegions, ...counties],
    dataset: {
      id: 'synthetic',
      title: { zh: '合成数据集', en: 'Synthetic dataset' },
      description: { zh: '合成', en: 'Synthetic' },
      topic: 'public-services',
      sources: [
        {
          id: 'synthetic',
          publication: { zh: '合成数据', en: 'Synthetic data' },
          date: '2024',
          headline: { zh: '合成数据', en: 'Synthetic data' },
        },
      ],
      indicators,
      observations,
    },
  };
};

// Warm the JIT and the pinyin dictionary once, as the worker's first search would.
createFigureSearch(datasets, realRegions);

const builds = Array.from({ length: RUNS }, () =>
  time(() => createFigureSearch(datasets, realRegions)),
);
const index = createFigureSearch(datasets, realRegions);
const searches = QUERIES.flatMap((q) =>
  Array.from({ length: RUNS * 5 }, () => time(() => index.search(q))),
);

const big = synthetic();
const withBig = [...datasets, big.dataset];
const bigBuilds = Array.from({ length: Math.max(3, Math.ceil(RUNS / 2)) }, () =>
  time(() => createFigureSearch(withBig, big.regions)),
);
const bigIndex = createFigureSearch(withBig, big.regions);
const bigSearches = QUERIES.flatMap((q) =>
  Array.from({ length: RUNS }, () => time(() => bigIndex.search(q))),
);

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
console.log(`| index | figures indexed | build (median of ${builds.length}) | search (median) |`);
console.log('| --- | --- | --- | --- |');
console.log(
  `| bundled datasets | ${index.size} | ${ms(median(builds))} | ${ms(median(searches))} |`,
);
console.log(
  `| + synthetic 1,000,200 observations | ${bigIndex.size} | ${ms(median(bigBuilds))} | ${ms(median(bigSearches))} |`,
);
console.log(
  `synthetic hits: "合成指标12" -> ${bigIndex.search('合成指标12')[0]?.indicator.id}; "Synthetic county" -> ${bigIndex.search('Synthetic county 150160')[0]?.observation.region}`,
);
