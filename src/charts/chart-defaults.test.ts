import { describe, expect, it } from 'vitest';
import { OWN_PATTERNS, withChartDefaults } from './chart-defaults';
import { SERIES_PALETTE } from './palette';

const base = { series: [{ type: 'bar', data: [1] }] };
const ctx = { theme: 'light' as const, reducedMotion: false, patterns: false };

describe('withChartDefaults', () => {
  it('uses the theme palette unless the option brings its own colours', () => {
    expect(withChartDefaults(base, ctx).color).toEqual(SERIES_PALETTE.light);
    expect(withChartDefaults(base, { ...ctx, theme: 'dark' }).color).toEqual(SERIES_PALETTE.dark);
    expect(withChartDefaults({ ...base, color: ['#000000'] }, ctx).color).toEqual(['#000000']);
  });

  it('turns animation off for reduced motion, even when the option asks for it', () => {
    expect(withChartDefaults(base, ctx).animation).toBeUndefined();
    expect(
      withChartDefaults({ ...base, animation: true }, { ...ctx, reducedMotion: true }),
    ).toMatchObject({ animation: false });
  });

  it('always enables aria and shows decals only when patterns are on', () => {
    const aria = (patterns: boolean) =>
      withChartDefaults({ ...base, aria: { label: { description: 'x' } } }, { ...ctx, patterns })
        .aria;
    expect(aria(false)).toEqual({
      label: { description: 'x' },
      enabled: true,
      decal: { show: false },
    });
    expect(aria(true)).toMatchObject({ enabled: true, decal: { show: true } });
  });

  it('leaves automatic patterns off for a chart that draws its own meaningful ones', () => {
    const own = { ...base, aria: { ...OWN_PATTERNS, label: { description: 'x' } } };
    expect(withChartDefaults(own, { ...ctx, patterns: true }).aria).toMatchObject({
      enabled: true,
      decal: { show: false },
    });
  });
});
