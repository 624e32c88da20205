import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { observationRows } from '../charts/observation-row';
import { indicator, observation, testDataset } from '../data/test-dataset';
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
    const dataset = testDataset([indicator('i', '')], [observation('i', 2020, 1)]);
    const exporter = createPanelExporter({
      id: 'matrix-panel',
      title: 'Matrix',
      rows: observationRows(dataset, dataset.observations, () => 'IM', 'en'),
      filters: { region: '150000', from: null, to: null },
      regionName: () => 'IM',
      lang: 'en',
      charts: [{ title: 'Matrix', option: heatmap, sentence: 'R150000 — i: built.' }],
      embedHeight: 400,
    });
    const svg = await exporter.svg({ preset: 'landscape', background: 'light' });
    const cells = svg.match(new RegExp(`fill="${CELL_COLOUR}"`, 'giu')) ?? [];
    // Four cells, plus the key's swatch.
    expect(cells.length).toBeGreaterThanOrEqual(4);
  });
});
