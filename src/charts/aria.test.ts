import { describe, expect, it } from 'vitest';
import { ariaDescription } from './aria';

describe('ariaDescription', () => {
  it('lists every item in the page language', () => {
    const items = [
      { name: '呼和浩特市', value: '3' },
      { name: '包头市', value: '0' },
    ];
    expect(ariaDescription('zh', '数据分布', items).label.description).toBe(
      '数据分布。 呼和浩特市：3；包头市：0。',
    );
    expect(
      ariaDescription('en', 'Figures by region', [{ name: 'Hohhot', value: '3' }]).label
        .description,
    ).toBe('Figures by region. Hohhot: 3.');
  });

  it('is just the title when there are no items', () => {
    expect(ariaDescription('en', 'Empty', []).label.description).toBe('Empty.');
  });
});
