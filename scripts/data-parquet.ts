/**
 * `npm run data:parquet -- <dataset.json> [--out <dir>]`: converts a JSON dataset (validated
 * with the app's own schema first) into a Parquet file and its descriptor, written to
 * `<dir>/<id>.parquet` and `<dir>/<id>.json` (default dir: `<id>-parquet/` beside the input).
 * Copy both into public/data/datasets/ and mark the manifest entry `"format": "parquet"`.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RegionsFile } from '../src/data/schema.ts';
import { describeProblems, validateDataset } from '../src/data/worker/validate.ts';
import { checkParquet } from '../src/data/worker/parquet-validate.ts';
import { openNodeEngine } from './duckdb-node.ts';
import { copyToParquet, descriptorOf, parquetRow, unsupported } from './parquet-write.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const input = args.find((a, i) => !a.startsWith('--') && i !== outIndex + 1);
if (!input) {
  console.error('usage: npm run data:parquet -- <dataset.json> [--out <dir>]');
  process.exit(2);
}
const regionsFile = JSON.parse(readFileSync('public/data/regions.json', 'utf8')) as RegionsFile;
const codes = new Set(regionsFile.regions.map((r) => r.code));
const result = validateDataset(JSON.parse(readFileSync(input, 'utf8')) as unknown, codes);
if (!result.ok) {
  console.error(describeProblems(input, result.problems, 10));
  process.exit(1);
}
const dataset = result.value;
const refused = unsupported(dataset);
if (refused.length > 0) {
  console.error(`${input}: cannot be converted:\n${refused.map((r) => `  ${r}`).join('\n')}`);
  process.exit(1);
}
const outDir =
  outIndex >= 0
    ? (args[outIndex + 1] ?? '')
    : path.join(path.dirname(input), `${dataset.id}-parquet`);
mkdirSync(outDir, { recursive: true });
const ndjson = path.join(tmpdir(), `imde-${dataset.id}-${process.pid}.ndjson`);
const fd = openSync(ndjson, 'w');
for (const o of dataset.observations) writeSync(fd, `${JSON.stringify(parquetRow(o))}\n`);
closeSync(fd);
const out = path.join(outDir, `${dataset.id}.parquet`);
const engine = await openNodeEngine();
try {
  await copyToParquet(engine, ndjson, out);
  const { observations, $schema: _, ...head } = dataset;
  const regions = [...new Set(observations.map((o) => o.region))];
  const descriptor = descriptorOf(head, regions, observations.length);
  // The app's own check of the file just written, as the data worker will run it.
  const check = await checkParquet(engine, [out], descriptor, codes);
  if (!check.ok) throw new Error(JSON.stringify(check.problems, null, 2));
  writeFileSync(
    path.join(outDir, `${dataset.id}.json`),
    `${JSON.stringify(descriptor, null, 2)}\n`,
  );
  console.log(
    `wrote ${out} and ${path.join(outDir, `${dataset.id}.json`)}: ${observations.length} rows`,
  );
} finally {
  engine.close();
  rmSync(ndjson, { force: true });
}
