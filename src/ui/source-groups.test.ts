import { describe, expect, it } from 'vitest';
import { indicator, observation, testDataset } from '../data/test-dataset';
import { buildRegionIndex } from '../data/regions';
import { observationRows } from '../charts/observation-row';
import { groupBySentence } from './source-groups';

const SENTENCE = '2020年全区收缴枪支834支、子弹22.7万发';
const OTHER = '2019年全区收缴枪支700支';
const dataset = testDataset(
  [indicator('guns', '支', { kind: 'count' }), indicator('rounds', '发', { kind: 'count' })],
  [
    observation('guns', 2020, 834, {
      quote: SENTENCE,
      quoteEn: 'In 2020 the region seized 834 guns and 227,000 rounds',
    }),
    observation('rounds', 2020, 227000, { quote: SENTENCE }),
    observation('guns', 2019, 700, { quote: OTHER }),
  ],
);
const regions = buildRegionIndex({
  regions: [{ code: '150000', name: { zh: '内蒙古', en: 'IM' }, parent: null, level: 'province' }],
});

describe('groupBySentence', () => {
  it('shows each sentence once, with every figure it states and each number marked', () => {
    const rows = observationRows(dataset, dataset.observations, (c) => regions.name(c, 'zh'), 'zh');
    const groups = groupBySentence(dataset, dataset.observations, rows);
    expect(groups.map((g) => g.quote)).toEqual([SENTENCE, OTHER]);
    const [first, second] = groups;
    expect(first?.figures.map((f) => f.label)).toEqual([
      'guns中 · 内蒙古 · 2020',
      'rounds中 · 内蒙古 · 2020',
    ]);
    expect(first?.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['834', '22.7万']);
    expect(first?.segments.map((s) => s.text).join('')).toBe(SENTENCE);
    expect(first?.quoteEn).toBe('In 2020 the region seized 834 guns and 227,000 rounds');
    expect(second?.figures).toHaveLength(1);
    expect(second?.quoteEn).toBeNull();
    // Every figure is listed exactly once.
    expect(groups.flatMap((g) => g.figures)).toHaveLength(rows.length);
  });

  it('keeps the same sentence from two articles apart: each names its own source', () => {
    const two = testDataset(
      dataset.indicators,
      [
        observation('guns', 2020, 834, { quote: SENTENCE }),
        observation('rounds', 2020, 227000, { quote: SENTENCE, source: 't' }),
      ],
      {
        sources: [
          ...dataset.sources,
          { ...dataset.sources[0]!, id: 't', headline: { zh: '另一篇', en: 'Another' } },
        ],
      },
    );
    const rows = observationRows(two, two.observations, (c) => regions.name(c, 'en'), 'en');
    expect(groupBySentence(two, two.observations, rows)).toHaveLength(2);
  });
});
