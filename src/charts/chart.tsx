import { useEffect, useId, useMemo, useRef, useState } from 'react';
// esm/core: lib/core crashes under Vite 8, and the package root pulls in the full echarts.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import type { Lang } from '../data/schema';
import { useCollectChart } from './chart-collector';
import { echarts, THEME_NAME, type ChartTheme } from './echarts-setup';

// echarts-for-react disposes and re-creates the chart when `opts` differs (deep-equal);
// module constants rule that out. ECharts' own locale (aria descriptions, toolbox) is an
// init option, so each language has its own constant.
const OPTS = {
  zh: { renderer: 'canvas', locale: 'ZH' },
  en: { renderer: 'canvas', locale: 'EN' },
} as const;
const DEFAULT_REPLACE_MERGE = ['series'];

export interface ChartProps {
  option: EChartsCoreOption;
  /** Pixel height, reserved before ECharts renders so the layout never shifts. */
  height: number;
  ariaLabel: string;
  theme: ChartTheme;
  /** ECharts' built-in texts follow the page language. */
  lang: Lang;
  onEvents?: Record<string, (params: unknown) => void>;
  /** Receives the instance once it exists, and null once it is disposed. */
  onInstance?: (instance: EChartsType | null) => void;
  /** Components replaced (not merged) on update, so filtered-out series disappear. */
  replaceMerge?: string[];
  className?: string;
}

function withAria(option: EChartsCoreOption): EChartsCoreOption {
  const aria = option.aria;
  const base = typeof aria === 'object' && aria !== null && !Array.isArray(aria) ? aria : {};
  // Transparent by default: the panel's own background shows through in either theme
  // (ECharts' dark theme would otherwise paint its own navy).
  return { backgroundColor: 'transparent', ...option, aria: { ...base, enabled: true } };
}

/**
 * A language change re-creates the chart (locale is an init option); keying by language
 * makes that a clean remount, which also initialises it with the current theme.
 */
export function Chart(props: ChartProps) {
  return <ChartInstance key={props.lang} {...props} />;
}

function ChartInstance({
  option,
  height,
  ariaLabel,
  theme,
  lang,
  onEvents,
  onInstance,
  replaceMerge = DEFAULT_REPLACE_MERGE,
  className,
}: ChartProps) {
  // echarts-for-react re-creates the instance when its `theme` prop changes; it only ever
  // sees the initial theme, later changes go through setTheme on the same instance.
  const [initialTheme] = useState(theme);
  const appliedTheme = useRef(theme);
  const [instance, setInstance] = useState<EChartsType | null>(null);
  const [ready, setReady] = useState(false);

  // Latest callback without making the instance effect re-run (which would report null).
  const onInstanceRef = useRef(onInstance);
  useEffect(() => {
    onInstanceRef.current = onInstance;
  });

  const fullOption = useMemo(() => withAria(option), [option]);
  const container = useRef<HTMLDivElement>(null);
  useCollectChart(useId(), { title: ariaLabel, option, element: container });

  useEffect(() => {
    if (!instance) return;
    onInstanceRef.current?.(instance);
    const markReady = () => setReady(true);
    // echarts-for-react binds events only after setOption, so an unanimated chart has
    // already fired 'finished'; checking the animation queue covers that case.
    instance.on('finished', markReady);
    if (instance.getZr().animation.isFinished()) markReady();
    return () => {
      // echarts-for-react's componentWillUnmount has usually disposed it already.
      if (!instance.isDisposed()) instance.off('finished', markReady);
      onInstanceRef.current?.(null);
    };
  }, [instance]);

  useEffect(() => {
    if (!instance || instance.isDisposed() || appliedTheme.current === theme) return;
    instance.setTheme(THEME_NAME[theme]);
    appliedTheme.current = theme;
  }, [instance, theme]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-chart-ready={ready ? 'true' : 'false'}
      className={className}
      style={{ height }}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={fullOption}
        theme={THEME_NAME[initialTheme]}
        opts={OPTS[lang]}
        notMerge={false}
        replaceMerge={replaceMerge}
        onEvents={onEvents}
        onChartReady={setInstance}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
