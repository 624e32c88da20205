import { QueryClient } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerOfflineSupport } from './app/offline';
import { pageFromElement } from './app/page';
import { applySeed, readSeed, refreshSeeded } from './app/seed';
import { NARROW_QUERY } from './charts/chart-box';
import { preloadChartCore } from './charts/chart-modules';
import { staticChartsFromDocument } from './charts/static-chart';
import { afterLoad } from './lib/after-load';
import { captureTyped } from './lib/replay-typed';
import { ServerMediaContext } from './lib/use-media-query';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const html = document.documentElement;
const page = pageFromElement(html);
const seed = readSeed(document);

// public/boot.js marks a prerendered page "stale" before the first paint when its URL asks
// for another view than the one baked in; that page renders afresh and never shows the
// prerendered figures.
// Hydration answers media queries as the prerender did, except the layout query, whose answer
// changes no markup: a phone hydrates in its own layout instead of rebuilding every panel after.
const hydrationMedia = (query: string) =>
  query === NARROW_QUERY && window.matchMedia(query).matches;

if (html.dataset.prerender === 'static' && seed) {
  const client = new QueryClient();
  applySeed(client, seed);
  const replayTyped = captureTyped(root);
  const whenLive = () => {
    if (html.dataset.app === 'live') replayTyped();
    else requestAnimationFrame(whenLive);
  };
  requestAnimationFrame(whenLive);
  // In a transition, hydration is time-sliced (React yields every few milliseconds) instead of
  // one long task: the baked page is already complete, so nothing waits for it.
  startTransition(() => {
    hydrateRoot(
      root,
      <StrictMode>
        <ServerMediaContext value={hydrationMedia}>
          <App client={client} page={page} staticCharts={staticChartsFromDocument(root)} />
        </ServerMediaContext>
      </StrictMode>,
    );
  });
  void afterLoad().then(() => {
    preloadChartCore();
    void refreshSeeded(client);
  });
} else {
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <App page={page} />
    </StrictMode>,
  );
  html.dataset.prerender = 'live';
  preloadChartCore();
}

registerOfflineSupport();
