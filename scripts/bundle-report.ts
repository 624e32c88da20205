import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface ChunkReport {
  file: string;
  isEntry: boolean;
  /** Chunks the browser must load before this one runs (static imports). */
  imports: string[];
  dynamicImports: string[];
  /** Source modules in the chunk, relative to the project (node_modules paths kept). */
  modules: string[];
  rawBytes: number;
  gzipBytes: number;
}

export const REPORT_FILE = '.vite/bundle-report.json';

/**
 * Writes dist/.vite/bundle-report.json: every JS chunk with its imports and the modules in it,
 * so the byte budgets (scripts/check-budgets.ts) can check what is in the initial load.
 */
export const bundleReport = (): Plugin => ({
  name: 'imde-bundle-report',
  apply: 'build',
  generateBundle(_options, bundle) {
    // Only the app's own build: workers are bundled by a nested build with its own outputs.
    if (!Object.values(bundle).some((c) => c.type === 'chunk' && c.isEntry)) return;
    const chunks: ChunkReport[] = Object.values(bundle).flatMap((chunk) =>
      chunk.type === 'chunk'
        ? [
            {
              file: chunk.fileName,
              isEntry: chunk.isEntry,
              imports: chunk.imports,
              dynamicImports: chunk.dynamicImports,
              modules: Object.keys(chunk.modules).map((id) =>
                relative(process.cwd(), id.replace(/^\0/, '')),
              ),
              rawBytes: Buffer.byteLength(chunk.code),
              gzipBytes: gzipSync(chunk.code, { level: 9 }).length,
            },
          ]
        : [],
    );
    this.emitFile({
      type: 'asset',
      fileName: REPORT_FILE,
      source: `${JSON.stringify({ chunks }, null, 2)}\n`,
    });
  },
});
