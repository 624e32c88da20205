import type { ChunkReport } from './bundle-report';

/** Initial JS: the entry chunk and everything it imports statically, gzip-compressed. */
export const INITIAL_JS_GZIP_BUDGET = 230 * 1024;

/** Code that must only ever arrive through a dynamic import, and how to recognise it. */
export const ON_DEMAND: readonly { name: string; module: RegExp }[] = [
  { name: 'map geometry (public/data/geo)', module: /data\/geo\/.*\.json$/ },
  { name: 'ECharts map series', module: /echarts\/lib\/chart\/map\// },
  { name: 'the SVG renderer', module: /zrender\/lib\/svg\// },
  { name: 'export code', module: /src\/charts\/export\/render\.ts$/ },
  { name: 'the zip library (fflate)', module: /node_modules\/fflate\// },
  { name: 'schema validation (zod)', module: /node_modules\/zod\// },
  // Only a Parquet dataset needs the SQL engine, and then inside the data worker.
  { name: 'DuckDB-WASM', module: /node_modules\/@duckdb\/|duckdb.*\.wasm/ },
  { name: 'Apache Arrow (DuckDB-WASM results)', module: /node_modules\/apache-arrow\// },
];

export interface BudgetResult {
  initialFiles: string[];
  initialGzipBytes: number;
  initialRawBytes: number;
  problems: string[];
}

export const checkBudgets = (chunks: readonly ChunkReport[]): BudgetResult => {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const entries = chunks.filter((c) => c.isEntry);
  const problems: string[] = entries.length === 0 ? ['the build has no entry chunk'] : [];
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  entries.forEach((e) => visit(e.file));
  const initialChunks = [...initial].flatMap((f) => byFile.get(f) ?? []);
  const initialGzipBytes = initialChunks.reduce((sum, c) => sum + c.gzipBytes, 0);
  const initialRawBytes = initialChunks.reduce((sum, c) => sum + c.rawBytes, 0);
  if (initialGzipBytes > INITIAL_JS_GZIP_BUDGET) {
    problems.push(
      `initial JS is ${(initialGzipBytes / 1024).toFixed(1)} kB gzip, over the ${INITIAL_JS_GZIP_BUDGET / 1024} kB budget`,
    );
  }
  for (const { name, module } of ON_DEMAND) {
    for (const chunk of initialChunks) {
      const found = chunk.modules.find((m) => module.test(m));
      if (found) problems.push(`${name} is in the initial chunk ${chunk.file} (${found})`);
    }
  }
  return { initialFiles: [...initial], initialGzipBytes, initialRawBytes, problems };
};
