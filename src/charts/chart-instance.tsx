import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
// esm/core: lib/core crashes under Vite 8, and the package root pulls in the full echarts.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { useMediaQuery } from '../lib/use-media-query';
import { withChartDefaults } from './chart-defaults';
import type { ChartProps } from './chart-props';
import { ChartSettingsContext } from './chart-settings';
import { echarts, THEME_NAME } from './echarts-setup';

// echarts-for-react disposes and re-creates the chart when `opts` differs (deep-equal);
// module constants rule that out. ECharts' own locale (aria descriptions, toolbox) is an
// init option, so each language has its own constant.
const OPTS = {
  zh: { renderer: 'canvas', locale: 'ZH' },
  en: { renderer: 'canvas', locale: 'EN' },
} as const;
const DEFAULT_REPLACE_MERGE = ['series'];
const SHOWN_STYLE = { height: '100%', width: '100%' };
const HIDDEN_STYLE = { ...SHOWN_STYLE, visibility: 'hidden' } as const;

export interface ChartInstanceProps extends ChartProps {
  /** False while ECharts is drawing or animating, true at its 'finished' event. */
  onReadyChange: (ready: boolean) => void;
  /** Kept but not shown: it draws an option that is no longer the current one. */
  hidden?: boolean;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

// Every instance this page created and has not seen disposed. Published on <html> as
// data-live-charts so a soak test can tell a leak (an instance outliving its chart) from
// charts that are simply on screen.
const live = new Set<EChartsType>();
const publishLive = () => {
  for (const instance of live) if (instance.isDisposed()) live.delete(instance);
  document.documentElement.dataset.liveCharts = String(live.size);
};

/**
 * The ECharts instance behind <Chart>, loaded with ECharts on first use. The parent keys it by
 * language (locale is an init option), so a language change is a clean remount, which also
 * initialises it with the current theme.
 */
export function ChartInstance({
  option,
  theme,
  lang,
  onEvents,
  onInstance,
  onReadyChange,
  replaceMerge = DEFAULT_REPLACE_MERGE,
  hidden = false,
}: ChartInstanceProps) {
  // echarts-for-react re-creates the instance when its `theme` prop changes; it only ever
  // sees the initial theme, later changes go through setTheme on the same instance.
  const [initialTheme] = useState(theme);
  const appliedTheme = useRef(theme);
  const [instance, setInstance] = useState<EChartsType | null>(null);

  // Latest callback without making the instance effect re-run (which would report null).
  const onInstanceRef = useRef(onInstance);
  const onReadyRef = useRef(onReadyChange);
  useEffect(() => {
    onInstanceRef.current = onInstance;
    onReadyRef.current = onReadyChange;
  });

  const reducedMotion = useMediaQuery(REDUCED_MOTION);
  const { patterns } = useContext(ChartSettingsContext);
  const fullOption = useMemo(
    () => withChartDefaults(option, { theme, reducedMotion, patterns }),
    [option, theme, reducedMotion, patterns],
  );

  useEffect(() => {
    if (!instance) return;
    live.add(instance);
    publishLive();
    onInstanceRef.current?.(instance);
    const markReady = () => onReadyRef.current(true);
    // echarts-for-react binds events only after setOption, so an unanimated chart has
    // already fired 'finished'; checking the animation queue covers that case.
    instance.on('finished', markReady);
    if (instance.getZr().animation.isFinished()) markReady();
    return () => {
      // echarts-for-react's componentWillUnmount has usually disposed it already.
      if (!instance.isDisposed()) instance.off('finished', markReady);
      onReadyRef.current(false);
      onInstanceRef.current?.(null);
      publishLive();
    };
  }, [instance]);

  // echarts-for-react has applied the new option in its componentDidUpdate, which runs before
  // this parent layout effect; ECharts flushes synchronously, so a chart still animating here
  // is not ready until its next 'finished' (and one that drew at once stays ready).
  useLayoutEffect(() => {
    if (instance && !instance.isDisposed() && !instance.getZr().animation.isFinished()) {
      onReadyRef.current(false);
    }
  }, [instance, fullOption]);

  useEffect(() => {
    if (!instance || instance.isDisposed() || appliedTheme.current === theme) return;
    instance.setTheme(THEME_NAME[theme]);
    appliedTheme.current = theme;
  }, [instance, theme]);

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={fullOption}
      theme={THEME_NAME[initialTheme]}
      opts={OPTS[lang]}
      notMerge={false}
      replaceMerge={replaceMerge}
      onEvents={onEvents}
      onChartReady={setInstance}
      style={hidden ? HIDDEN_STYLE : SHOWN_STYLE}
    />
  );
}
