// What the Parquet test files share: the fixtures, the region list, and DuckDB's Node engine
// with a temporary folder, opened before a file's tests and closed after them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ParquetDescriptor } from '../src/data/parquet-schema';
import type { RegionsFile } from '../src/data/schema';
import { openNodeEngine } from './duckdb-node';
import type { NodeEngine } from './duckdb-node';

export const FIXTURES = 'tests/fixtures/parquet';
export const regionsFile = JSON.parse(
  readFileSync('public/data/regions.json', 'utf8'),
) as RegionsFile;
export const codes = new Set(regionsFile.regions.map((r) => r.code));
export const descriptor = (id: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, `${id}.json`), 'utf8')) as ParquetDescriptor;

/** The engine and folder of the calling test file, valid inside its tests. */
export const useNodeEngine = (): { engine: NodeEngine; dir: string } => {
  const scope = {} as { engine: NodeEngine; dir: string };
  beforeAll(async () => {
    scope.engine = await openNodeEngine();
    scope.dir = mkdtempSync(path.join(tmpdir(), 'imde-parquet-test-'));
  });
  afterAll(() => {
    scope.engine.close();
    rmSync(scope.dir, { recursive: true, force: true });
  });
  return scope;
};
