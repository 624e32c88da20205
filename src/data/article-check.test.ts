import { describe, expect, it } from 'vitest';
import { checkObservation, evaluateFormula, numbersInQuote } from './article-check';
import { articleText, englishWrites } from './article-check-quote';
import type { Dataset, Observation } from './schema';
import { articles, bundledDatasets } from '../../tests/unit/load-fixtures';

describe('numbersInQuote', () => {
  it('converts 万 and keeps per-100,000 as a unit', () => {
    expect(numbersInQuote('收缴各类子弹22.7 万发')).toEqual([227000]);
    expect(numbersInQuote('全区医疗卫生机构2.45万个')).toEqual([24500]);
    expect(numbersInQuote('18.27/10 万下降到12.73/10万')).toEqual([18.27, 12.73]);
    expect(numbersInQuote('5.34‰、45.1%、0.19％')).toEqual([5.34, 45.1, 0.19]);
  });
  it('reads Chinese numerals', () => {
    expect(numbersInQuote('建成两个中心，七大服务渠道')).toEqual([2, 7]);
  });
});

describe('evaluateFormula', () => {
  it('does arithmetic with precedence and parentheses', () => {
    expect(evaluateFormula('77 - 1.2')).toBe(75.8);
    expect(evaluateFormula('2 + 3 * (4 - 1) / 3')).toBe(5);
  });
  it('rejects malformed formulas', () => {
    expect(() => evaluateFormula('77 -')).toThrow();
    expect(() => evaluateFormula('(1 + 2')).toThrow();
  });
});

const count = {
  unit: { zh: '发', en: 'rounds' },
  kind: 'count',
  better: 'neutral',
  decimals: 0,
} as const;
const tiny: Dataset = {
  id: 'tiny',
  title: { zh: '测', en: 'T' },
  description: { zh: '测', en: 'T' },
  topic: 'health',
  sources: [
    { id: 's', publication: { zh: '报', en: 'P' }, date: '2021', headline: { zh: '题', en: 'H' } },
    {
      id: 's13',
      publication: { zh: '报', en: 'P' },
      date: '2021',
      headline: { zh: '“十三五”期间，全区人民健康水平进一步提高', en: 'H' },
    },
  ],
  indicators: [
    { id: 'bullets', name: { zh: '子弹', en: 'Bullets' }, terms: ['子弹'], ...count },
    { id: 'detonators', name: { zh: '雷管', en: 'Detonators' }, terms: ['雷管'], ...count },
    { id: 'cadres', name: { zh: '干部', en: 'Cadres' }, terms: ['干部'], ...count },
    { id: 'households', name: { zh: '户', en: 'H' }, terms: ['贫困户'], ...count },
    { id: 'life', name: { zh: '寿命', en: 'Life' }, terms: ['人均预期寿命'], ...count },
    { id: 'untermed', name: { zh: '无', en: 'None' }, ...count },
    {
      id: 'status',
      name: { zh: '状态', en: 'Status' },
      unit: { zh: '', en: '' },
      kind: 'category',
      better: 'neutral',
      decimals: 0,
      categories: [{ id: 'built', name: { zh: '已建成', en: 'Built' }, terms: ['建成'] }],
    },
  ],
  dimensions: [
    {
      id: 'centre',
      name: { zh: '中心', en: 'Centre' },
      values: [
        { id: 'stroke', name: { zh: '卒中中心', en: 'Stroke' }, terms: ['卒中'] },
        { id: 'maternal', name: { zh: '孕产妇', en: 'Maternal' }, terms: ['孕产妇'] },
      ],
    },
  ],
  observations: [],
};
const article = `2020年，全区公安机关收缴各类子弹22.7 万发；收缴炸药 6.4 万公斤、雷管25.9万枚、索类爆炸物品2.4万米；武川县建成孕产妇救治两个中心。
2019年人均预期寿命达到77岁，比2015年提高了1.2岁。2016年以来，莫旗共提拔干部77名。

使全区23.7万个贫困户全部脱贫。`;
const check = (o: Partial<Observation>) =>
  checkObservation(
    {
      indicator: 'bullets',
      region: '150000',
      year: 2020,
      value: 227000,
      quote: '2020年，全区公安机关收缴各类子弹22.7万发',
      quoteEn: 'In 2020 the police seized 227,000 rounds',
      source: 's',
      ...o,
    },
    tiny,
    [article],
  );
