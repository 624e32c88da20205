import { act, render, waitFor } from '@testing-library/react';
import type { EChartsCoreOption } from 'echarts/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Chart } from './chart';
import { installFakeCanvas } from './test-canvas';

// A controllable IntersectionObserver: tests decide when each box comes near the viewport.
const observed = new Map<Element, (entries: { isIntersecting: boolean }[]) => void>();
vi.hoisted(() => {
  globalThis.ResizeObserver = class {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  };
});

beforeAll(() => {
  installFakeCanvas();
  globalThis.IntersectionObserver = class {
    private readonly callback: (entries: { isIntersecting: boolean }[]) => void;
    constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
      this.callback = callback;
    }
    observe = (element: Element) => observed.set(element, this.callback);
    disconnect = () => undefined;
  } as unknown as typeof IntersectionObserver;
});

afterAll(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(globalThis, 'IntersectionObserver');
});

const option: EChartsCoreOption = {
  animation: false,
  xAxis: { type: 'category', data: ['2023'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [1] }],
};
const props = { option, height: 200, theme: 'light' as const, lang: 'en' as const };

const box = (container: HTMLElement, name: string) => {
  const el = container.querySelector<HTMLElement>(`[aria-label="${name}"]`);
  if (!el) throw new Error(`no chart ${name}`);
  return el;
};
// The first dynamic import of ECharts under vitest takes a second or more.
const LOADING = { timeout: 10_000 };
const comeNear = (el: Element) => act(() => observed.get(el)?.([{ isIntersecting: true }]));

describe('Chart below the fold', () => {
  it('draws a chart that was mounted before the chart code arrived once it comes near', async () => {
    // Runs first in this file, so nothing is loaded yet: both mount without the code; the first loads the code, the second must pick it up.
    const { container } = render(
      <>
        <Chart {...props} ariaLabel="first" />
        <Chart {...props} ariaLabel="second" />
      </>,
    );
    comeNear(box(container, 'first'));
    await waitFor(
      () => expect(box(container, 'first')).toHaveAttribute('data-chart-ready', 'true'),
      LOADING,
    );
    expect(box(container, 'second').childElementCount).toBe(0);

    comeNear(box(container, 'second'));
    await waitFor(
      () => expect(box(container, 'second')).toHaveAttribute('data-chart-ready', 'true'),
      LOADING,
    );
  });
  it('keeps its box but creates no ECharts instance until it comes near the viewport', async () => {
    const { container } = render(<Chart {...props} ariaLabel="below" />);
    const el = box(container, 'below');
    expect(el.style.getPropertyValue('--chart-h')).toBe('200px');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(el.childElementCount).toBe(0);
    expect(el).toHaveAttribute('data-chart-ready', 'false');

    comeNear(el);
    await waitFor(() => expect(el).toHaveAttribute('data-chart-ready', 'true'), LOADING);
  });
});
