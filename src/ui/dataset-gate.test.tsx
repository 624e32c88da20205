import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetGate } from './dataset-gate';
import { readJson } from '../../tests/unit/load-fixtures';

const housing = readJson('public/data/datasets/housing-fund-services.json') as {
  observations: unknown[];
};
// The dataset grows as facts are added: the gate must pass it whole, whatever its size.
const shown = `${housing.observations.length} observations`;

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

const renderGate = (datasetId: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <DatasetGate datasetId={datasetId} lang="en" height={100}>
        {(dataset) => <p>{dataset.observations.length} observations</p>}
      </DatasetGate>
    </QueryClientProvider>,
  );

afterEach(() => vi.restoreAllMocks());

describe('DatasetGate', () => {
  it('renders the panel once the dataset is valid', async () => {
    serve({});
    renderGate('housing-fund-services');
    expect(screen.getByRole('status', { name: 'Loading data…' })).toBeInTheDocument();
    expect(await screen.findByText(shown)).toBeInTheDocument();
  });

  it('names the broken file and its JSON path, and retries', async () => {
    const broken = readJson('public/data/datasets/housing-fund-services.json') as {
      observations: { region: string }[];
    };
    broken.observations[1]!.region = '159999';
    const fetch = serve({ 'datasets/housing-fund-services.json': JSON.stringify(broken) });
    renderGate('housing-fund-services');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('datasets/housing-fund-services.json');
    expect(alert).toHaveTextContent(
      '$.observations[1].region region code 159999 is not in regions.json',
    );

    fetch.mockRestore();
    serve({});
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(shown)).toBeInTheDocument();
  });

  it('says so when the manifest has no such dataset', async () => {
    serve({});
    renderGate('no-such-dataset');
    expect(await screen.findByRole('alert')).toHaveTextContent('has no dataset "no-such-dataset"');
  });
});
