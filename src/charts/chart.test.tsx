import { act, render, waitFor } from '@testing-library/react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { Chart } from './chart';
import { echarts } from './echarts-setup';
import { installFakeCanvas } from './test-canvas';

// jsdom lacks ResizeObserver; size-sensor (echarts-for-react's autoResize) picks its
// strategy at import time, so the fake must exist before the imports above run.
const resizeObservers = vi.hoisted(() => {
  const callbacks: (() => void)[] = [];
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      callbacks.push(callback);
    }
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  } as unknown as typeof ResizeObserver;
  return callbacks;
});

beforeAll(() => installFakeCanvas());

afterAll(() => {
  vi.restoreAllMocks();
});

const option: EChartsCoreOption = {
  animation: false,
  xAxis: { type: 'category', data: ['2023', '2024'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [1, 2] }],
};

function chartEl(container: HTMLElement): HTMLElement {
  const el = container.querySelector<HTMLElement>('[role="img"]');
  if (!el) throw new Error('no chart container');
  return el;
}

describe('Chart', () => {
  it('reserves its height and labels itself before ECharts has rendered', () => {
    const { container } = render(
      <Chart lang="zh" option={option} height={240} ariaLabel="出生率 2023–2024" theme="light" />,
    );
    const el = chartEl(container);
    expect(el).toHaveClass('chart-box');
    expect(el.style.getPropertyValue('--chart-h')).toBe('240px');
    expect(el.style.getPropertyValue('--chart-h-narrow')).toBe('240px');
    expect(el).toHaveAttribute('aria-label', '出生率 2023–2024');
    expect(el).toHaveAttribute('data-chart-ready', 'false');
  });

  it('becomes ready, reports the instance, enables aria, and reports null on unmount', async () => {
    const onInstance = vi.fn<(instance: EChartsType | null) => void>();
    const { container, unmount } = render(
      <Chart
        lang="zh"
        option={option}
        height={240}
        ariaLabel="chart"
        theme="light"
        onInstance={onInstance}
      />,
    );
    const el = chartEl(container);
    await waitFor(() => expect(el).toHaveAttribute('data-chart-ready', 'true'));

    expect(onInstance).toHaveBeenCalledTimes(1);
    const instance = onInstance.mock.calls[0]?.[0];
    if (!instance) throw new Error('no instance');
    expect(instance.isDisposed()).toBeFalsy(); // ECharts returns undefined, not false
    expect(echarts.getInstanceByDom(el.firstElementChild as HTMLElement)).toBe(instance);
    expect(instance.getOption().aria).toMatchObject({ enabled: true });
    // ECharts' aria module describes the chart on its own DOM once enabled, in its locale.
    expect(el.firstElementChild).toHaveAttribute('aria-label', expect.stringMatching(/柱状图/));

    unmount();
    expect(onInstance).toHaveBeenCalledTimes(2);
    expect(onInstance).toHaveBeenLastCalledWith(null);
    expect(instance.isDisposed()).toBe(true);
  });

  it('becomes ready only after an animated first render finishes', async () => {
    const seen: { ready: string | null; animating: boolean }[] = [];
    const onInstance = (instance: EChartsType | null) => {
      if (!instance) return;
      const el = chartEl(container);
      seen.push({
        ready: el.getAttribute('data-chart-ready'),
        animating: !instance.getZr().animation.isFinished(),
      });
    };
    const animated = { ...option, animation: true, animationDuration: 200 };
    const { container } = render(
      <Chart
        lang="zh"
        option={animated}
        height={240}
        ariaLabel="chart"
        theme="light"
        onInstance={onInstance}
      />,
    );
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ ready: 'false', animating: true });
    await waitFor(() => expect(chartEl(container)).toHaveAttribute('data-chart-ready', 'true'));
  });

  it('switches theme with setTheme on the same instance', async () => {
    const onInstance = vi.fn<(instance: EChartsType | null) => void>();
    const props = { option, height: 240, ariaLabel: 'chart', onInstance };
    const { container, rerender } = render(<Chart lang="zh" {...props} theme="light" />);
    await waitFor(() => expect(chartEl(container)).toHaveAttribute('data-chart-ready', 'true'));
    const instance = onInstance.mock.calls[0]?.[0];
    if (!instance) throw new Error('no instance');
    const setTheme = vi.spyOn(instance, 'setTheme');

    expect(instance.getOption().darkMode).not.toBe(true);
    rerender(<Chart lang="zh" {...props} theme="dark" />);
    expect(setTheme).toHaveBeenCalledWith('dark');
    expect(instance.getOption().darkMode).toBe(true);
    rerender(<Chart lang="zh" {...props} theme="light" />);
    expect(setTheme).toHaveBeenLastCalledWith('default');
    expect(instance.getOption().darkMode).not.toBe(true);

    expect(instance.isDisposed()).toBeFalsy(); // ECharts returns undefined, not false
    expect(onInstance).toHaveBeenCalledTimes(1);
    const inner = chartEl(container).firstElementChild as HTMLElement;
    expect(echarts.getInstanceByDom(inner)).toBe(instance);
  });

  it('re-creates the chart in the new locale, keeping the current theme, when the language changes', async () => {
    const onInstance = vi.fn<(instance: EChartsType | null) => void>();
    const props = { option, height: 240, ariaLabel: 'chart', onInstance };
    const { container, rerender } = render(<Chart lang="zh" {...props} theme="light" />);
    await waitFor(() => expect(chartEl(container)).toHaveAttribute('data-chart-ready', 'true'));
    rerender(<Chart lang="zh" {...props} theme="dark" />);
    const first = onInstance.mock.calls[0]?.[0];
    rerender(<Chart lang="en" {...props} theme="dark" />);
    await waitFor(() => expect(onInstance.mock.calls.filter(([i]) => i !== null)).toHaveLength(2));
    const second = onInstance.mock.calls.filter(([i]) => i !== null)[1]?.[0];
    expect(second).not.toBe(first);
    expect(first?.isDisposed()).toBe(true);
    expect(second?.getOption().darkMode).toBe(true);
    expect(chartEl(container).firstElementChild).toHaveAttribute(
      'aria-label',
      expect.stringMatching(/bar/i),
    );
  });

  it('follows its container size through ResizeObserver', async () => {
    const onInstance = vi.fn<(instance: EChartsType | null) => void>();
    const { container } = render(
      <Chart
        lang="zh"
        option={option}
        height={240}
        ariaLabel="chart"
        theme="light"
        onInstance={onInstance}
      />,
    );
    await waitFor(() => expect(chartEl(container)).toHaveAttribute('data-chart-ready', 'true'));
    const instance = onInstance.mock.calls[0]?.[0];
    if (!instance) throw new Error('no instance');
    const resize = vi.spyOn(instance, 'resize');
    // size-sensor debounces by 60 ms and skips the very first (mount-time) notification.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(resize).not.toHaveBeenCalled();

    act(() => resizeObservers.at(-1)?.());
    await waitFor(() => expect(resize).toHaveBeenCalledWith({ width: 'auto', height: 'auto' }));
  });

  it('drops series that are no longer in the option', async () => {
    const onInstance = vi.fn<(instance: EChartsType | null) => void>();
    const two: EChartsCoreOption = {
      ...option,
      series: [
        { type: 'bar', name: 'a', data: [1, 2] },
        { type: 'bar', name: 'b', data: [3, 4] },
      ],
    };
    const one: EChartsCoreOption = {
      ...option,
      series: [{ type: 'bar', name: 'b', data: [3, 4] }],
    };
    const props = { height: 240, ariaLabel: 'chart', theme: 'light' as const, onInstance };
    const { container, rerender } = render(<Chart lang="zh" {...props} option={two} />);
    await waitFor(() => expect(chartEl(container)).toHaveAttribute('data-chart-ready', 'true'));
    const instance = onInstance.mock.calls[0]?.[0];
    if (!instance) throw new Error('no instance');

    rerender(<Chart lang="zh" {...props} option={one} />);
    expect(instance.getOption().series).toEqual([expect.objectContaining({ name: 'b' })]);
  });
});
