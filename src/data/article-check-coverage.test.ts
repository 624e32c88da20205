import { describe, expect, it } from 'vitest';
import { normalize } from './article-check';
import { NOT_STATISTICS, STATUS_WORDS, cover, uncovered } from './article-check-coverage';
import type { Exclusion } from './article-check-coverage';
import { NOT_STATUS_FACTS, STATUS_FACTS } from './article-check-status-facts';
import type { StatusFact } from './article-check-status-facts';
import type { Dataset } from './schema';
import { articles, bundledDatasets } from '../../tests/unit/load-fixtures';

const datasets = bundledDatasets();
const NUMBERS = /\d+(?:\.\d+)?/g;

/** Characters of an article covered by the given passages. */
const coverage = (body: string, passages: readonly Pick<Exclusion, 'context' | 'to'>[]) => {
  const covered = new Array<boolean>(body.length).fill(false);
  passages.forEach((p) => cover(body, covered, p));
  return covered;
};

/** Whether an observation of the dataset stores the fact, in a quote (or headline) with its words. */
const stores = (fact: StatusFact, dataset: Dataset | undefined) =>
  dataset?.observations.some((o) => {
    const headline = dataset.sources.find((s) => s.id === o.source)?.headline.zh ?? '';
    return (
      o.indicator === fact.indicator &&
      (fact.region === undefined || o.region === fact.region) &&
      (fact.value === undefined || o.value === fact.value) &&
      Object.entries(fact.dims ?? {}).every(([k, v]) => o.dims?.[k] === v) &&
      [o.quote, headline].some((text) => normalize(text).includes(normalize(fact.context)))
    );
  }) ?? false;

describe('every number in the articles is in a dataset or explained', () => {
  for (const [name, text] of Object.entries(articles)) {
    it(name, () => {
      const body = normalize(text);
      const exclusions = NOT_STATISTICS.filter((n) => n.article === name);
      exclusions.forEach((n) =>
        expect(body, `allow-list context "${n.context}" must occur`).toContain(
          normalize(n.context),
        ),
      );
      const passages = [
        ...datasets.flatMap((d) => d.observations.map((o) => ({ context: o.quote }))),
        // A headline repeats figures of its body; it is printed with every source.
        ...datasets.flatMap((d) => d.sources.map((s) => ({ context: s.headline.zh }))),
        ...exclusions,
      ];
      expect(uncovered(body, coverage(body, passages), NUMBERS)).toEqual([]);
    });
  }
});

describe('every status fact of the articles is stored or excluded with a reason', () => {
  it.each(STATUS_FACTS.map((f) => [`${f.indicator} ${f.region ?? ''} ${f.context}`, f] as const))(
    '%s',
    (_, fact) => {
      expect(normalize(articles[fact.article])).toContain(normalize(fact.context));
      expect(
        stores(
          fact,
          datasets.find((d) => d.id === fact.dataset),
        ),
      ).toBe(true);
    },
  );
  for (const [name, text] of Object.entries(articles)) {
    it(`${name}: every status word lies in a listed fact or a reasoned exclusion`, () => {
      const body = normalize(text);
      const exclusions = NOT_STATUS_FACTS.filter((n) => n.article === name);
      exclusions.forEach((n) => {
        expect(body).toContain(normalize(n.context));
        if (n.to) expect(body).toContain(normalize(n.to));
      });
      const facts = STATUS_FACTS.filter((f) => f.article === name);
      expect(uncovered(body, coverage(body, [...facts, ...exclusions]), STATUS_WORDS)).toEqual([]);
    });
  }
  it('finds a status word the lists do not explain', () => {
    const body = normalize('武川县建成两个中心。清水河县挂牌。');
    const covered = coverage(body, [{ context: '武川县建成两个中心' }]);
    expect(uncovered(body, covered, STATUS_WORDS)).toEqual(['成两个中心。清水河县挂牌。']);
  });
  it('finds no fact stored for a quote that does not hold its words', () => {
    const dataset = datasets.find((d) => d.id === 'hohhot-medical-groups');
    const fact = STATUS_FACTS.find((f) => f.region === '150104');
    if (!fact) throw new Error('no Yuquan fact');
    expect(stores(fact, dataset)).toBe(true);
    expect(stores({ ...fact, dims: { tie: 'member' } }, dataset)).toBe(false);
  });
});
