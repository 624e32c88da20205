import { describe, expect, it } from 'vitest';
import type { Observation } from '../data/schema';
import {
  rankingSentence,
  seriesSentence,
  statusSentence,
  trendSentence,
  valuesSentence,
} from './chart-sentence';
import { indicator, observation, testDataset } from '../data/test-dataset';

import { en, infant, zh } from './test-sentence-fixtures';

describe('trendSentence', () => {
  const series = [
    observation('infant-mortality', 2019, 3.45),
    observation('infant-mortality', 2015, 5.34),
  ];
  it('states a fall with its percent change, in both languages', () => {
    expect(trendSentence(infant, series, zh)).toBe(
      '2015—2019年，内蒙古婴儿死亡率由5.34‰降至3.45‰，下降35.4%。',
    );
    expect(trendSentence(infant, series, en)).toBe(
      'Infant mortality in Inner Mongolia fell from 5.34 to 3.45 per 1,000 between 2015 and 2019 (−35.4%).',
    );
  });

  it('states a rise, and a percentage in percentage points', () => {
    const rate = indicator('signing', '%', {
      kind: 'percent',
      better: 'higher',
      name: { zh: '签约率', en: 'Signing rate' },
    });
    const rise = [
      observation('signing', 2018, 40, { region: '150100' }),
      observation('signing', 2020, 52.71, { region: '150100' }),
    ];
    expect(trendSentence(rate, rise, zh)).toBe(
      '2018—2020年，呼和浩特市签约率由40%升至52.71%，增长12.71个百分点。',
    );
    expect(trendSentence(rate, rise, en)).toBe(
      'Signing rate in Hohhot rose from 40% to 52.71% between 2018 and 2020 (+12.71 pp).',
    );
  });

  it('says "held" for no change, omits a percent from zero, keeps qualifiers', () => {
    const count = indicator('villages', '个', {
      kind: 'count',
      name: { zh: '贫困村', en: 'Poor villages' },
    });
    const unitEn = { ...count, unit: { zh: '个', en: 'villages' } };
    expect(
      trendSentence(
        count,
        [observation('villages', 2014, 5), observation('villages', 2019, 5)],
        zh,
      ),
    ).toBe('2014—2019年，内蒙古贫困村保持5个。');
    expect(
      trendSentence(
        unitEn,
        [observation('villages', 2014, 0), observation('villages', 2019, 7)],
        en,
      ),
    ).toBe('Poor villages in Inner Mongolia rose from 0 to 7 villages between 2014 and 2019.');
    expect(
      trendSentence(
        count,
        [
          observation('villages', 2014, 20, { qualifier: 'more-than' }),
          observation('villages', 2019, 10),
        ],
        zh,
      ),
    ).toBe('2014—2019年，内蒙古贫困村由20多个降至10个，下降50.0%。');
  });

  it('has nothing to say about one figure', () => {
    expect(trendSentence(infant, [observation('infant-mortality', 2019, 3.45)], zh)).toBeNull();
    expect(trendSentence(infant, [], en)).toBeNull();
  });
});