const note = { zh: '注', en: 'n' };

describe('checkObservation', () => {
  it('accepts a traceable figure', () => expect(check({})).toEqual([]));
  it('catches a unit-conversion slip', () =>
    expect(check({ value: 22.7 })).toContainEqual(
      expect.stringMatching(/value 22.7 is not written in the quote/),
    ));
  it('catches a quote that is not in the article', () =>
    expect(check({ quote: '2020年收缴各类子弹23万发', value: 230000 })).toContain(
      'quote does not occur in any source article',
    ));
  it('asks for a note when the quote lacks the year', () =>
    expect(check({ quote: '全区公安机关收缴各类子弹22.7 万发' })[0]).toMatch(/year 2020/));
  it('checks derivations: numbers from the quote, arithmetic right', () => {
    const derived = {
      indicator: 'life',
      year: 2015,
      quote: '2019年人均预期寿命达到77岁，比2015年提高了1.2岁',
      quoteEn: 'In 2019 life expectancy reached 77 years, 1.2 years more than in 2015',
      derived: true,
      note,
    } as const;
    expect(check({ ...derived, value: 75.8, formula: '77 - 1.2' })).toEqual([]);
    expect(check({ ...derived, value: 75.8, formula: '77 - 1.3 + 0.1' })).toEqual([
      'formula uses 1.3, 0.1, not written in the quote',
    ]);
    expect(check({ ...derived, value: 78.2, formula: '77 - 1.2' })).toEqual([
      'formula "77 - 1.2" gives 75.8, not 78.2',
    ]);
  });
  it('checks categories by their words', () => {
    const quote = '武川县建成孕产妇救治两个中心';
    const status = {
      indicator: 'status',
      value: 'built',
      note,
      quoteEn: 'Wuchuan built two centres',
    };
    expect(check({ ...status, quote })).toEqual([]);
    expect(check({ ...status, quote: '2020年，全区公安机关收缴各类子弹22.7万发' })).toContain(
      'the quote contains none of the words of category "built"',
    );
  });
});

describe('a quote proves what it counts', () => {
  const detonators = {
    indicator: 'detonators',
    value: 259000,
    note,
    quoteEn: 'seized 64,000 kg of explosives, 259,000 detonators and 24,000 m of cord',
  };
  it('rejects a fragment cut out of its clause, accepts the whole clause', () => {
    expect(check({ ...detonators, quote: '雷管25.9万枚' })).toEqual([
      'the quote is cut mid-clause: quote whole clauses, with their subject',
    ]);
    expect(
      check({ ...detonators, quote: '收缴炸药 6.4 万公斤、雷管25.9万枚、索类爆炸物品2.4万米' }),
    ).toEqual([]);
  });
  it('rejects a quote whose clause with the number does not name what is counted', () => {
    expect(
      check({
        ...detonators,
        value: 64000,
        quoteEn: '64,000',
        quote: '收缴炸药 6.4 万公斤、雷管25.9万枚、索类爆炸物品2.4万米',
      }),
    ).toEqual([]);
    expect(
      check({
        indicator: 'bullets',
        value: 64000,
        note,
        quoteEn: '64,000',
        quote: '收缴炸药 6.4 万公斤、雷管25.9万枚、索类爆炸物品2.4万米',
      }),
    ).toEqual(['no clause writing 64000 names what it counts (子弹)']);
    expect(check({ indicator: 'untermed' })).toEqual([
      'indicator "untermed" has no terms naming what it counts',
    ]);
  });
  it('requires each dimension value with terms to be named, except in an inference', () => {
    const status = {
      indicator: 'status',
      value: 'built',
      note,
      quote: '武川县建成孕产妇救治两个中心',
      quoteEn: 'Wuchuan built two maternal care centres',
    };
    expect(check({ ...status, dims: { centre: 'maternal' } })).toEqual([]);
    expect(check({ ...status, dims: { centre: 'stroke' } })).toEqual([
      'the quote does not name centre "stroke" (卒中)',
    ]);
    expect(check({ ...status, dims: { centre: 'stroke' }, inferred: true, basis: note })).toEqual(
      [],
    );
  });
  it('requires an English translation that writes the same number and no Chinese', () => {
    expect(check({ quoteEn: undefined })).toEqual([
      'the quote has no English translation (quoteEn)',
    ]);
    expect(check({ quoteEn: 'In 2020 the police seized 22,700 rounds' })).toEqual([
      'quoteEn does not write the value 227000',
    ]);
    expect(check({ quoteEn: 'In 2020 the police seized 227,000 发' })).toEqual([
      'quoteEn contains Chinese characters',
    ]);
  });
});

