import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from './export-menu';
import type { PanelExporter } from './panel-exporter';

const exporter = (): PanelExporter => ({
  id: 'firearm-seizures',
  title: '2020年枪爆物品收缴',
  rows: 15,
  images: true,
  sources: ['《内蒙古日报》 2021-01 · 标题'],
  sentences: ['2020年，内蒙古自治区收缴枪支834支。'],
  fileName: (ext) => `firearm-seizures_150000_2020.${ext}`,
  csv: vi.fn(() => '\uFEFFa\r\n'),
  json: vi.fn(() => '{}'),
  svg: vi.fn(() => Promise.resolve('<svg/>')),
  png: vi.fn(() => Promise.resolve(new Blob(['png'], { type: 'image/png' }))),
  link: () => 'https://e.org/#panel-firearm-seizures',
  embed: () => '<iframe></iframe>',
});

afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('opens by keyboard, shows the row count, and Escape returns focus to its button', async () => {
    render(<ExportMenu exporter={exporter()} lang="en" />);
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const dialog = screen.getByRole('dialog', { name: 'Export: 2020年枪爆物品收缴' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole('button', { name: 'CSV (15 rows)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'JSON (15 rows)' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('downloads the CSV under its file name and says so', async () => {
    const created = vi.fn(() => 'blob:x');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const e = exporter();
    render(<ExportMenu exporter={e} lang="zh" />);
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await userEvent.click(screen.getByRole('button', { name: 'CSV（15 条）' }));
    // The download code is a dynamic import (ECharts' SVG renderer): slow on a busy machine.
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          '已下载 firearm-seizures_150000_2020.csv',
        ),
      { timeout: 10_000 },
    );
    expect(e.csv).toHaveBeenCalledOnce();
    expect(click).toHaveBeenCalledOnce();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      'firearm-seizures_150000_2020.csv',
    );
  });

  it('reports a failed export in its status line instead of throwing', async () => {
    const e = { ...exporter(), png: vi.fn(() => Promise.reject(new Error('canvas is tainted'))) };
    render(<ExportMenu exporter={e} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('button', { name: 'PNG 2×' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Export failed: canvas is tainted'),
    );
    expect(e.png).toHaveBeenCalledWith({ preset: 'landscape', background: 'light', pixelRatio: 2 });
  });

  it('shares in plain sight: a Share button beside Export copies the panel link', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ExportMenu exporter={exporter()} lang="zh" />);
    // Export keeps its name; Share is its own visible button, not hidden inside the menu.
    expect(screen.getByRole('button', { name: '导出' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '分享' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith('https://e.org/#panel-firearm-seizures'),
    );
    expect(await screen.findByText('链接已复制')).toBeInTheDocument();
  });
});
