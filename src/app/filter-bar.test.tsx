import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildRegionIndex } from '../data/regions';
import type { RegionsFile } from '../data/schema';
import { FilterBar } from './filter-bar';
import type { View } from './use-view';
import { readJson } from '../../tests/unit/load-fixtures';

const regions = buildRegionIndex(readJson('public/data/regions.json') as RegionsFile);

const fakeView = (overrides: Partial<View> = {}): View => ({
  filters: { region: '150000', from: null, to: null, topic: null },
  lang: 'en',
  theme: 'light',
  embed: null,
  tab: () => 'chart',
  years: [2014, 2023],
  dataLoaded: true,
  dropped: [],
  dismissDropped: vi.fn(),
  setFilters: vi.fn(),
  setTab: vi.fn(),
  setLang: vi.fn(),
  toggleTheme: vi.fn(),
  patterns: false,
  togglePatterns: vi.fn(),
  figure: null,
  showFigure: vi.fn(),
  ...overrides,
});

describe('FilterBar', () => {
  it('offers From/To over the years of the data and sets them', async () => {
    const view = fakeView();
    render(<FilterBar view={view} regions={regions} />);
    const from = screen.getByRole('combobox', { name: 'From' });
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Any',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    await userEvent.selectOptions(from, '2015');
    expect(view.setFilters).toHaveBeenCalledWith({ from: 2015 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'health');
    expect(view.setFilters).toHaveBeenCalledWith({ topic: 'health' });
  });

  it('shows no chips at the defaults', () => {
    render(<FilterBar view={fakeView()} regions={regions} />);
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('shows each active filter as a chip that clears it in one click', async () => {
    const view = fakeView({ filters: { region: '150100', from: 2015, to: 2019, topic: 'health' } });
    render(<FilterBar view={view} regions={regions} />);
    const chips = within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole(
      'button',
    );
    expect(chips.map((c) => c.textContent)).toEqual([
      'Region: Hohhot ×',
      'Year: 2015–2019 ×',
      'Topic: Health ×',
      'Clear all filters',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Clear Region: Hohhot' }));
    expect(view.setFilters).toHaveBeenLastCalledWith({ region: '150000' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear Year: 2015–2019' }));
    expect(view.setFilters).toHaveBeenLastCalledWith({ from: null, to: null });
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(view.setFilters).toHaveBeenLastCalledWith({
      region: '150000',
      from: null,
      to: null,
      topic: null,
    });
  });

  it('switches language and theme', async () => {
    const view = fakeView({ lang: 'zh' });
    render(<FilterBar view={view} regions={regions} />);
    await userEvent.click(screen.getByRole('button', { name: '语言: English' }));
    expect(view.setLang).toHaveBeenCalledWith('en');
    await userEvent.click(screen.getByRole('button', { name: '切换到深色' }));
    expect(view.toggleTheme).toHaveBeenCalled();
  });
});

describe('FilterBar patterns toggle', () => {
  it('shows whether patterns are on and toggles them', async () => {
    const togglePatterns = vi.fn();
    const { rerender } = render(
      <FilterBar view={fakeView({ togglePatterns })} regions={regions} />,
    );
    const button = screen.getByRole('button', { name: 'Colour-blind patterns' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(togglePatterns).toHaveBeenCalledTimes(1);
    rerender(<FilterBar view={fakeView({ patterns: true })} regions={regions} />);
    expect(screen.getByRole('button', { name: 'Colour-blind patterns' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('FilterBar controls explain themselves', () => {
  it('the icon-only theme button has a name and a visible tooltip saying it', () => {
    render(<FilterBar view={fakeView({ lang: 'zh' })} regions={regions} />);
    const theme = screen.getByRole('button', { name: '切换到深色' });
    expect(theme).toHaveTextContent('☾');
    // The tooltip is in the page beside the button (shown on hover and focus by CSS).
    expect(theme.parentElement).toHaveTextContent('☾切换到深色');
  });

  it('the patterns toggle says what it is for', () => {
    render(<FilterBar view={fakeView({ lang: 'en' })} regions={regions} />);
    const button = screen.getByRole('button', { name: 'Colour-blind patterns' });
    expect(button).toHaveAccessibleDescription(/colour-blind reading/u);
    render(<FilterBar view={fakeView({ lang: 'zh' })} regions={regions} />);
    expect(screen.getByRole('button', { name: '色盲友好图案' })).toBeInTheDocument();
  });
});
