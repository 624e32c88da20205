import { describe, expect, it } from 'vitest';
import { HTML_GZIP_BUDGET, JS_BEFORE_LOAD_GZIP_BUDGET, checkLoad } from './load-budget';
import type { ChunkReport } from './bundle-report';

const chunk = (file: string, modules: string[]): ChunkReport => ({
  file,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  modules,
  rawBytes: 0,
  gzipBytes: 0,
});
const chunks = [
  chunk('assets/index-a.js', ['src/entry.ts']),
  chunk('assets/echarts-b.js', ['node_modules/echarts/lib/core/echarts.js']),
];

describe('load budgets', () => {
  it('passes a small entry and a small page', () =>
    expect(
      checkLoad({
        files: [{ path: '/assets/index-a.js', gzipBytes: 2000 }],
        chunks,
        htmlGzipBytes: 1000,
      }).problems,
    ).toEqual([]));
  it('fails JavaScript over the budget before load', () =>
    expect(
      checkLoad({
        files: [{ path: '/assets/index-a.js', gzipBytes: JS_BEFORE_LOAD_GZIP_BUDGET + 1 }],
        chunks,
        htmlGzipBytes: 0,
      }).problems,
    ).toHaveLength(1));
  it('fails any ECharts code before load, however small', () =>
    expect(
      checkLoad({
        files: [{ path: '/assets/echarts-b.js', gzipBytes: 10 }],
        chunks,
        htmlGzipBytes: 0,
      }).problems[0],
    ).toMatch(/ECharts code is fetched before load/));
  it('fails a baked page over its budget', () =>
    expect(
      checkLoad({ files: [], chunks, htmlGzipBytes: HTML_GZIP_BUDGET + 1 }).problems[0],
    ).toMatch(/baked/));
});
