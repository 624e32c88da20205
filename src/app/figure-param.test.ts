import { describe, expect, it } from 'vitest';
import { applyFigure, auditSearch, serializeView } from './view-state';

const KNOWN = 'rkdm-k8fw8hwt63';
const base = { regionCodes: new Set(['150000']), years: [2014, 2023] as const };
const ctx = { ...base, figureKnown: (id: string) => id === KNOWN };

describe('the figure parameter', () => {
  it('is written as given and kept when the data has the figure', () => {
    expect(serializeView({ figure: KNOWN })).toBe(`?figure=${KNOWN}`);
    expect(auditSearch(`?figure=${KNOWN}`, ctx)).toEqual([]);
    expect(applyFigure(KNOWN, ctx)).toBe(KNOWN);
  });

  it('is dropped with a notice when no figure has the id, or the id is malformed', () => {
    expect(auditSearch('?figure=zzzz-zzzzzzzzzz', ctx)).toEqual([
      { param: 'figure', value: 'zzzz-zzzzzzzzzz', reason: 'unknown-figure' },
    ]);
    expect(auditSearch('?figure=<script>', ctx)).toEqual([
      { param: 'figure', value: '<script>', reason: 'invalid' },
    ]);
    expect(applyFigure('zzzz-zzzzzzzzzz', ctx)).toBeNull();
  });

  it('is not judged before the figures are known', () => {
    expect(auditSearch('?figure=zzzz-zzzzzzzzzz', base)).toEqual([]);
    expect(applyFigure('zzzz-zzzzzzzzzz', null)).toBe('zzzz-zzzzzzzzzz');
  });
});
