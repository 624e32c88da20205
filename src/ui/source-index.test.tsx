import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { section } from '../charts/panel-model';
import { summarise } from '../data/dataset-summary';
import { buildRegionIndex } from '../data/regions';
import type { Observation, RegionsFile } from '../data/schema';
import { indicator, observation, testDataset } from '../data/test-dataset';
import type { IndexPanelSpec } from './panel-spec';
import { IndexSource } from './source-index';
import { readJson } from '../../tests/unit/load-fixtures';
import type { PanelView } from './view-props';

/*
 * The worker's answers are stood in for: what matters here is what the panel draws while an
 * answer is on its way (TanStack Query's keepPreviousData hands back the previous one).
 */
const answer = vi.hoisted(() => ({
  current: { data: undefined as Observation[] | undefined, isPlaceholderData: false },
}));
const loaded = <T,>(data: T) => ({ data, isError: false, error: null, refetch: () => undefined });
vi.mock('../data/page/use-data', () => ({
  useSummary: () => loaded(summary),
  useRegions: () => loaded(regions),
  useObservations: () => ({ ...loaded(undefined), ...answer.current }),
}));

const beds = indicator('beds', 'beds', { kind: 'count', decimals: 0 });
const all = [2000, 2001, 2002].map((year) => observation('beds', year, year - 1990));
const summary = summarise(testDataset([beds], all));
const regions = buildRegionIndex(readJson('public/data/regions.json') as RegionsFile);

/** A model that says what it was built from: the years asked and the figures handed over. */
const spec: IndexPanelSpec = {
  id: 'explore-test',
  source: 'index',
  entry: { id: 'test', file: 'datasets/test.json', title: summary.title, topic: 'health' },
  title: summary.title,
  topic: 'health',
  layout: { height: 100 },
  build: ({ observations, from, to }) => ({
    sections: [section('probe', { heading: `${observations.length} figures, ${from}–${to}` })],
    notes: [],
  }),
};

const view = (from: number): PanelView => ({
  lang: 'en',
  theme: 'light',
  filters: { region: '150000', from, to: 2002 },
  tab: 'chart',
  onTabChange: () => undefined,
  onFiltersChange: () => undefined,
});

const frame = (from: number) => (
  <IndexSource
    spec={spec}
    view={view(from)}
    narrow={false}
    render={(state) => (state.status === 'ready' ? state.body : state.status)}
  />
);

afterEach(() => {
  answer.current = { data: undefined, isPlaceholderData: false };
});

describe('IndexSource', () => {
  it('keeps the last answer drawn for the years it answered, marked busy, until the next', () => {
    answer.current = { data: all, isPlaceholderData: false };
    const { rerender, container } = render(frame(2000));
    expect(screen.getByText('3 figures, 2000–2002')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();

    // From 2001 asked; the worker has not answered: the previous answer is the placeholder.
    answer.current = { data: all, isPlaceholderData: true };
    rerender(frame(2001));
    expect(screen.getByText('3 figures, 2000–2002')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();

    answer.current = { data: all.slice(1), isPlaceholderData: false };
    rerender(frame(2001));
    expect(screen.getByText('2 figures, 2001–2002')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });
});
