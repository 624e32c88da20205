// Byte budgets of the built app (run after `vite build`; part of `npm test`).
import { readFileSync } from 'node:fs';
import { REPORT_FILE } from './bundle-report';
import type { ChunkReport } from './bundle-report';
import { checkBudgets } from './budgets';

const dist = process.argv[2] ?? 'dist';
const { chunks } = JSON.parse(readFileSync(`${dist}/${REPORT_FILE}`, 'utf8')) as {
  chunks: ChunkReport[];
};
const result = checkBudgets(chunks);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
  `initial JS: ${kb(result.initialGzipBytes)} gzip (${kb(result.initialRawBytes)} raw) in ${result.initialFiles.join(', ')}`,
);
const lazy = chunks.filter((c) => !result.initialFiles.includes(c.file));
console.log(
  `on demand: ${lazy.length} chunks, ${kb(lazy.reduce((s, c) => s + c.gzipBytes, 0))} gzip`,
);
if (result.problems.length > 0) {
  console.error(`Budget exceeded:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('budgets: ok');
