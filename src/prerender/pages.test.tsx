import { QueryClient } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { setPlatformAPI } from 'echarts/core';
import { readdirSync } from 'node:fs';
import { App } from '../app/app';
import { pageFromElement } from '../app/page';
import { PANEL_IDS } from '../app/registry';
import { applySeed, readSeed } from '../app/seed';
import { optionHash, staticChartsFromDocument } from '../charts/static-chart';
import type { StaticCharts } from '../charts/static-chart';
import { NARROW_QUERY } from '../charts/chart-box';
import { installFakeCanvas } from '../charts/test-canvas';
import { ServerMediaContext } from '../lib/use-media-query';
import { readJson } from '../../tests/unit/load-fixtures';
import { renderAllPages } from './pages';

const TEMPLATE =
  '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><div id="root"></div></body></html>';

// The prerender reads the shipped data files as the browser fetches them.
const fileFetch = (input: string | URL | Request) => {
  const path = new URL(input instanceof Request ? input.url : input, 'http://build.local').pathname;
  try {
    return Promise.resolve(Response.json(readJson(`public${decodeURIComponent(path)}`)));
  } catch {
    return Promise.resolve(new Response('missing', { status: 404 }));
  }
};

const geo = Object.fromEntries(
  readdirSync('public/data/geo')
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), readJson(`public/data/geo/${f}`)]),
);

let pages: Map<string, Document>;
beforeAll(async () => {
  // jsdom has no canvas: zrender measures text with an estimate instead.
  setPlatformAPI({ measureText: (text = '') => ({ width: [...text].length * 7 }) });
  // The hydrated pages stay mounted, and their charts go live once the page has been quiet for
  // a few seconds (after-load.ts): on a busy machine that happens while later tests run, and
  // a live chart needs a canvas to paint on (kept to the end: it may come after the last test).
  installFakeCanvas();
  vi.stubGlobal('fetch', fileFetch);
  const files: Record<string, string> = {};
  const out = await renderAllPages(TEMPLATE, files, geo);
  pages = new Map(out.map((p) => [p.path, new DOMParser().parseFromString(p.html, 'text/html')]));
}, 120_000);
afterAll(() => vi.unstubAllGlobals());

const panelsIn = (doc: Document) =>
  [...doc.querySelectorAll('[data-panel]')].map((el) => el.getAttribute('data-panel'));

describe('prerendered pages', () => {
  it('writes the dashboard in both languages and every panel alone', () => {
    const expected = [
      '/',
      '/en/',
      ...PANEL_IDS.flatMap((id) => [`/embed/${id}/`, `/en/embed/${id}/`]),
    ];
    expect([...pages.keys()].sort()).toEqual(expected.sort());
  });

  it.each(['/', '/en/'])('%s holds every registry panel, each with its charts as SVG', (path) => {
    const doc = pages.get(path)!;
    expect(panelsIn(doc)).toEqual(PANEL_IDS);
    expect(doc.documentElement.lang).toBe(path === '/' ? 'zh-CN' : 'en');
    const boxes = [...doc.querySelectorAll('[data-chart-ready]')];
    expect(boxes.length).toBeGreaterThan(PANEL_IDS.length);
    for (const box of boxes) {
      expect(box.getAttribute('data-chart-ready')).toBe('static');
      expect(box.querySelector('.static-chart-wide svg')).not.toBeNull();
      expect(box.querySelector('.static-chart-narrow svg')).not.toBeNull();
    }
    // No loading placeholder: every panel's data was there at build time.
    expect(doc.querySelector('[data-panel] .animate-pulse')).toBeNull();
  });

  it.each(PANEL_IDS)('the embed pages of %s hold that panel alone', (id) => {
    for (const path of [`/embed/${id}/`, `/en/embed/${id}/`]) {
      const doc = pages.get(path)!;
      expect(panelsIn(doc)).toEqual([id]);
      expect(pageFromElement(doc.documentElement)).toEqual({
        lang: path.startsWith('/en/') ? 'en' : 'zh',
        embed: id,
      });
    }
  });

  it('holds every tab: tables and source quotes can be read without scripts', () => {
    const doc = pages.get('/')!;
    for (const id of PANEL_IDS) {
      const panel = doc.querySelector(`[data-panel="${id}"]`)!;
      const tabs = [...panel.querySelectorAll('[data-tab-content]')];
      expect(tabs.map((t) => t.getAttribute('data-tab-content'))).toEqual(['图表', '表格', '来源']);
      expect(tabs.map((t) => t.hasAttribute('hidden'))).toEqual([false, true, true]);
    }
  });

  it.each([
    ['/', 'wide'],
    ['/en/', 'wide'],
    ['/', 'narrow'],
    ['/en/', 'narrow'],
  ] as const)(
    '%s: each %s SVG was drawn from the very option the hydrated page builds',
    async (path, layout) => {
      const doc = pages.get(path)!;
      const seed = readSeed(doc);
      expect(seed).not.toBeNull();
      const client = new QueryClient();
      applySeed(client, seed!);
      const root = doc.getElementById('root')!;
      const prerendered = staticChartsFromDocument(root);
      const asked = new Map<string, string>();
      const recording: StaticCharts = {
        markup: (key, request) => {
          asked.set(key, optionHash(request.option));
          return prerendered.markup(key, request);
        },
      };
      render(
        <ServerMediaContext value={(query) => layout === 'narrow' && query === NARROW_QUERY}>
          <App
            client={client}
            page={pageFromElement(doc.documentElement)}
            staticCharts={recording}
          />
        </ServerMediaContext>,
      );
      const keys = [...root.querySelectorAll('[data-static-chart]')].map((el) =>
        el.getAttribute('data-static-chart')!,
      );
      await waitFor(() => expect([...asked.keys()].sort()).toEqual([...keys].sort()));
      for (const key of keys) {
        const variant = root.querySelector(`[data-static-chart="${key}"] .static-chart-${layout}`)!;
        expect({ key, hash: asked.get(key) }).toEqual({
          key,
          hash: variant.getAttribute('data-hash'),
        });
      }
    },
    60_000,
  );

  it.each(['wide', 'narrow'] as const)(
    'hydrates / in the %s layout without a mismatch, and keeps every baked tab',
    async (layout) => {
      const doc = pages.get('/')!;
      const container = document.createElement('div');
      container.innerHTML = doc.getElementById('root')!.innerHTML;
      document.body.append(container);
      const client = new QueryClient();
      applySeed(client, readSeed(doc)!);
      const problems: unknown[] = [];
      const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => {
        problems.push(args);
      });
      const tabsBefore = container.querySelectorAll('[data-tab-content]').length;
      try {
        await act(async () => {
          hydrateRoot(
            container,
            <ServerMediaContext value={(query) => layout === 'narrow' && query === NARROW_QUERY}>
              <App
                client={client}
                page={pageFromElement(doc.documentElement)}
                staticCharts={staticChartsFromDocument(container)}
              />
            </ServerMediaContext>,
            { onRecoverableError: (error) => problems.push(error) },
          );
          await new Promise((resolve) => setTimeout(resolve, 200));
        });
        expect(problems).toEqual([]);
        // Removing the hidden tabs right after hydration was one long task on every visit.
        expect(container.querySelectorAll('[data-tab-content]').length).toBe(tabsBefore);
        expect(tabsBefore).toBe(PANEL_IDS.length * 3);
      } finally {
        consoleError.mockRestore();
        container.remove();
      }
    },
    60_000,
  );
});
