import { describe, expect, it } from 'vitest';
import { PANEL_BACKGROUND, SERIES_PALETTE, contrastRatio } from './palette';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WebAIM's checker: #777777 on white is 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('SERIES_PALETTE', () => {
  it.each(['light', 'dark'] as const)(
    'keeps every %s-theme series colour at 3:1 or more against the panel',
    (theme) => {
      const ratios = SERIES_PALETTE[theme].map((colour) => ({
        colour,
        ratio: Number(contrastRatio(colour, PANEL_BACKGROUND[theme]).toFixed(2)),
      }));
      expect(ratios.filter((r) => r.ratio < 3)).toEqual([]);
      expect(new Set(SERIES_PALETTE[theme]).size).toBe(SERIES_PALETTE[theme].length);
    },
  );
});
