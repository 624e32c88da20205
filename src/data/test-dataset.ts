import type { Dataset, Indicator, Observation } from './schema';

/** Tiny literal datasets for option-builder tests. */
export const indicator = (id: string, unit: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name: { zh: `${id}中`, en: `${id} en` },
  unit: { zh: unit, en: unit },
  kind: 'rate',
  better: 'lower',
  decimals: 2,
  ...extra,
});

export const observation = (
  indicatorId: string,
  year: number,
  value: number,
  extra: Partial<Observation> = {},
): Observation => ({
  indicator: indicatorId,
  region: '150000',
  year,
  value,
  quote: '引文引文',
  source: 's',
  ...extra,
});

export const testDataset = (
  indicators: Indicator[],
  observations: Observation[],
  extra: Partial<Dataset> = {},
): Dataset => ({
  id: 'test',
  title: { zh: '测试', en: 'Test' },
  description: { zh: '测试', en: 'Test' },
  topic: 'health',
  sources: [
    {
      id: 's',
      publication: { zh: '报', en: 'Paper' },
      date: '2021-01',
      headline: { zh: '题', en: 'Headline' },
    },
  ],
  indicators,
  observations,
  ...extra,
});

export const regionName = (code: string) => `R${code}`;