describe('valuesSentence', () => {
  const firearms = indicator('firearms', '支', {
    kind: 'count',
    name: { zh: '收缴枪支', en: 'Firearms seized' },
    unit: { zh: '支', en: 'pieces' },
  });
  const bullets = indicator('bullets', '发', {
    kind: 'count',
    name: { zh: '收缴子弹', en: 'Bullets seized' },
    unit: { zh: '发', en: 'rounds' },
  });
  const dataset = testDataset(
    [firearms, bullets],
    [observation('firearms', 2020, 834), observation('bullets', 2020, 227000)],
  );
  it('lists the figures of one year and region, said once', () => {
    expect(valuesSentence(dataset, dataset.observations, zh)).toBe(
      '2020年，内蒙古收缴枪支834支、收缴子弹22.7万发。',
    );
    expect(valuesSentence(dataset, dataset.observations, en)).toBe(
      'In 2020, Inner Mongolia — Firearms seized: 834 pieces; Bullets seized: 227,000 rounds.',
    );
  });

  it('names years and regions per figure when they differ, and counts what it leaves out', () => {
    const many = [
      observation('firearms', 2019, 800, { region: '150100' }),
      observation('firearms', 2020, 834, { region: '150200' }),
    ];
    expect(valuesSentence(dataset, many, zh)).toBe(
      '呼和浩特市收缴枪支800支（2019年）、包头市收缴枪支834支（2020年）。',
    );
    const eight = Array.from({ length: 8 }, (_, i) => observation('firearms', 2000 + i, i));
    expect(valuesSentence(dataset, eight, en)).toMatch(/, and 2 more\.$/);
    expect(valuesSentence(dataset, eight, zh)).toMatch(/等8项。$/);
    expect(valuesSentence(dataset, [], zh)).toBeNull();
  });

  it('names dimension values (before/after) under one indicator', () => {
    const lines = indicator('lines', '路', {
      kind: 'count',
      name: { zh: '120呼叫线路', en: '120 call lines' },
      unit: { zh: '路', en: 'lines' },
    });
    const staged = testDataset(
      [lines],
      [
        observation('lines', 2020, 10, { dims: { stage: 'before' } }),
        observation('lines', 2020, 30, { dims: { stage: 'after' } }),
      ],
      {
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
      },
    );
    expect(valuesSentence(staged, staged.observations, zh)).toBe(
      '2020年，内蒙古120呼叫线路：扩容前10路、扩容后30路。',
    );
    expect(valuesSentence(staged, staged.observations, en)).toBe(
      'In 2020, Inner Mongolia — 120 call lines — Before: 10 lines; After: 30 lines.',
    );
  });
});

describe('rankingSentence', () => {
  const rate = indicator('signing', '%', {
    kind: 'percent',
    name: { zh: '签约率', en: 'Signing rate' },
  });
  const figures = [
    observation('signing', 2019, 40, { region: '150200' }),
    observation('signing', 2019, 52.71, { region: '150100' }),
    observation('signing', 2019, 45, { region: '150125' }),
  ];
  it('names the highest and the lowest region', () => {
    expect(rankingSentence(rate, figures, zh)).toBe(
      '2019年，3个地区的签约率中，呼和浩特市最高（52.71%），包头市最低（40%）。',
    );
    expect(rankingSentence(rate, figures, en)).toBe(
      'Signing rate, 2019: highest in Hohhot (52.71%), lowest in Baotou (40%) of 3 regions.',
    );
  });
  it('needs two regions', () => {
    expect(rankingSentence(rate, figures.slice(0, 1), zh)).toBeNull();
  });
});

describe('statusSentence', () => {
  const status = indicator('status', '', {
    kind: 'category',
    name: { zh: '建设状态', en: 'Status' },
    categories: [
      { id: 'built', name: { zh: '已建成', en: 'Built' }, terms: ['建成'] },
      {
        id: 'meets',
        name: { zh: '已达到验收标准', en: 'Meets the acceptance standard' },
        terms: ['达到'],
      },
    ],
  });
  const dataset = testDataset(
    [status],
    [
      {
        ...observation('status', 2023, 0, { region: '150125', dims: { centre: 'maternal' } }),
        value: 'built',
      },
      {
        ...observation('status', 2023, 0, { region: '150125', dims: { centre: 'neonatal' } }),
        value: 'built',
      },
      {
        ...observation('status', 2023, 0, { region: '150121', dims: { centre: 'stroke' } }),
        value: 'meets',
      },
    ],
    {
      dimensions: [
        {
          id: 'centre',
          name: { zh: '中心', en: 'Centre' },
          values: [
            {
              id: 'maternal',
              name: { zh: '危重症孕产妇救治中心', en: 'Critical maternal care centre' },
            },
            {
              id: 'neonatal',
              name: { zh: '危重新生儿救治中心', en: 'Critical neonatal care centre' },
            },
            { id: 'stroke', name: { zh: '卒中中心', en: 'Stroke centre' } },
          ],
        },
      ],
    },
  );
  it('groups centres by region and state', () => {
    expect(statusSentence(dataset, dataset.observations, zh)).toBe(
      '2023年，武川县的危重症孕产妇救治中心、危重新生儿救治中心已建成；土默特左旗的卒中中心已达到验收标准。',
    );
    expect(statusSentence(dataset, dataset.observations, en)).toBe(
      'In 2023, Wuchuan County — Critical maternal care centre, Critical neonatal care centre: built. Tumed Left Banner — Stroke centre: meets the acceptance standard.',
    );
  });
  it('names the indicator when a state has no dimension, and ignores numbers', () => {
    const plain = [{ ...observation('status', 2023, 0, { region: '150125' }), value: 'built' }];
    expect(statusSentence(dataset, plain, zh)).toBe('2023年，武川县建设状态：已建成。');
    expect(statusSentence(dataset, [observation('status', 2023, 1)], zh)).toBeNull();
  });
});

