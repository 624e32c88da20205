import { describe, expect, it } from 'vitest';
import { INITIAL_JS_GZIP_BUDGET, checkBudgets } from './budgets';
import type { ChunkReport } from './bundle-report';

const chunk = (file: string, extra: Partial<ChunkReport> = {}): ChunkReport => ({
  file,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  modules: [],
  rawBytes: 1000,
  gzipBytes: 100,
  ...extra,
});

const app = [
  chunk('index.js', { isEntry: true, imports: ['react.js'], dynamicImports: ['render.js'] }),
  chunk('react.js', { modules: ['node_modules/react-dom/index.js'] }),
  chunk('render.js', {
    modules: ['node_modules/zrender/lib/svg/Painter.js', 'src/charts/export/render.ts'],
  }),
  chunk('zip.js', { modules: ['node_modules/fflate/esm/browser.js'] }),
];

describe('checkBudgets', () => {
  it('counts the entry and its static imports, not dynamic chunks', () => {
    const result = checkBudgets(app);
    expect(result.initialFiles.sort()).toEqual(['index.js', 'react.js']);
    expect(result.initialGzipBytes).toBe(200);
    expect(result.problems).toEqual([]);
  });

  it('fails when the initial JS is over budget', () => {
    const heavy = app.map((c) =>
      c.file === 'react.js' ? { ...c, gzipBytes: INITIAL_JS_GZIP_BUDGET } : c,
    );
    expect(checkBudgets(heavy).problems).toEqual([
      expect.stringMatching(/^initial JS is 230\.1 kB gzip, over the 230 kB budget$/),
    ]);
  });

  it.each([
    ['node_modules/zrender/lib/svg/Painter.js', /SVG renderer/],
    ['src/charts/export/render.ts', /export code/],
    ['node_modules/fflate/esm/browser.js', /zip library/],
    ['public/data/geo/150000.json', /map geometry/],
    ['node_modules/echarts/lib/chart/map/MapSeries.js', /map series/],
    ['node_modules/zod/v4/classic/schemas.js', /zod/],
    ['node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs', /DuckDB-WASM/],
    ['node_modules/apache-arrow/table.mjs', /Apache Arrow/],
  ])('fails when %s is statically imported', (module, message) => {
    const leaked = app.map((c) => (c.file === 'react.js' ? { ...c, modules: [module] } : c));
    const { problems } = checkBudgets(leaked);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).toContain('react.js');
  });

  it('fails when there is no entry chunk', () => {
    expect(checkBudgets([chunk('a.js')]).problems).toEqual(['the build has no entry chunk']);
  });
});
