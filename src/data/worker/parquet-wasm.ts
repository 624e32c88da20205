/// <reference lib="webworker" />
import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger } from '@duckdb/duckdb-wasm';
// Self-hosted from the build (no CDN): Vite copies both files into assets/ with hashed names.
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plainRow } from './sql-engine';
import type { SqlEngine } from './sql-engine';

interface ArrowRows {
  toArray(): { toJSON(): Record<string, unknown> }[];
}

export interface WasmEngine extends SqlEngine {
  /** Makes `url` readable as `name` in SQL, over HTTP range requests. */
  register(name: string, url: string): Promise<void>;
}

/** The smallest valid module: compiling it fails at once where the CSP forbids WebAssembly. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * DuckDB's worker, blocked by a Content-Security-Policy without 'wasm-unsafe-eval', hangs
 * silently; this worker has the same policy, so it asks first and says why.
 */
const allowsWasm = () => {
  try {
    new WebAssembly.Module(EMPTY_MODULE);
  } catch (error) {
    throw new Error(
      `WebAssembly is not allowed here (the Content-Security-Policy needs 'wasm-unsafe-eval' in script-src): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
};

/**
 * DuckDB-WASM, started inside the data worker the first time a Parquet dataset is opened:
 * its own worker runs the engine (the "eh" build: WebAssembly exceptions, in every browser the
 * app supports). Files are read piece by piece with range requests; a server without range
 * support is an error rather than a silent download of the whole file.
 */
export const openWasmEngine = async (): Promise<WasmEngine> => {
  allowsWasm();
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await new Promise<void>((resolve, reject) => {
    // A worker that fails to load or throws while starting would otherwise leave this waiting.
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'worker failed')),
    );
    db.instantiate(new URL(wasmUrl, self.location.href).href).then(() => resolve(), reject);
  });
  await db.open({
    query: { castBigIntToDouble: true },
    filesystem: { allowFullHTTPReads: false },
  });
  const connection = await db.connect();
  // Nothing may be fetched from DuckDB's extension site (the CSP forbids it anyway), and the
  // footers of files read once are kept for the next query.
  await connection.query(
    'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; SET enable_object_cache = true',
  );
  return {
    register: (name, url) => db.registerFileURL(name, url, DuckDBDataProtocol.HTTP, false),
    query: async (sql) => {
      // Only this much of an Arrow table is used (apache-arrow's own types do not resolve
      // under this compiler, so they are not relied on).
      const table = (await connection.query(sql)) as unknown as ArrowRows;
      return table.toArray().map((row) => plainRow(row.toJSON()));
    },
  };
};
