import { describe, expect, it } from 'vitest';
import { chartBoxStyle } from './chart-box';

describe('chartBoxStyle', () => {
  it('gives phones the same height unless told otherwise', () => {
    expect(chartBoxStyle({ height: 240 })).toEqual({
      '--chart-h': '240px',
      '--chart-h-narrow': '240px',
    });
  });
  it('carries the narrow height beside the wide one', () => {
    expect(chartBoxStyle({ height: 420, narrowHeight: 280 })).toEqual({
      '--chart-h': '420px',
      '--chart-h-narrow': '280px',
    });
  });
});
