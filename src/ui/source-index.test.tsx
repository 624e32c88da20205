import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { section } from '../charts/panel-model';
import { DataLoadError } from '../data/data-error';
import { openingOf, summarise } from '../data/dataset-summary';
import { buildRegionIndex } from '../data/regions';
import type { Observation, RegionsFile } from '../data/schema';
import { indicator, observation, testDataset } from '../data/test-dataset';
import type { SourceState } from './panel-frame';
import type { PanelExporter } from './panel-exporter';
import type { IndexPanelSpec } from './panel-spec';
import { messages } from '../i18n/messages';
import { IndexSource } from './source-index';
import { readJson } from '../../tests/unit/load-fixtures';
import type { PanelView } from './view-props';

/*
 * The worker's answers are stood in for: what matters here is what the panel draws while an
 * answer is on its way (TanStack Query's keepPreviousData hands back the previous one).
 */
interface Answer {
  data: Observation[] | undefined;
  isPlaceholderData: boolean;
  isError: boolean;
  error: unknown;
}
const answer = vi.hoisted((): { current: Answer } => ({
  current: { data: undefined, isPlaceholderData: false, isError: false, error: null },
}));
/** The summary's answer when a test sets one (it reads every row's keys: it may come later). */
const summaryAnswer = vi.hoisted(() => ({
  current: null as {
    data: undefined;
    isError: boolean;
    error: unknown;
    refetch: () => void;
  } | null,
}));
const loaded = <T,>(data: T) => ({ data, isError: false, error: null, refetch: () => undefined });
vi.mock('../data/page/use-data', () => ({
  useSummary: () => summaryAnswer.current ?? loaded(summary),
  useOpening: () => loaded(openingOf(summary)),
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

const view = (from: number, region = '150000'): PanelView => ({
  lang: 'en',
  theme: 'light',
  filters: { region, from, to: 2002 },
  tab: 'chart',
  onTabChange: () => undefined,
  onFiltersChange: () => undefined,
});

let shown: SourceState | null = null;
const frame = (from: number, region?: string) => (
  <IndexSource
    spec={spec}
    view={view(from, region)}
    narrow={false}
    render={(state) => {
      shown = state;
      return state.status === 'ready' ? state.body : state.status;
    }}
  />
);
/** What the panel's Export menu would write as JSON: the filters it says its figures are for. */
const exportedFilters = () => {
  const actions = shown?.status === 'ready' ? shown.actions : null;
  const { exporter } = (actions as ReactElement<{ exporter: PanelExporter }>).props;
  return (JSON.parse(exporter.json()) as { filters: { region: string; from: number } }).filters;
};

afterEach(() => {
  summaryAnswer.current = null;
  answer.current = { data: undefined, isPlaceholderData: false, isError: false, error: null };
});

describe('IndexSource', () => {
  it('keeps the last answer drawn for the years it answered, marked busy, until the next', () => {
    answer.current = { ...answer.current, data: all, isPlaceholderData: false };
    const { rerender, container } = render(frame(2000));
    expect(screen.getByText('3 figures, 2000–2002')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();

    // From 2001 asked; the worker has not answered: the previous answer is the placeholder.
    answer.current = { ...answer.current, data: all, isPlaceholderData: true };
    rerender(frame(2001));
    expect(screen.getByText('3 figures, 2000–2002')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();

    answer.current = { ...answer.current, data: all.slice(1), isPlaceholderData: false };
    rerender(frame(2001));
    expect(screen.getByText('2 figures, 2001–2002')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('exports what is drawn, under the filter it answered, while the next is on its way', () => {
    answer.current = { ...answer.current, data: all, isPlaceholderData: false };
    const { rerender } = render(frame(2000));
    expect(exportedFilters()).toMatchObject({ region: '150000', from: 2000 });
    answer.current = { ...answer.current, data: all, isPlaceholderData: true };
    rerender(frame(2001, '150100'));
    expect(exportedFilters()).toMatchObject({ region: '150000', from: 2000 });
    answer.current = { ...answer.current, data: [], isPlaceholderData: false };
    rerender(frame(2001, '150100'));
    expect(screen.getByText(messages.en.explorer.none)).toBeInTheDocument();
  });

  it("shows an indicator's error with the indicator choice still there, to pick another", () => {
    const broken = new DataLoadError('datasets/test.parquet', 'schema', [
      { path: 'row 7, value', message: 'is not a finite number' },
    ]);
    answer.current = { data: undefined, isPlaceholderData: false, isError: true, error: broken };
    render(frame(2000));
    expect(shown?.status).toBe('error');
    const controls = shown?.status === 'error' ? shown.controls : null;
    render(<>{controls}</>);
    expect(
      screen.getByRole('combobox', { name: new RegExp(`^${messages.en.explorer.indicator}`, 'u') }),
    ).toHaveValue('beds');
  });

  it('asks for its figures once the dataset is opened, before the summary has come', () => {
    summaryAnswer.current = {
      data: undefined,
      isError: false,
      error: null,
      refetch: () => undefined,
    };
    answer.current = { ...answer.current, data: all, isPlaceholderData: false };
    render(frame(2000));
    expect(screen.getByText('3 figures, 2000–2002')).toBeInTheDocument();
  });

  it('shows a fault the summary finds instead of the figures drawn before it', () => {
    answer.current = { ...answer.current, data: all, isPlaceholderData: false };
    const { rerender } = render(frame(2000));
    expect(shown?.status).toBe('ready');
    const fault = new DataLoadError('datasets/test.parquet', 'schema', [
      { path: 'row 120, column region', message: 'region code 159999 is not in regions.json' },
    ]);
    summaryAnswer.current = {
      data: undefined,
      isError: true,
      error: fault,
      refetch: () => undefined,
    };
    rerender(frame(2000));
    expect(shown).toMatchObject({ status: 'error', error: fault });
  });
});
