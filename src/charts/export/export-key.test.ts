import { describe, expect, it } from 'vitest';
import { EXPORT_KEY_ID, KEY_ROOM, withExportKey } from './export-key';

describe('withExportKey', () => {
  it("shows a hidden export-key legend under the chart, keeping each series' swatch", () => {
    const option = withExportKey({
      grid: { bottom: 8 },
      legend: { id: EXPORT_KEY_ID, show: false, data: ['a'] },
      series: [{ type: 'heatmap' }],
    });
    expect(option.legend).toMatchObject({ id: EXPORT_KEY_ID, show: true, bottom: 0, data: ['a'] });
    expect(option.grid).toEqual({ bottom: 8 + KEY_ROOM });
  });

  it('shows a hidden piecewise visualMap as the key and lifts a map above it', () => {
    const option = withExportKey({
      visualMap: { type: 'piecewise', show: false },
      series: [{ type: 'map' }],
    });
    expect(option.visualMap).toMatchObject({ show: true, bottom: 0 });
    expect(option.series).toEqual([{ type: 'map', bottom: KEY_ROOM }]);
  });

  it('leaves a chart whose legend shows on screen as it is', () => {
    const option = { legend: { show: true }, series: [] };
    expect(withExportKey(option)).toBe(option);
  });
});
