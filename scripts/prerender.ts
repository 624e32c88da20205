// Bakes the dashboard into HTML at build time: `/` (zh), `/en/`, and each panel alone at
// `/embed/<id>/` and `/en/embed/<id>/`. Runs as the last step of `vite build` (a plugin, so the
// service worker's precache lists the baked pages with their final contents).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** src/prerender/pages.ts, loaded through Vite (it imports the app's TSX). */
interface RenderModule {
  renderAllPages: (
    template: string,
    files: Record<string, string>,
    geo: Record<string, unknown>,
  ) => Promise<{ path: string; html: string }[]>;
}

/** Serves `/data/...` from the built site, as the browser would fetch it, and hashes it. */
const fileFetch =
  (dist: string, files: Record<string, string>): typeof fetch =>
  (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://build.local').pathname;
    try {
      const body = readFileSync(join(dist, decodeURIComponent(path)));
      files[path.replace(/^\/data\//, '')] = createHash('sha256').update(body).digest('hex');
      const headers = { 'content-length': String(body.length) };
      return Promise.resolve(new Response(body, { headers }));
    } catch {
      return Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' }));
    }
  };

export const prerender = async (dist: string): Promise<string[]> => {
  const files: Record<string, string> = {};
  globalThis.fetch = fileFetch(dist, files);
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/prerender/pages.ts')) as RenderModule;
    const template = readFileSync(join(dist, 'index.html'), 'utf8');
    const geoDir = join(dist, 'data/geo');
    const geo = Object.fromEntries(
      readdirSync(geoDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(geoDir, f), 'utf8'))]),
    );
    const pages = await module.renderAllPages(template, files, geo);
    for (const { path, html } of pages) {
      const file = join(dist, path, 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
    }
    return pages.map((p) => p.path);
  } finally {
    await server.close();
  }
};

export const prerenderPlugin = (): Plugin => {
  let outDir = 'dist';
  return {
    name: 'imde-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (process.env.IMDE_PRERENDER === 'off') return;
        const started = performance.now();
        const paths = await prerender(outDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`prerendered ${paths.length} pages in ${seconds} s`);
      },
    },
  };
};
