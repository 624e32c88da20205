import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundleReport } from './scripts/bundle-report.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';
import { appModulesPlugin } from './scripts/app-modules.ts';
import { prerenderPlugin } from './scripts/prerender.ts';

/** The policy as a <meta> tag in the built index.html; the dev server keeps Vite's inline client. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'imde-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    appModulesPlugin(),
    prerenderPlugin(),
    VitePWA({
      // The baked pages (prerenderPlugin, closeBundle 'pre') are written before the precache
      // list is made, so their revisions are those of their final contents.
      integration: { closeBundleOrder: 'post' },
      // Registered from src/app/offline.ts after the page has loaded, never inline (CSP).
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: '内蒙古数据浏览器 · Inner Mongolia Data Explorer',
        short_name: '内蒙古数据',
        description: 'Official figures on Inner Mongolia, each with the sentence that states it.',
        lang: 'zh-CN',
        theme_color: '#0f172a',
        background_color: '#f8fafc',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // The app shell and the map geometry (fixed per build) are precached; the datasets,
        // manifest and regions are fetched from the network first and from the cache offline,
        // so a dataset replaced on the server is seen on the next online visit.
        // DuckDB-WASM (its worker, wasm and our adapter) is not precached: only a Parquet
        // dataset needs it, and such a dataset needs the network anyway (below).
        globPatterns: ['**/*.{js,css,html,svg}', 'data/geo/*.json'],
        globIgnores: ['**/node_modules/**', 'assets/duckdb-*', 'assets/parquet-wasm-*'],
        navigateFallback: 'index.html',
        runtimeCaching: [
          {
            // Parquet files are read by range requests, which a cache cannot answer: they go
            // to the network, and offline their panel says that it needs the network.
            urlPattern: ({ url }) =>
              url.pathname.includes('/data/') &&
              !url.pathname.includes('/data/geo/') &&
              !url.pathname.endsWith('.parquet'),
            handler: 'NetworkFirst',
            options: { cacheName: 'imde-data', networkTimeoutSeconds: 10 },
          },
        ],
      },
    }),
    bundleReport(),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
