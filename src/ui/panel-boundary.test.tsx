import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './panel-boundary';

describe('PanelBoundary', () => {
  it('shows a failed panel in its place with Retry, and the siblings keep rendering', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('cannot read the rows');
      return <p>panel content</p>;
    }
    render(
      <>
        <PanelBoundary panelId="firearm-seizures" lang="en">
          <Flaky />
        </PanelBoundary>
        <PanelBoundary panelId="housing-fund" lang="en">
          <p>sibling panel</p>
        </PanelBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This panel could not be shown');
    expect(alert).toHaveTextContent('cannot read the rows');
    expect(alert.closest('[data-panel]')).toHaveAttribute('data-panel', 'firearm-seizures');
    expect(screen.getByText('sibling panel')).toBeInTheDocument();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('panel content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    vi.restoreAllMocks();
  });
});
