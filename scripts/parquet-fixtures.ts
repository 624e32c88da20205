/**
 * `tsx scripts/parquet-fixtures.ts`: writes the small Parquet datasets the browser tests serve
 * (tests/fixtures/parquet/, a few kB each, committed): `parquet-sample`, valid, and
 * `parquet-broken`, whose rows break the contract in ways only the SQL checks can see (a region
 * code not in regions.json, found at open, and a duplicate key), and `parquet-duplicate`, with
 * only the duplicate (found when its indicator is first asked for). Synthetic test figures over the 12
 * real leagues/cities; never served by the app itself.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dataset, Observation } from '../src/data/schema.ts';
import { openNodeEngine } from './duckdb-node.ts';
import { copyToParquet, descriptorOf, parquetRow } from './parquet-write.ts';

export const FIXTURE_DIR = 'tests/fixtures/parquet';
const LEAGUES = [
  '150100',
  '150200',
  '150300',
  '150400',
  '150500',
  '150600',
  '150700',
  '150800',
  '150900',
  '152200',
  '152500',
  '152900',
];
const YEARS = Array.from({ length: 10 }, (_, i) => 2010 + i);

const head = (id: string): Omit<Dataset, 'observations'> => ({
  id,
  title: { zh: `测试用Parquet数据（${id}）`, en: `Parquet test data (${id})` },
  description: {
    zh: '浏览器测试用的合成数据，非真实统计。',
    en: 'Synthetic figures for browser tests, not real statistics.',
  },
  topic: 'public-services',
  sources: [
    {
      id: 'test',
      publication: { zh: '测试数据', en: 'Test data' },
      date: '2024',
      headline: { zh: '测试用合成数据', en: 'Synthetic data for tests' },
    },
  ],
  indicators: [
    {
      id: 'beds',
      name: { zh: '床位', en: 'Beds' },
      unit: { zh: '张', en: 'beds' },
      kind: 'count',
      better: 'higher',
      decimals: 0,
    },
    {
      id: 'rate',
      name: { zh: '比率', en: 'Rate' },
      unit: { zh: '‰', en: '‰' },
      kind: 'rate',
      better: 'lower',
      decimals: 1,
    },
  ],
});

const observations = (): Observation[] =>
  head('x').indicators.flatMap((ind, k) =>
    LEAGUES.flatMap((region, r) =>
      YEARS.map((year, y) => {
        const value =
          ind.kind === 'count' ? 100 * (r + 1) + 7 * y : Math.round((5 + r / 3 + y / 10) * 10) / 10;
        return {
          indicator: ind.id,
          region,
          year,
          value,
          quote: `Test figure ${value} for ${region} in ${year} (${k}).`,
          source: 'test',
        };
      }),
    ),
  );

const write = async (id: string, rows: Observation[], declaredRegions: readonly string[]) => {
  const ndjson = path.join(tmpdir(), `imde-fixture-${id}.ndjson`);
  const fd = openSync(ndjson, 'w');
  for (const o of rows) writeSync(fd, `${JSON.stringify(parquetRow(o))}\n`);
  closeSync(fd);
  const engine = await openNodeEngine();
  try {
    await copyToParquet(engine, ndjson, path.join(FIXTURE_DIR, `${id}.parquet`));
  } finally {
    engine.close();
    rmSync(ndjson, { force: true });
  }
  writeFileSync(
    path.join(FIXTURE_DIR, `${id}.json`),
    `${JSON.stringify(descriptorOf(head(id), declaredRegions, rows.length), null, 2)}\n`,
  );
};

mkdirSync(FIXTURE_DIR, { recursive: true });
await write('parquet-sample', observations(), LEAGUES);
const broken = observations();
const [a, b, c] = [broken[5], broken[6], broken[7]];
if (!a || !b || !c) throw new Error('fixture too small');
// A code that is no region, and a row with the same indicator, region and year as the next.
broken[5] = { ...a, region: '159999' };
broken[6] = { ...b, year: c.year };
await write('parquet-broken', broken, LEAGUES);
// Only the duplicate: the open passes, and the first question for its indicator finds it.
const duplicate = observations();
duplicate[6] = { ...b, year: c.year };
await write('parquet-duplicate', duplicate, LEAGUES);
console.log(
  `wrote ${FIXTURE_DIR}/parquet-sample, parquet-broken and parquet-duplicate (.parquet + .json)`,
);
