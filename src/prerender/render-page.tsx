// Build-time only (Node): one page of the dashboard as static markup, from the same specs,
// builders and data files the browser uses, with every chart as ECharts' SVG.
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from '../app/app';
import type { Page } from '../app/page';
import { isSeedKind, seedOf } from '../app/seed';
import type { Seed } from '../app/seed';
import { NARROW_QUERY } from '../charts/chart-box';
import { ServerMediaContext } from '../lib/use-media-query';
import type { createStaticChartStore } from './static-chart-store';

// Loading goes manifest → datasets → anything a panel asks of the worker: a few rounds.
const MAX_ROUNDS = 8;

export interface RenderedPage {
  /** The markup inside #root. */
  body: string;
  seed: Seed;
}

export const renderPage = async (
  page: Page,
  store: ReturnType<typeof createStaticChartStore>,
  files: Seed['files'],
): Promise<RenderedPage> => {
  const client = new QueryClient();
  const tree = (narrow: boolean) => (
    <ServerMediaContext value={(query) => narrow && query === NARROW_QUERY}>
      <App client={client} page={page} staticCharts={store.charts} />
    </ServerMediaContext>
  );
  // Each render asks for data it has not got yet (as the browser would): fetch it, render again.
  store.setPass('wide');
  for (let round = 0; round < MAX_ROUNDS; round++) {
    renderToString(tree(false));
    const waiting = client
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.status === 'pending' && isSeedKind(q));
    if (waiting.length === 0) break;
    await Promise.allSettled(waiting.map((q) => q.fetch()));
  }
  store.setPass('narrow');
  renderToString(tree(true));
  store.setPass('wide');
  const body = renderToString(tree(false));
  return { body, seed: seedOf(client, files) };
};