describe('seriesSentence', () => {
  const infantIn = (region: string) => [
    observation('infant-mortality', 2015, 5.34, { region }),
    observation('infant-mortality', 2019, 3.45, { region }),
  ];
  const data = testDataset([infant], []);
  it('gives the change of each indicator over its years', () => {
    expect(seriesSentence(data, infantIn('150000'), zh)).toBe(
      '2015—2019年，内蒙古婴儿死亡率由5.34‰降至3.45‰，下降35.4%。',
    );
  });
  it('lists the figures when a change cannot be read (one year, or two regions)', () => {
    expect(seriesSentence(data, infantIn('150000').slice(1), zh)).toBe(
      '2019年，内蒙古婴儿死亡率3.45‰。',
    );
    const two = [...infantIn('150100'), ...infantIn('150200')].filter((o) => o.year === 2019);
    expect(seriesSentence(data, two, en)).toBe(
      'In 2019 — Hohhot, Infant mortality: 3.45 per 1,000; Baotou, Infant mortality: 3.45 per 1,000.',
    );
  });
});

describe('statusSentence by facility', () => {
  const status = indicator('status', '', {
    kind: 'category',
    name: { zh: '建设状态', en: 'Status' },
    categories: [
      { id: 'built', name: { zh: '已建成', en: 'Built' }, terms: ['建成'] },
      {
        id: 'preparing',
        name: { zh: '已完成前期准备', en: 'Preparatory work completed' },
        terms: ['准备'],
      },
    ],
  });
  const dims = {
    dimensions: [
      {
        id: 'centre',
        name: { zh: '中心', en: 'Centre' },
        values: [
          { id: 'trauma', name: { zh: '创伤中心', en: 'Trauma centre' } },
          { id: 'stroke', name: { zh: '卒中中心', en: 'Stroke centre' } },
        ],
      },
      {
        id: 'facility',
        name: { zh: '医院', en: 'Hospital' },
        values: [{ id: 'first', name: { zh: '市第一医院', en: 'First Hospital' } }],
      },
    ],
  };
  const state = (value: string, centre: string, extra: Partial<Observation> = {}) => ({
    ...observation('status', 2023, 0, {
      region: '150100',
      dims: { centre, facility: 'first' },
      ...extra,
    }),
    value,
  });
  it('names the facility, each state once, and marks an inferred state', () => {
    const data = testDataset(
      [status],
      [
        state('built', 'trauma'),
        state('preparing', 'stroke', { inferred: true, basis: { zh: '据', en: 'by' } }),
      ],
      dims,
    );
    const options = { subjectDimension: 'facility' };
    expect(statusSentence(data, data.observations, zh, options)).toBe(
      '2023年，市第一医院的创伤中心已建成，卒中中心已完成前期准备（推断）。',
    );
    expect(statusSentence(data, data.observations, en, options)).toBe(
      'In 2023, First Hospital — Trauma centre: built; Stroke centre: preparatory work completed (inferred).',
    );
  });
  it('says each state’s year when they differ', () => {
    const data = testDataset(
      [status],
      [state('built', 'trauma'), state('preparing', 'stroke', { year: 2022 })],
      dims,
    );
    expect(statusSentence(data, data.observations, zh, { subjectDimension: 'facility' })).toBe(
      '市第一医院的创伤中心已建成（2023年），卒中中心已完成前期准备（2022年）。',
    );
  });
});