describe('periods', () => {
  const cadres = {
    indicator: 'cadres',
    value: 77,
    quote: '2016年以来，莫旗共提拔干部77名',
    quoteEn: 'Since 2016 the banner has promoted 77 cadres',
    note,
  };
  it('a figure counted "since <year>" has a period from that year', () => {
    expect(check(cadres)).toEqual(['the quote counts "since 2016" but the figure has no period']);
    expect(check({ ...cadres, period: { from: 2016, to: 2020 } })).toEqual([]);
    expect(check({ ...cadres, period: { from: 2015, to: 2020 } })).toEqual([
      'the quote counts since 2016, not 2015',
    ]);
  });
  it('a period named only by the headline ("十三五") must match its years', () => {
    const households = {
      indicator: 'households',
      value: 237000,
      quote: '使全区23.7万个贫困户全部脱贫',
      quoteEn: 'all 237,000 poor households were lifted out of poverty',
      note,
    };
    expect(check({ ...households, source: 's13', period: { from: 2016, to: 2020 } })).toEqual([]);
    expect(check({ ...households, source: 's13', period: { from: 2017, to: 2020 } })).toEqual([
      'neither the quote nor the headline names the period 2017–2020',
    ]);
    expect(check({ ...households, source: 's', period: { from: 2016, to: 2020 } })).toEqual([
      'neither the quote nor the headline names the period 2016–2020',
    ]);
  });
});

describe('quote helpers', () => {
  it('finds paragraphs at blank lines only', () => {
    const { text, paragraphStarts } = articleText('甲乙\n丙。\n\n丁戊');
    expect(text).toBe('甲乙丙。丁戊');
    expect([...paragraphStarts]).toEqual([0, 4]);
  });
  it('reads numbers in English as digits or small words, never inside a longer number', () => {
    expect(englishWrites('seized 227,000 rounds', 227000)).toBe(true);
    expect(englishWrites('two national centres', 2)).toBe(true);
    expect(englishWrites('1,302 rounds', 302)).toBe(false);
    expect(englishWrites('5.34‰', 5.3)).toBe(false);
  });
});

const datasets = bundledDatasets();
const texts = Object.values(articles);

describe('every bundled observation is traceable to its article', () => {
  it('has datasets to check', () => expect(datasets.length).toBeGreaterThanOrEqual(5));
  for (const dataset of datasets) {
    it(`${dataset.id}: every quote occurs and states the value`, () => {
      const failures = dataset.observations.flatMap((o, i) =>
        checkObservation(o, dataset, texts).map(
          (p) => `observations[${i}] ${o.indicator} ${o.region} ${o.year}: ${p}`,
        ),
      );
      expect(failures).toEqual([]);
    });
  }
});
