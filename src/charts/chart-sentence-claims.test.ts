import { describe, expect, it } from 'vitest';
import { trendSentence, valuesSentence } from './chart-sentence';
import { indicator, observation, testDataset } from '../data/test-dataset';

import { en, zh } from './test-sentence-fixtures';

describe('what a sentence may claim', () => {
  const lines = indicator('lines', '路', {
    kind: 'count',
    name: { zh: '120呼叫线路', en: '120 call lines' },
    unit: { zh: '路', en: 'lines' },
  });
  const stages = {
    dimensions: [
      {
        id: 'stage',
        name: { zh: '阶段', en: 'Stage' },
        values: [
          { id: 'before', name: { zh: '扩容前', en: 'Before' } },
          { id: 'after', name: { zh: '扩容后', en: 'After' } },
        ],
      },
    ],
  };
  it('never gives a figure without a year of its own the year it is filed under', () => {
    const staged = testDataset(
      [lines],
      [
        observation('lines', 2023, 30, {
          region: '150100',
          dims: { stage: 'before' },
          undated: true,
        }),
        observation('lines', 2023, 60, { region: '150100', dims: { stage: 'after' } }),
      ],
      stages,
    );
    expect(valuesSentence(staged, staged.observations, zh)).toBe(
      '呼和浩特市120呼叫线路：扩容前30路（年份未注明）、扩容后60路（2023年）。',
    );
    expect(valuesSentence(staged, staged.observations, en)).toBe(
      'Hohhot — 120 call lines — Before: 30 lines (year not stated); After: 60 lines (2023).',
    );
    const before = staged.observations.slice(0, 1);
    expect(valuesSentence(staged, before, zh)).toBe(
      '年份未注明，呼和浩特市120呼叫线路：扩容前30路。',
    );
    expect(valuesSentence(staged, before, en)).toBe(
      'Year not stated, Hohhot — 120 call lines — Before: 30 lines.',
    );
    // Nor draws a change from it.
    expect(
      trendSentence(lines, [before[0]!, observation('lines', 2024, 90, { region: '150100' })], zh),
    ).toBeNull();
  });

  it('says a total over several years is one, never its last year alone', () => {
    const households = indicator('lifted', '户', {
      kind: 'count',
      name: { zh: '因病致贫户脱贫', en: 'Households lifted' },
      unit: { zh: '户', en: 'households' },
    });
    const share = indicator('share', '%', {
      kind: 'percent',
      name: { zh: '占比', en: 'Share' },
    });
    const period = { from: 2016, to: 2020 };
    const data = testDataset(
      [households, share],
      [
        observation('lifted', 2020, 237000, { period }),
        observation('share', 2020, 45.1, { period }),
      ],
    );
    expect(valuesSentence(data, data.observations, zh)).toBe(
      '2016—2020年累计，内蒙古因病致贫户脱贫23.7万户、占比45.1%。',
    );
    expect(valuesSentence(data, data.observations, en)).toBe(
      'In 2016–2020 (cumulative), Inner Mongolia — Households lifted: 237,000 households; Share: 45.1%.',
    );
    const mixed = [data.observations[0]!, observation('share', 2019, 40)];
    expect(valuesSentence(data, mixed, zh)).toBe(
      '内蒙古因病致贫户脱贫23.7万户（2016—2020年累计）、占比40%（2019年）。',
    );
    expect(trendSentence(households, [observation('lifted', 2015, 1), mixed[0]!], en)).toBeNull();
  });

  it('marks a computed value as derived, in trends and lists', () => {
    const life = indicator('life', '岁', {
      kind: 'count',
      better: 'higher',
      decimals: 1,
      name: { zh: '人均预期寿命', en: 'Life expectancy' },
      unit: { zh: '岁', en: 'years' },
    });
    const series = [
      observation('life', 2015, 75.8, { derived: true, formula: '77 - 1.2' }),
      observation('life', 2019, 77),
    ];
    expect(trendSentence(life, series, zh)).toBe(
      '2015—2019年，内蒙古人均预期寿命由75.8岁（推算值）升至77岁，增长1.6%。',
    );
    expect(trendSentence(life, series, en)).toBe(
      'Life expectancy in Inner Mongolia rose from 75.8 (derived) to 77 years between 2015 and 2019 (+1.6%).',
    );
    const data = testDataset([life], series.slice(0, 1));
    expect(valuesSentence(data, data.observations, en)).toBe(
      'In 2015, Inner Mongolia — Life expectancy: 75.8 years (derived).',
    );
  });
});
