/**
 * The synthetic dataset of generate-synthetic.ts (same counties, years, indicators, seeded
 * values and quotes) published as Parquet: a copy of the built app whose manifest lists
 * `synthetic` with `"format": "parquet"`, datasets/synthetic.json its descriptor and
 * datasets/synthetic.parquet the rows, written by the same code as `npm run data:parquet`.
 *
 *   tsx bench/generate-parquet.ts <out dir> <observations> [--from dist]
 */
import { closeSync, cpSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Manifest, ManifestEntry, RegionsFile } from '../src/data/schema.ts';
import { openNodeEngine } from '../scripts/duckdb-node.ts';
import {
  copyToParquet,
  descriptorOf,
  parquetRow,
  ROW_GROUP_SIZE,
} from '../scripts/parquet-write.ts';
import { DIST } from './build.ts';
import {
  FIRST_YEAR,
  LAST_YEAR,
  SYNTHETIC_ID,
  datasetHead,
  prng,
  syntheticCounties,
} from './generate-synthetic.ts';
import { ROOT, log } from './util.ts';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * The same shape (keys, order, quote wording, one decimal) made by DuckDB itself, for sizes
 * where writing every row through JSON takes too long on a shared machine: values come from
 * DuckDB's hash of the row number rather than from the seeded PRNG of the JSON dataset.
 */
const sqlRows = (observations: number, counties: readonly string[], out: string): string => {
  const years = LAST_YEAR - FIRST_YEAR + 1;
  const per = counties.length * years;
  return (
    `COPY (SELECT printf('ind-%03d', n // ${per} + 1) AS indicator,` +
    ` [${counties.map((c) => `'${c}'`).join(', ')}][(n % ${per}) // ${years} + 1] AS region,` +
    ` (${FIRST_YEAR} + n % ${years})::INTEGER AS year,` +
    ` (hash(n) % 10001)::DOUBLE / 10 AS value,` +
    ` 'Synthetic value ' || value || ' for ' || region || ' in ' || year || '.' AS quote,` +
    ` 'synthetic' AS source, NULL::VARCHAR AS qualifier, NULL::BOOLEAN AS derived,` +
    ` NULL::VARCHAR AS formula, NULL::VARCHAR AS note_zh, NULL::VARCHAR AS note_en` +
    ` FROM range(${observations}) t(n)) TO '${out}'` +
    ` (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`
  );
};

export interface ParquetSite {
  dir: string;
  observations: number;
  /** Size of the Parquet file. */
  datasetBytes: number;
}

export async function generateParquetSite(
  outDir: string,
  observations: number,
  {
    from = DIST,
    seed = 20240101,
    sql = false,
  }: { from?: string; seed?: number; sql?: boolean } = {},
): Promise<ParquetSite> {
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
    topic: 'public-services',
    title: { zh: '合成数据集', en: 'Synthetic dataset' },
    format: 'parquet',
  };
  const datasets = [...manifest.datasets.filter((d) => d.id !== SYNTHETIC_ID), entry];
  writeFileSync(
    path.join(data, 'manifest.json'),
    `${JSON.stringify({ ...manifest, datasets }, null, 2)}\n`,
  );

  const years = LAST_YEAR - FIRST_YEAR + 1;
  const perIndicator = counties.length * years;
  const head = datasetHead(Math.ceil(observations / perIndicator));
  const file = path.join(data, 'datasets', `${SYNTHETIC_ID}.parquet`);
  const regionCodes = counties.map((c) => c.code);
  writeFileSync(
    path.join(data, 'datasets', `${SYNTHETIC_ID}.json`),
    `${JSON.stringify(descriptorOf(head, regionCodes, observations), null, 2)}\n`,
  );
  if (sql) {
    const engine = await openNodeEngine();
    try {
      await engine.query(sqlRows(observations, [...regionCodes].sort(), file));
    } finally {
      engine.close();
    }
    return { dir: outDir, observations, datasetBytes: statSync(file).size };
  }
  // The same rows, in the same order, as generate-synthetic.ts writes into its JSON.
  const random = prng(seed);
  const ndjson = path.join(outDir, 'rows.ndjson');
  const fd = openSync(ndjson, 'w');
  try {
    let chunk: string[] = [];
    for (let n = 0; n < observations; n += 1) {
      const indicator = head.indicators[Math.floor(n / perIndicator)]?.id ?? 'ind-001';
      const region = counties[Math.floor((n % perIndicator) / years)]?.code ?? '';
      const year = FIRST_YEAR + (n % years);
      const value = Math.round(random() * 10_000) / 10;
      const quote = `Synthetic value ${value} for ${region} in ${year}.`;
      chunk.push(
        JSON.stringify(parquetRow({ indicator, region, year, value, quote, source: 'synthetic' })),
      );
      if (chunk.length === 10_000 || n === observations - 1) {
        writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
  } finally {
    closeSync(fd);
  }
  const engine = await openNodeEngine();
  try {
    await copyToParquet(engine, ndjson, file);
  } finally {
    engine.close();
    rmSync(ndjson, { force: true });
  }

  return { dir: outDir, observations, datasetBytes: statSync(file).size };
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const [outDir, count] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const fromIndex = process.argv.indexOf('--from');
  if (!outDir || !count || !Number.isInteger(Number(count)) || Number(count) < 1) {
    console.error('usage: tsx bench/generate-parquet.ts <out dir> <observations> [--from dist]');
    process.exit(2);
  }
  const from = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
  const site = await generateParquetSite(path.resolve(outDir), Number(count), {
    ...(from ? { from } : {}),
    sql: process.argv.includes('--sql'),
  });
  log(
    `wrote ${site.dir}: ${site.observations} rows, ${(site.datasetBytes / 1e6).toFixed(1)} MB of Parquet`,
  );
}
