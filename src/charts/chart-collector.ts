import { createContext, useContext, useEffect } from 'react';
import type { RefObject } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

export interface CollectedChart {
  title: string;
  option: EChartsCoreOption;
  element: RefObject<HTMLElement | null>;
}

/**
 * The charts a panel is showing, for its exports: each <Chart> inside a collector registers
 * its option, so an export redraws exactly what is on screen, composed for the page.
 */
export class ChartCollector {
  private readonly charts = new Map<string, CollectedChart>();

  set(key: string, chart: CollectedChart) {
    this.charts.set(key, chart);
  }

  delete(key: string) {
    this.charts.delete(key);
  }

  /** In the order they appear on the page, whatever order they registered in. */
  list(): CollectedChart[] {
    return [...this.charts.values()].sort((a, b) => {
      const ea = a.element.current;
      const eb = b.element.current;
      if (!ea || !eb) return 0;
      return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }
}

export const ChartCollectorContext = createContext<ChartCollector | null>(null);

export const useCollectChart = (key: string, chart: CollectedChart) => {
  const collector = useContext(ChartCollectorContext);
  const { title, option, element } = chart;
  useEffect(() => {
    if (!collector) return;
    collector.set(key, { title, option, element });
    return () => collector.delete(key);
  }, [collector, key, title, option, element]);
};
