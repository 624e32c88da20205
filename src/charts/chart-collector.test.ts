import { describe, expect, it } from 'vitest';
import { ChartCollector } from './chart-collector';

describe('ChartCollector', () => {
  it('lists charts in page order, whatever order they registered in', () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const collector = new ChartCollector();
    collector.set('b', { title: 'B', option: {}, element: { current: second } });
    collector.set('a', { title: 'A', option: {}, element: { current: first } });
    expect(collector.list().map((c) => c.title)).toEqual(['A', 'B']);
    collector.delete('a');
    expect(collector.list().map((c) => c.title)).toEqual(['B']);
  });
});
