import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { ChartCollector } from '../charts/chart-collector';
import { indicator, observation, testDataset } from '../charts/test-dataset';
import { buildRegionIndex } from '../data/regions';
import { createPanelExporter } from './panel-exporter';

const CELL_COLOUR = '#ab12cd';

// A matrix as the five-centres panel draws it: a heatmap, whose series code is a chunk of its
// own that the page loads only when such a chart comes near the viewport.
const heatmap: EChartsCoreOption = {
  xAxis: { type: 'category', data: ['a', 'b'] },
  yAxis: { type: 'category', data: ['x', 'y'] },
  visualMap: {
    type: 'piecewise',
    show: false,
    pieces: [{ value: 1, label: 'one', color: CELL_COLOUR }],
  },
  series: [
    {
      id: 'cells',
      type: 'heatmap',
      data: [
        [0, 0, 1],
        [1, 0, 1],
        [0, 1, 1],
        [1, 1, 1],
      ],
    },
  ],
};

describe('createPanelExporter images', () => {
  it('draws a heatmap whose chart never mounted (its chart code not loaded by the page)', async () => {
    const charts = new ChartCollector();
    charts.set('matrix', { title: 'Matrix', option: heatmap, element: { current: null } });
    const exporter = createPanelExporter({
      id: 'matrix-panel',
      title: 'Matrix',
      dataset: testDataset([indicator('i', '')], [observation('i', 2020, 1)]),
      regions: buildRegionIndex({
        regions: [
          { code: '150000', name: { zh: '内蒙古', en: 'IM' }, parent: null, level: 'province' },
        ],
      }),
      observations: [observation('i', 2020, 1)],
      filters: { region: '150000', from: null, to: null },
      lang: 'en',
      charts,
      embedHeight: 400,
    });
    const svg = await exporter.svg({ preset: 'landscape', background: 'light' });
    const cells = svg.match(new RegExp(`fill="${CELL_COLOUR}"`, 'giu')) ?? [];
    // Four cells, plus the key's swatch.
    expect(cells.length).toBeGreaterThanOrEqual(4);
  });
});
