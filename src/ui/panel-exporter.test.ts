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

  it("carries the panel's key figures, the chart's caption and the notes, as on screen", async () => {
    const dataset = testDataset([indicator('i', '')], [observation('i', 2023, 875)]);
    const exporter = createPanelExporter({
      id: 'doctors',
      title: '家庭医生',
      rows: observationRows(dataset, dataset.observations, () => '呼和浩特市', 'zh'),
      filters: { region: '150100', from: null, to: null },
      regionName: () => '呼和浩特市',
      lang: 'zh',
      charts: [{ title: '签约率', option: heatmap, caption: '截至2023年9月25日。', sentence: '' }],
      figures: [
        { id: 'teams', label: '家庭医生团队', value: '875个', detail: '2023' },
        ...Array.from({ length: 16 }, (_, i) => ({ id: `${i}`, label: `f${i}`, value: `${i}` })),
      ],
      notes: ['斜线表示推断的归属。'],
      embedHeight: 400,
    });
    const svg = await exporter.svg({ preset: 'landscape', background: 'light' });
    const texts = [
      ...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text'),
    ].map((t) => t.textContent);
    for (const text of ['家庭医生团队', '875个', '截至2023年9月25日。', '斜线表示推断的归属。'])
      expect(texts).toContain(text);
    // Seventeen figures: fourteen cards and a fifteenth that counts the other three.
    expect(texts).toContain('另有 3 项数据，见 CSV');
  });
});
