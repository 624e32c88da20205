// Names, in the built index.html, the app's own code (src/main.tsx's chunk and every chunk it
// imports statically) and its data worker, so that public/boot.js can preload the one and start
// the other while the HTML is still parsing, on a page that must render afresh because its URL
// asks for another view than the baked one. The baked default view does neither: its reader
// gets no app code before they act.
import type { Plugin } from 'vite';

/** The output chunks as Rollup describes them: file name, entry module, static imports. */
export interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

export const APP_MODULES_META = 'imde-app-modules';
export const DATA_WORKER_META = 'imde-data-worker';

/** The chunk whose entry module ends with `entry`, then its static imports, depth first. */
export const appModules = (
  bundle: Readonly<Record<string, ChunkInfo>>,
  entry: string,
): string[] => {
  const main = Object.values(bundle).find(
    (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry),
  );
  if (!main) return [];
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const dep of bundle[fileName]?.imports ?? []) visit(dep);
  };
  visit(main.fileName);
  return [...seen];
};

/** The data worker's file: Vite emits it as an asset named after its entry, data.worker.ts. */
export const dataWorkerFile = (bundle: Readonly<Record<string, ChunkInfo>>): string | null =>
  Object.values(bundle).find(
    (c) => c.type === 'asset' && /(?:^|\/)data\.worker-[\w-]+\.js$/u.test(c.fileName),
  )?.fileName ?? null;

export const appModulesPlugin = (entry = '/src/main.tsx'): Plugin => {
  let base = '/';
  return {
    name: 'imde-app-modules',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = ctx.bundle ? appModules(ctx.bundle, entry) : [];
        if (files.length === 0) throw new Error(`no chunk for ${entry} in the bundle`);
        const worker = ctx.bundle ? dataWorkerFile(ctx.bundle) : null;
        if (worker === null) throw new Error('no data worker (data.worker-*.js) in the bundle');
        return [
          {
            tag: 'meta',
            attrs: { name: APP_MODULES_META, content: files.map((f) => base + f).join(' ') },
            injectTo: 'head-prepend',
          },
          {
            tag: 'meta',
            attrs: { name: DATA_WORKER_META, content: base + worker },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
};
