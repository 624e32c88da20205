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
import { dataUrl } from './data/fetch-data-file';
import { manifestQueryOptions } from './data/page/queries';
import { afterLoad } from './lib/after-load';
import { pageDataChanged } from './lib/baked-data';
import { replayClicks } from './lib/replay-clicks';
import { captureTyped } from './lib/replay-typed';
import { ServerMediaContext } from './lib/use-media-query';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const html = document.documentElement;
const page = pageFromElement(html);
const seed = readSeed(document);

// Hydration answers media queries as the prerender did, except the layout query, whose answer
// changes no markup: a phone hydrates in its own layout instead of rebuilding every panel after.
const hydrationMedia = (query: string) =>
  query === NARROW_QUERY && window.matchMedia(query).matches;

// What the reader typed, chose or clicked on the baked page before the app took over (src/entry.ts
// holds the clicks) is done again once it is live.
const replayTyped = captureTyped(root);
const whenLive = () => {
  if (html.dataset.app !== 'live') {
    requestAnimationFrame(whenLive);
    return;
  }
  replayTyped();
  replayClicks();
};
requestAnimationFrame(whenLive);

// public/boot.js marks a prerendered page "stale" before the first paint when its URL asks
// for another view than the one baked in; that page renders afresh and never shows the
// prerendered figures.
if (html.dataset.prerender === 'static' && seed) {
  const client = new QueryClient();
  applySeed(client, seed);
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
  // ECharts is not fetched here: a baked chart loads it when it goes live (chart.tsx).
  // Data replaced since the build: the seeded queries are fetched again and render live.
  void afterLoad()
    .then(() => pageDataChanged(dataUrl))
    .then(async (changed) => {
      if (changed) await refreshSeeded(client);
    });
} else {
  root.replaceChildren();
  const client = new QueryClient();
  // Asked now, not by the first render's effects: the data worker starts and fetches the
  // manifest (and, when it lists a Parquet dataset, starts that engine) while React renders.
  void client.prefetchQuery(manifestQueryOptions());
  createRoot(root).render(
    <StrictMode>
      <App client={client} page={page} />
    </StrictMode>,
  );
  html.dataset.prerender = 'live';
  preloadChartCore();
}

registerOfflineSupport();
