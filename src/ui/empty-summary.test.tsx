import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { observation } from '../data/test-dataset';
import { buildRegionIndex } from '../data/regions';
import { EmptySummary } from './empty-summary';
import { CoverageContext, CoverageStore } from './panel-coverage';

const regions = buildRegionIndex({
  regions: [
    {
      code: '150000',
      name: { zh: '内蒙古', en: 'Inner Mongolia' },
      parent: null,
      level: 'province',
    },
    { code: '150100', name: { zh: '呼市', en: 'Hohhot' }, parent: '150000', level: 'prefecture' },
    { code: '150125', name: { zh: '武川', en: 'Wuchuan' }, parent: '150100', level: 'county' },
  ],
});
const at = (region: string, year: number) => observation('i', year, 1, { region });

describe('EmptySummary', () => {
  it('says once how many panels are empty and offers the nearest combinations with figures', async () => {
    const store = new CoverageStore();
    const onFiltersChange = vi.fn();
    render(
      <CoverageContext value={store}>
        <EmptySummary
          filters={{ region: '150125', from: 2015, to: 2015 }}
          regions={regions}
          lang="en"
          onFiltersChange={onFiltersChange}
        />
      </CoverageContext>,
    );
    act(() => {
      store.report('a', { empty: true, all: [at('150000', 2015), at('150000', 2019)] });
      store.report('b', { empty: false, all: [at('150125', 2015)] });
    });
    // One of two: not most.
    expect(screen.queryByRole('note')).toBeNull();
    act(() => {
      store.report('c', { empty: true, all: [at('150100', 2023)] });
    });
    expect(screen.getByRole('note')).toHaveTextContent(
      '2 of 3 panels have no figures for Wuchuan in 2015.',
    );
    const offers = screen.getAllByRole('button').map((b) => b.textContent);
    expect(offers).toEqual(['Inner Mongolia · 2015–2019 · 1 panel', 'Hohhot · 2023 · 1 panel']);
    await userEvent.click(screen.getByRole('button', { name: /^Hohhot/u }));
    expect(onFiltersChange).toHaveBeenCalledWith({ region: '150100', from: null, to: null });
    await userEvent.click(screen.getByRole('button', { name: /^Inner Mongolia/u }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ region: '150000' });
  });
});
