import { describe, expect, it } from 'vitest';
import { bundledDatasets } from '../../tests/unit/load-fixtures';
import { PANEL_INDICATORS, panelForFigure } from './figure-panels';
import { DATASETS_WITH_PANELS } from './registry';

describe('panelForFigure', () => {
  const panels = [
    { panelId: 'health-outcomes', datasetId: 'd', indicators: ['a', 'b'] },
    { panelId: 'health-reform', datasetId: 'd', indicators: ['c'] },
  ] as const;
  it('finds the panel listing the indicator of that dataset', () => {
    expect(panelForFigure(panels, 'd', 'c')).toBe('health-reform');
    expect(panelForFigure(panels, 'd', 'a')).toBe('health-outcomes');
  });
  it('falls back to the generic explorer panel of the dataset', () => {
    expect(panelForFigure(panels, 'synthetic', 'a')).toBe('explore-synthetic');
  });
});

describe('PANEL_INDICATORS', () => {
  it('puts every indicator of every dataset with panels on exactly one panel', () => {
    for (const dataset of bundledDatasets().filter((d) => DATASETS_WITH_PANELS.has(d.id)))
      for (const { id } of dataset.indicators) {
        const owners = PANEL_INDICATORS.filter(
          (p) => p.datasetId === dataset.id && p.indicators.includes(id),
        );
        expect(
          owners.map((p) => p.panelId),
          `${dataset.id}/${id}`,
        ).toHaveLength(1);
      }
  });
});
