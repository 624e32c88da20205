import { describe, expect, it } from 'vitest';
import { appModules, dataWorkerFile } from './app-modules';
import type { ChunkInfo } from './app-modules';

const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null) =>
  ({ type: 'chunk', fileName, imports, facadeModuleId }) satisfies ChunkInfo;

describe('appModules', () => {
  it("lists the entry's chunk and everything it imports statically, once each", () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', [], '/p/src/entry.ts'),
      'assets/main.js': chunk(
        'assets/main.js',
        ['assets/react.js', 'assets/util.js'],
        '/p/src/main.tsx',
      ),
      'assets/react.js': chunk('assets/react.js', ['assets/util.js']),
      'assets/util.js': chunk('assets/util.js'),
      'assets/echarts.js': chunk('assets/echarts.js', [], '/p/src/charts/echarts-setup.ts'),
      'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
    } satisfies Record<string, ChunkInfo>;
    expect(appModules(bundle, '/src/main.tsx')).toEqual([
      'assets/main.js',
      'assets/react.js',
      'assets/util.js',
    ]);
  });

  it('is empty when no chunk has that entry', () => {
    expect(appModules({ 'a.js': chunk('a.js', [], '/p/src/other.ts') }, '/src/main.tsx')).toEqual(
      [],
    );
  });
});

describe('dataWorkerFile', () => {
  it("names the data worker's emitted file, not DuckDB's worker nor a source map", () => {
    const asset = (fileName: string) => ({ type: 'asset', fileName }) satisfies ChunkInfo;
    const bundle = {
      'assets/duckdb-browser-eh.worker-Dr1.js': asset('assets/duckdb-browser-eh.worker-Dr1.js'),
      'assets/data.worker-Cm_b-9.js.map': asset('assets/data.worker-Cm_b-9.js.map'),
      'assets/data.worker-Cm_b-9.js': asset('assets/data.worker-Cm_b-9.js'),
      'assets/main.js': chunk('assets/main.js', [], '/p/src/main.tsx'),
    } satisfies Record<string, ChunkInfo>;
    expect(dataWorkerFile(bundle)).toBe('assets/data.worker-Cm_b-9.js');
  });

  it('is null when the bundle has no data worker', () => {
    expect(dataWorkerFile({ 'assets/main.js': chunk('assets/main.js') })).toBeNull();
  });
});
