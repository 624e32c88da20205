import { describe, expect, it } from 'vitest';
import { buildHousingFundOption } from './build-housing-fund-option';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const share = indicator('online-business-share', '%', {
  kind: 'percent',
  decimals: 0,
  better: 'higher',
});

describe('buildHousingFundOption', () => {
  it('reads the online share against 0–100% and keeps "at least"', () => {
    const dataset = testDataset(
      [share],
      [observation('online-business-share', 2019, 90, { qualifier: 'at-least' })],
    );
    const option = buildHousingFundOption(dataset, dataset.observations, {
      lang: 'zh',
      regionName,
    });
    expect(option?.xAxis).toMatchObject({ min: 0, max: 100, name: '%' });
    expect((option?.series as { data: { text: string }[] }[])[0]?.data[0]?.text).toBe('90%以上');
  });
  it('returns null when there is nothing to draw', () => {
    const dataset = testDataset([share], [observation('other', 2019, 1)]);
    expect(
      buildHousingFundOption(dataset, dataset.observations, { lang: 'en', regionName }),
    ).toBeNull();
  });
});
