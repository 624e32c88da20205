/**
 * The smallest SQL surface the Parquet datasets need: DuckDB-WASM in the data worker
 * (parquet-wasm.ts), DuckDB's Node package in scripts and tests (scripts/duckdb-node.ts).
 * Rows come back as plain objects; BIGINTs as numbers.
 */
export interface SqlEngine {
  query(sql: string): Promise<Record<string, unknown>[]>;
}

/** A string literal: every value that enters our SQL goes through here or is a checked number. */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

export const sqlList = (items: readonly string[]): string =>
  items.length === 0 ? '(NULL)' : `(${items.map(sqlString).join(', ')})`;

/** A whole number, or a thrown error: nothing else is ever spliced into SQL unquoted. */
export const sqlInt = (n: number): string => {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
};

/**
 * The rows of all files as one table, with each row's file and 0-based position in it (for
 * error messages). union_by_name: partitions may differ in which optional columns they carry.
 */
export const parquetSource = (files: readonly string[], { located = true } = {}): string =>
  `read_parquet([${files.map(sqlString).join(', ')}]${located ? ', file_row_number = true, filename = true' : ''}, union_by_name = true)`;

/** Arrow and the Node API hand BIGINT over as bigint; every count we read fits a number. */
export const plainRow = (row: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
};
