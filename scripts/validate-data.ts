/**
 * `npm run validate:data`: checks every file in public/data with the same code the app uses,
 * prints the same messages the UI shows, and exits non-zero on any problem.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeProblems,
  validateDataset,
  validateManifest,
  validateRegions,
} from '../src/data/worker/validate.ts';
import type { Problem } from '../src/data/data-error.ts';
import type { Dataset } from '../src/data/schema.ts';
import { checkObservation } from '../src/data/article-check.ts';
import { coverageProblems } from '../src/data/article-check-coverage.ts';
import { glossaryProblems } from '../src/data/glossary-check.ts';
import type { ArticleName } from '../src/data/article-check-coverage.ts';
import { validateDescriptor } from '../src/data/worker/parquet-dataset.ts';
import { checkParquet } from '../src/data/worker/parquet-validate.ts';
import { sqlString } from '../src/data/worker/sql-engine.ts';
import { openNodeEngine } from './duckdb-node.ts';
import { jsonSchemas, SCHEMA_DIR, serialize } from './json-schemas.ts';

const DATA = process.argv[2] ?? 'public/data';
let failures = 0;
const report = (file: string, problems: readonly Problem[]) => {
  if (problems.length === 0) return;
  failures += 1;
  console.error(describeProblems(file, problems, 10));
};

const readJson = (file: string): { ok: true; json: unknown } | { ok: false; problem: Problem } => {
  const path = join(DATA, file);
  if (!existsSync(path)) return { ok: false, problem: { path: '$', message: 'file not found' } };
  try {
    return { ok: true, json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: { path: '$', message: `is not valid JSON: ${(error as Error).message}` },
    };
  }
};

const load = <T>(
  file: string,
  validate: (json: unknown) => { ok: true; value: T } | { ok: false; problems: Problem[] },
) => {
  const read = readJson(file);
  if (!read.ok) return report(file, [read.problem]);
  const result = validate(read.json);
  if (!result.ok) return report(file, result.problems);
  return result.value;
};

const regions = load('regions.json', validateRegions);
const manifest = load('manifest.json', validateManifest);
const codes = new Set(regions?.regions.map((r) => r.code));
let observations = 0;
const datasets: { file: string; dataset: Dataset }[] = [];

const parquetFiles = new Set<string>();
for (const entry of manifest?.datasets ?? []) {
  if (entry.format === 'parquet') {
    // The descriptor with zod, then the rows with the SQL the data worker runs at open.
    const descriptor = load(entry.file, (json) => validateDescriptor(json, codes, entry.id));
    if (!descriptor) continue;
    descriptor.files.forEach((f) => parquetFiles.add(f));
    const missing = descriptor.files.filter((f) => !existsSync(join(DATA, f)));
    if (missing.length > 0) {
      missing.forEach((f) => report(f, [{ path: '$', message: 'file not found' }]));
      continue;
    }
    const engine = await openNodeEngine();
    try {
      await engine.query(`SET file_search_path = ${sqlString(DATA)}`);
      const check = await checkParquet(engine, descriptor.files, descriptor, codes);
      if (check.ok) observations += check.stats.rows;
      else
        for (const file of new Set(check.problems.map((p) => p.file)))
          report(
            file,
            check.problems.filter((p) => p.file === file),
          );
    } catch (error) {
      report(descriptor.files[0] ?? entry.file, [
        { path: '$', message: `is not a readable Parquet file (${String(error)})` },
      ]);
    } finally {
      engine.close();
    }
    continue;
  }
  const dataset = load(entry.file, (json) => validateDataset(json, codes, entry.id));
  if (dataset && dataset.topic !== entry.topic) {
    report(entry.file, [
      { path: '$.topic', message: `is "${dataset.topic}" but the manifest says "${entry.topic}"` },
    ]);
  }
  observations += dataset?.observations.length ?? 0;
  if (dataset) datasets.push({ file: entry.file, dataset });
}

const listed = new Set(manifest?.datasets.map((d) => d.file));
for (const file of readdirSync(join(DATA, 'datasets'))) {
  const unlisted = file.endsWith('.parquet')
    ? !parquetFiles.has(`datasets/${file}`)
    : file.endsWith('.json') && !listed.has(`datasets/${file}`);
  if (unlisted) {
    report(`datasets/${file}`, [
      { path: '$', message: 'is not listed in manifest.json, so the app never loads it' },
    ]);
  }
}

for (const file of readdirSync(join(DATA, 'geo')).filter((f) => f.endsWith('.json'))) {
  const read = readJson(`geo/${file}`);
  if (!read.ok) {
    report(`geo/${file}`, [read.problem]);
    continue;
  }
  const features = (read.json as { features?: { id?: unknown }[] }).features ?? [];
  report(
    `geo/${file}`,
    features.flatMap((f, i) =>
      typeof f.id === 'string' && codes.has(f.id)
        ? []
        : [
            {
              path: `$.features[${i}].id`,
              message: `${String(f.id)} is not a region code in regions.json`,
            },
          ],
    ),
  );
}

// The editor schemas are generated; a stale copy would mislead whoever edits a dataset.
if (DATA === 'public/data') {
  for (const [file, schema] of Object.entries(jsonSchemas())) {
    const path = join(SCHEMA_DIR, file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== serialize(schema)) {
      report(`schema/${file}`, [{ path: '$', message: 'is out of date: run npm run schema:json' }]);
    }
  }
}

// The bundled datasets are held to their source articles: every quote is a whole clause of an
// article that names what it counts and writes the value, with an English translation; every
// number and status fact of the articles is stored or excluded with a reason.
const ARTICLES = 'tests/fixtures/articles';
let articlesChecked = 0;
if (DATA === 'public/data' && existsSync(ARTICLES)) {
  const articles = Object.fromEntries(
    readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(ARTICLES, f), 'utf8')]),
  );
  const texts = Object.values(articles);
  articlesChecked = texts.length;
  for (const { file, dataset } of datasets) {
    report(
      file,
      dataset.observations.flatMap((o, i) =>
        checkObservation(o, dataset, texts).map((message) => ({
          path: `$.observations[${i}]`,
          message,
        })),
      ),
    );
    report(file, glossaryProblems(dataset));
  }
  const all = datasets.map((d) => d.dataset);
  for (const [name, text] of Object.entries(articles)) {
    report(
      join(ARTICLES, `${name}.txt`),
      coverageProblems(name as ArticleName, text, all).map((message) => ({ path: '$', message })),
    );
  }
}

if (failures > 0) {
  console.error(`\nvalidate:data: ${failures} file(s) with problems`);
  process.exit(1);
}
console.log(
  `validate:data: ok: ${manifest?.datasets.length ?? 0} datasets, ${observations} observations, ${codes.size} regions; quotes and coverage checked against ${articlesChecked} articles`,
);
