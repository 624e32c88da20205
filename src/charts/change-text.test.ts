import { describe, expect, it } from 'vitest';
import { changeBetween } from '../data/select';
import { changeText, verdictText } from './change-text';
import { indicator } from '../data/test-dataset';

describe('changeText', () => {
  const infant = indicator('infant', '‰');
  it('gives absolute and percent change with signs', () => {
    expect(changeText(changeBetween(5.34, 3.45, 'lower'), infant, 'zh')).toBe('−1.89‰ (−35.4%)');
    expect(verdictText(changeBetween(5.34, 3.45, 'lower'), 'en')).toBe('better');
  });
  it('gives percentage points for percent indicators', () => {
    const incidence = indicator('incidence', '%', { kind: 'percent' });
    expect(changeText(changeBetween(13, 0.19, 'lower'), incidence, 'en')).toBe('−12.81 pp');
    expect(changeText(changeBetween(13, 0.19, 'lower'), incidence, 'zh')).toBe('−12.81个百分点');
  });
  it('has no verdict for neutral indicators', () =>
    expect(verdictText(changeBetween(1, 2, 'neutral'), 'zh')).toBe(''));
});
