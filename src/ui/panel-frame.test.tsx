import { QueryClientProvider, QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { section } from '../charts/panel-model';
import { PanelFrame } from './panel-frame';
import type { DatasetPanelSpec } from './panel-spec';
import type { PanelView } from './view-props';
import { readJson } from '../../tests/unit/load-fixtures';

const files: Record<string, unknown> = {
  'manifest.json': readJson('public/data/manifest.json'),
  'regions.json': readJson('public/data/regions.json'),
  'datasets/housing-fund-services.json': readJson(
    'public/data/datasets/housing-fund-services.json',
  ),
};

const serve = (overrides: Record<string, string | undefined>) =>
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^.*\/data\//, '');
    const body = path in overrides ? overrides[path] : JSON.stringify(files[path]);
    return Promise.resolve(
      body === undefined ? new Response('', { status: 404 }) : new Response(body),
    );
  });

/** A panel whose model says how many figures it was built from: what the frame handed it. */
const spec = (datasetId: string): DatasetPanelSpec => ({
  id: 'probe',
  source: 'dataset',
  datasetId,
  title: { zh: '探针', en: 'Probe' },
  topic: 'public-services',
  layout: { height: 100 },
  indicators: ['service-channels', 'cross-province-tasks-completed'],
  build: ({ observations }) => ({
    sections: [section('probe', { heading: `${observations.length} figures built` })],
    notes: [],
  }),
});

const view: PanelView = {
  lang: 'en',
  theme: 'light',
  filters: { region: '150000', from: null, to: null },
  tab: 'chart',
  onTabChange: () => undefined,
  onFiltersChange: () => undefined,
};

const renderFrame = (datasetId: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PanelFrame spec={spec(datasetId)} view={view} />
    </QueryClientProvider>,
  );

afterEach(() => vi.restoreAllMocks());

describe('PanelFrame', () => {
  it('reserves the panel with a skeleton, then builds from exactly its indicators', async () => {
    serve({});
    renderFrame('housing-fund-services');
    expect(screen.getByRole('status', { name: 'Loading data…' })).toBeInTheDocument();
    // Loading and validating a real file in jsdom can take over the default second on a busy machine.
    expect(await screen.findByText('2 figures built', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(document.querySelector('[data-panel="probe"]')).toHaveAttribute(
      'data-dataset',
      'housing-fund-services',
    );
  });

  it('names the broken file and its JSON path inside the panel, and retries', async () => {
    const broken = readJson('public/data/datasets/housing-fund-services.json') as {
      observations: { region: string }[];
    };
    broken.observations[1]!.region = '159999';
    const fetch = serve({ 'datasets/housing-fund-services.json': JSON.stringify(broken) });
    renderFrame('housing-fund-services');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('datasets/housing-fund-services.json');
    expect(alert).toHaveTextContent(
      '$.observations[1].region region code 159999 is not in regions.json',
    );
    expect(alert.closest('[data-panel="probe"]')).not.toBeNull();

    fetch.mockRestore();
    serve({});
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('2 figures built', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('says so when the manifest has no such dataset', async () => {
    serve({});
    renderFrame('no-such-dataset');
    expect(await screen.findByRole('alert')).toHaveTextContent('has no dataset "no-such-dataset"');
  });
});
