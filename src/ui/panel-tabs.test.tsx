import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelTabs } from './panel-tabs';

describe('PanelTabs', () => {
  it('names the tabs per language and marks the selected one', () => {
    render(
      <PanelTabs panelId="p" panelTitle="健康" tab="table" lang="zh" onChange={() => undefined} />,
    );
    expect(screen.getByRole('tablist', { name: '健康：视图' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['图表', '表格', '来源']);
    expect(screen.getByRole('tab', { name: '表格' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '图表' })).toHaveAttribute('tabindex', '-1');
  });

  it('changes tab by click and by arrow keys', async () => {
    const onChange = vi.fn();
    render(<PanelTabs panelId="p" panelTitle="Health" tab="chart" lang="en" onChange={onChange} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Sources' }));
    expect(onChange).toHaveBeenLastCalledWith('sources');
    screen.getByRole('tab', { name: 'Chart' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith('table');
    await userEvent.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith('sources');
  });
});
