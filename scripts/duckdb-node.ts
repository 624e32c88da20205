import { DuckDBInstance } from '@duckdb/node-api';
import type { SqlEngine } from '../src/data/worker/sql-engine.ts';
import { plainRow } from '../src/data/worker/sql-engine.ts';

export interface NodeEngine extends SqlEngine {
  close(): void;
}

/**
 * DuckDB's Node package behind the same interface as DuckDB-WASM in the data worker, so
 * validate:data, the converter and the unit tests run the app's own SQL. Two threads and a
 * memory cap: the machines this runs on are shared.
 */
export const openNodeEngine = async (): Promise<NodeEngine> => {
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '2',
    memory_limit: '2GB',
  });
  const connection = await instance.connect();
  return {
    query: async (sql) =>
      (await connection.runAndReadAll(sql)).getRowObjects().map((r) => plainRow(r)),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
};
