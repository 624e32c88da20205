import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildRegionIndex } from '../data/regions';
import type { RegionsFile } from '../data/schema';
import { RegionCombobox } from './region-combobox';
import { readJson } from '../../tests/unit/load-fixtures';

const regions = buildRegionIndex(readJson('public/data/regions.json') as RegionsFile);

describe('RegionCombobox', () => {
  it('is a combobox named Region / 地区 showing the selected region', () => {
    const { rerender } = render(
      <RegionCombobox regions={regions} value="150100" lang="zh" onChange={() => undefined} />,
    );
    expect(screen.getByRole('combobox', { name: '地区' })).toHaveValue('呼和浩特市');
    rerender(
      <RegionCombobox regions={regions} value="150100" lang="en" onChange={() => undefined} />,
    );
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('Hohhot');
    // A region set elsewhere (a map click, back/forward) shows in the box.
    rerender(
      <RegionCombobox regions={regions} value="150722" lang="en" onChange={() => undefined} />,
    );
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue(
      'Morin Dawa Daur Autonomous Banner',
    );
  });

  it('shows a region changed elsewhere after a choice made in the box', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <RegionCombobox regions={regions} value="150000" lang="zh" onChange={onChange} />,
    );
    const input = screen.getByRole('combobox', { name: '地区' });
    await userEvent.clear(input);
    await userEvent.type(input, '呼和');
    await userEvent.click(screen.getByRole('option', { name: /^呼和浩特市/ }));
    rerender(<RegionCombobox regions={regions} value="150100" lang="zh" onChange={onChange} />);
    expect(input).toHaveValue('呼和浩特市');
    // Cleared by a chip: the box follows.
    rerender(<RegionCombobox regions={regions} value="150000" lang="zh" onChange={onChange} />);
    expect(input).toHaveValue('内蒙古自治区');
  });

  it('searches the hierarchy by alias and selects with the keyboard', async () => {
    const onChange = vi.fn();
    render(<RegionCombobox regions={regions} value="150000" lang="zh" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: '地区' });
    await userEvent.clear(input);
    await userEvent.type(input, '莫旗');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '莫力达瓦达斡尔族自治旗150722',
    ]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith('150722');
  });

  it('lists the whole hierarchy when opened, and says when nothing matches', async () => {
    render(
      <RegionCombobox regions={regions} value="150000" lang="en" onChange={() => undefined} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Region' }));
    expect(screen.getAllByRole('option')).toHaveLength(regions.all.length);
    const input = screen.getByRole('combobox', { name: 'Region' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Atlantis');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No region matches')).toBeInTheDocument();
  });
});

describe('RegionCombobox search as a first-time user types', () => {
  it('selects the shown name on focus, so typing replaces it', async () => {
    const onChange = vi.fn();
    render(<RegionCombobox regions={regions} value="150000" lang="zh" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: '地区' });
    expect(input).toHaveValue('内蒙古自治区');
    await userEvent.click(input);
    await userEvent.keyboard('武川');
    expect(input).toHaveValue('武川');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['武川县150125']);
  });

  it('matches pinyin, full and initials', async () => {
    render(
      <RegionCombobox regions={regions} value="150000" lang="en" onChange={() => undefined} />,
    );
    const input = screen.getByRole('combobox', { name: 'Region' });
    await userEvent.click(input);
    await userEvent.keyboard('hhht');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Hohhot150100']),
    );
  });
});
