import { describe, expect, it } from 'vitest';
import { bundledDatasets, readJson } from '../../../tests/unit/load-fixtures';
import { figureId } from '../figure-id';
import { LARGE_DATASET, createFigureSearch } from './search-index';
import type { Dataset, RegionsFile } from '../schema';
import { numberTerms, pinyinTerms, processTerm, tokenize } from './search-terms';

const regions = (readJson('public/data/regions.json') as RegionsFile).regions;
const search = createFigureSearch(bundledDatasets(), regions);

/** What the first result must be: `indicator@region/year` (dims not shown). */
const first = (query: string) => {
  const [hit] = search.search(query);
  return hit && `${hit.indicator.id}@${hit.observation.region}/${hit.observation.year}`;
};

describe('ranking: the first result of a query', () => {
  it.each([
    // Chinese words, in the indicator and in the quotes
    ['雷管', 'detonators-seized@150000/2020'],
    ['枪支', 'firearms-seized@150000/2020'],
    ['婴儿死亡率', 'infant-mortality@150000/2019'],
    ['贫困发生率', 'poverty-incidence@150722/2014'],
    ['孕产妇', 'maternal-mortality@150000/2019'],
    ['家庭医生', 'family-doctor-teams@150100/2023'],
    // English
    ['detonators', 'detonators-seized@150000/2020'],
    ['infant mortality', 'infant-mortality@150000/2019'],
    ['Hohhot family doctor', 'family-doctor-teams@150100/2023'],
    ['detnators', 'detonators-seized@150000/2020'], // one typo
    // numbers as printed
    ['834', 'firearms-seized@150000/2020'],
    ['22.7万', 'bullets-seized@150000/2020'],
    ['227,000', 'bullets-seized@150000/2020'],
    ['227000', 'bullets-seized@150000/2020'],
    ['2.45万', 'health-institutions@150000/2019'],
    ['5.34', 'infant-mortality@150000/2015'],
    // pinyin
    ['leiguan', 'detonators-seized@150000/2020'],
    ['lg', 'detonators-seized@150000/2020'],
  ])('%s -> %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it.each([
    // region names and aliases: a figure of that region comes first
    ['莫旗', '150722'],
    ['Morin Dawa', '150722'],
    ['武川', '150125'],
    ['Wuchuan', '150125'],
    ['土左旗', '150121'],
    ['wuchuan', '150125'],
  ])('%s -> a figure of region %s', (query, region) => {
    expect(search.search(query)[0]?.observation.region).toBe(region);
  });

  it('finds nothing for nothing and for words of no figure', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzzzqqq')).toEqual([]);
  });

  it('returns what a result line needs, with the terms matched', () => {
    const [hit] = search.search('雷管');
    expect(hit).toMatchObject({
      datasetId: 'firearm-seizures-2020',
      regionName: { zh: '内蒙古自治区', en: 'Inner Mongolia' },
      observation: { value: 259000, quote: expect.stringContaining('雷管25.9万枚') as string },
      terms: ['雷管'],
    });
    expect(hit?.id).toBe(figureId('firearm-seizures-2020', hit!.observation));
    expect(search.get(hit!.id)).toMatchObject({ indicator: { id: 'detonators-seized' } });
  });

  it('respects the limit', () => {
    expect(search.search('呼和浩特', 3)).toHaveLength(3);
  });
});

describe('a large dataset', () => {
  const observations = Array.from({ length: LARGE_DATASET + 1 }, (_, n) => ({
    indicator: `ind-${n % 3}`,
    region: ['150100', '150200', '150300', '150400'][Math.floor(n / 3) % 4]!,
    year: 1000 + Math.floor(n / 12),
    value: n,
    quote: `synthetic figure ${n}`,
    source: 's',
  }));
  const big: Dataset = {
    id: 'synthetic',
    title: { zh: '合成', en: 'Synthetic' },
    description: { zh: '合成', en: 'Synthetic' },
    topic: 'health',
    sources: [
      {
        id: 's',
        publication: { zh: '无', en: 'none' },
        date: '2020',
        headline: { zh: '无', en: 'none' },
      },
    ],
    indicators: [0, 1, 2].map((k) => ({
      id: `ind-${k}`,
      name: { zh: `合成指标${k}`, en: `Synthetic indicator ${k}` },
      unit: { zh: '个', en: 'units' },
      kind: 'count' as const,
      better: 'neutral' as const,
      decimals: 0,
    })),
    observations,
  };
  const index = createFigureSearch([big], regions);

  it('adds its indicators and regions (latest figure each), not every figure', () => {
    expect(index.size).toBeLessThanOrEqual(3 + 4);
    expect(index.search('Synthetic indicator 2')[0]?.indicator.id).toBe('ind-2');
    expect(index.search('包头')[0]?.observation.region).toBe('150200');
    const latest = Math.max(...observations.map((o) => o.year));
    expect(index.search('ind')).not.toEqual([]);
    expect(index.search('Synthetic indicator 0')[0]?.observation.year).toBe(latest);
  });
});

describe('terms', () => {
  it('segments Chinese into words and keeps numbers with their scale', () => {
    expect(tokenize('雷管25.9万枚')).toEqual(['25.9万', '雷管', '枚']);
    expect(tokenize('收缴枪支834支')).toEqual(['834', '收缴', '枪支', '支']);
    expect(tokenize('227,000 rounds')).toEqual(['227,000', 'rounds']);
  });

  it('reads printed numbers as values', () => {
    expect(numberTerms('22.7万')).toEqual(['227000', '22.7']);
    expect(numberTerms('227,000')).toEqual(['227000']);
    expect(numberTerms('1.2亿')).toEqual(['120000000', '1.2']);
    expect(numberTerms('5.34')).toEqual(['5.34']);
  });

  it('lower-cases, drops stop words and possessives', () => {
    expect(processTerm('Hohhot’s')).toEqual(['hohhot']);
    expect(processTerm('the')).toBeNull();
    expect(processTerm('Firearms')).toEqual(['firearms']);
  });

  it('spells Chinese names in pinyin, per word and whole, in full and as initials', () => {
    expect(pinyinTerms('收缴雷管')).toEqual([
      'shou',
      'jiao',
      'lei',
      'guan',
      'shoujiao',
      'sj',
      'leiguan',
      'lg',
      'shoujiaoleiguan',
      'sjlg',
    ]);
    expect(pinyinTerms('Hohhot')).toEqual([]);
  });
});
