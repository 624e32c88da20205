import { act, render, waitFor } from '@testing-library/react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Chart } from './chart';
import { loadModules } from './chart-modules';
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
const goFar = (el: Element) => act(() => observed.get(el)?.([{ isIntersecting: false }]));

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

  it('a live chart far from the viewport redraws only when it comes back, hidden meanwhile', async () => {
    const instances: EChartsType[] = [];
    const onInstance = (i: EChartsType | null) => {
      if (i) instances.push(i);
    };
    const withValue = (v: number): EChartsCoreOption => ({
      ...option,
      series: [{ id: 's', type: 'bar', data: [v] }],
    });
    const drawnValue = () =>
      (instances.at(-1)?.getOption() as { series: { data: number[] }[] }).series[0]?.data[0];
    const chart = (v: number) => (
      <Chart {...props} option={withValue(v)} ariaLabel="scrolled" onInstance={onInstance} />
    );
    const { container, rerender } = render(chart(1));
    const el = box(container, 'scrolled');
    comeNear(el);
    await waitFor(() => expect(el).toHaveAttribute('data-chart-ready', 'true'), LOADING);
    expect(drawnValue()).toBe(1);

    goFar(el);
    rerender(chart(2));
    // Not redrawn, not ready for the new option, and its old figures not shown.
    expect(drawnValue()).toBe(1);
    expect(el).toHaveAttribute('data-chart-ready', 'false');
    const canvasBox = el.firstElementChild as HTMLElement;
    expect(canvasBox.style.visibility).toBe('hidden');

    comeNear(el);
    await waitFor(() => expect(el).toHaveAttribute('data-chart-ready', 'true'), LOADING);
    expect(drawnValue()).toBe(2);
    expect(canvasBox.style.visibility).toBe('');
    expect(instances).toHaveLength(1);
  });

  it('printing redraws a chart far from the viewport with the current option', async () => {
    const instances: EChartsType[] = [];
    const withValue = (v: number): EChartsCoreOption => ({
      ...option,
      series: [{ id: 's', type: 'bar', data: [v] }],
    });
    const chart = (v: number) => (
      <Chart
        {...props}
        option={withValue(v)}
        ariaLabel="printed"
        onInstance={(i) => i && instances.push(i)}
      />
    );
    const { container, rerender } = render(chart(1));
    const el = box(container, 'printed');
    comeNear(el);
    await waitFor(() => expect(el).toHaveAttribute('data-chart-ready', 'true'), LOADING);
    goFar(el);
    rerender(chart(3));
    expect(el).toHaveAttribute('data-chart-ready', 'false');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const series = (instances.at(-1)?.getOption() as { series: { data: number[] }[] }).series;
    expect(series[0]?.data[0]).toBe(3);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  it('creates nothing for a chart that left the viewport before its code arrived, until it is back', async () => {
    // A heatmap's module is loaded by no other test here: it arrives after the box has gone.
    const heatmap: EChartsCoreOption = {
      animation: false,
      xAxis: { type: 'category', data: ['a'] },
      yAxis: { type: 'category', data: ['b'] },
      visualMap: { min: 0, max: 1, show: false },
      series: [{ type: 'heatmap', data: [[0, 0, 1]] }],
    };
    const instances: EChartsType[] = [];
    const { container } = render(
      <Chart
        {...props}
        option={heatmap}
        ariaLabel="passed"
        onInstance={(i) => i && instances.push(i)}
      />,
    );
    const el = box(container, 'passed');
    comeNear(el);
    goFar(el);
    await act(() => loadModules(['core', 'heatmap']));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(instances).toHaveLength(0);
    expect(el).toHaveAttribute('data-chart-ready', 'false');

    comeNear(el);
    await waitFor(() => expect(el).toHaveAttribute('data-chart-ready', 'true'), LOADING);
    expect(instances).toHaveLength(1);
  });
});
