import { describe, expect, it } from 'vitest';
import { normalize } from './article-check';
import {
  STATUS_WORDS,
  cover,
  coverageProblems,
  missingContexts,
  storesFact,
  uncovered,
  uncoveredNumbers,
  uncoveredStatusWords,
} from './article-check-coverage';
import type { ArticleName } from './article-check-coverage';
import { STATUS_FACTS } from './article-check-status-facts';
import { articles, bundledDatasets } from '../../tests/unit/load-fixtures';

const datasets = bundledDatasets();
const named = Object.entries(articles) as [ArticleName, string][];

describe('every number in the articles is in a dataset or explained', () => {
  for (const [name, text] of named) {
    it(name, () => {
      expect(missingContexts(name, text)).toEqual([]);
      expect(uncoveredNumbers(name, text, datasets)).toEqual([]);
    });
  }
});

describe('every status fact of the articles is stored or excluded with a reason', () => {
  it.each(STATUS_FACTS.map((f) => [`${f.indicator} ${f.region ?? ''} ${f.context}`, f] as const))(
    '%s',
    (_, fact) => expect(storesFact(fact, datasets)).toBe(true),
  );
  for (const [name, text] of named) {
    it(`${name}: every status word lies in a listed fact or a reasoned exclusion`, () =>
      expect(uncoveredStatusWords(name, text)).toEqual([]));
    it(`${name}: no coverage problem at all`, () =>
      expect(coverageProblems(name, text, datasets)).toEqual([]));
  }
  it('finds a status word no passage explains', () => {
    const body = normalize('武川县建成两个中心。清水河县挂牌。');
    const covered = new Array<boolean>(body.length).fill(false);
    cover(body, covered, { context: '武川县建成两个中心' });
    expect(uncovered(body, covered, STATUS_WORDS)).toEqual(['成两个中心。清水河县挂牌。']);
  });
  it('covers a span from its first words to its last', () => {
    const body = '甲乙建成丙丁。戊建成';
    const covered = new Array<boolean>(body.length).fill(false);
    cover(body, covered, { context: '甲乙', to: '丁。' });
    expect(uncovered(body, covered, STATUS_WORDS)).toEqual(['甲乙建成丙丁。戊建成']);
  });
  it('does not count a fact as stored when the tie differs (Yuquan signed an agreement)', () => {
    const fact = STATUS_FACTS.find((f) => f.region === '150104');
    if (!fact) throw new Error('no Yuquan fact');
    expect(storesFact(fact, datasets)).toBe(true);
    expect(storesFact({ ...fact, dims: { tie: 'member' } }, datasets)).toBe(false);
  });
  it('reports facts whose observation is missing', () => {
    const without = datasets.map((d) => ({
      ...d,
      observations: d.observations.filter((o) => o.indicator !== 'poor-households-status'),
    }));
    expect(coverageProblems('article-000', articles['article-000'], without)).toEqual([
      'status fact "包括鞠帮军在内的贫困户全部脱贫" is not stored as morin-dawa-poverty/poor-households-status',
    ]);
  });
});
