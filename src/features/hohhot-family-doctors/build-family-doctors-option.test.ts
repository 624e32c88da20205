import { describe, expect, it } from 'vitest';
import { buildFamilyDoctorsOption } from './build-family-doctors-option';
import { indicator, observation, regionName, testDataset } from '../../data/test-dataset';

const percent = { kind: 'percent', decimals: 2, better: 'higher' } as const;
const note = { zh: '截至2023年9月25日。', en: 'As of 25 September 2023.' };
const dataset = testDataset(
  [
    indicator('family-doctor-signing-rate', '%', percent),
    indicator('family-doctor-signing-rate-key-groups', '%', percent),
    indicator('family-doctor-teams', '个', { kind: 'count', decimals: 0 }),
  ],
  [
    observation('family-doctor-teams', 2023, 875, { region: '150100', note }),
    observation('family-doctor-signing-rate-key-groups', 2023, 85.43, { region: '150100', note }),
    observation('family-doctor-signing-rate', 2023, 52.71, { region: '150100', note }),
  ],
);
interface Series {
  id: string;
  data: { value: number; text: string }[];
}

describe('buildFamilyDoctorsOption', () => {
  const chart = buildFamilyDoctorsOption(dataset, dataset.observations, { lang: 'en', regionName });

  it('draws both rates as horizontal bars on a 0–100% axis, teams left out', () => {
    expect(chart?.option.xAxis).toMatchObject({ type: 'value', name: '%', min: 0, max: 100 });
    expect((chart?.option.yAxis as { data: string[] }).data).toEqual([
      'family-doctor-signing-rate en',
      'family-doctor-signing-rate-key-groups en',
    ]);
    const [series] = chart?.option.series as Series[];
    expect(series?.id).toBe('signing-rate');
    expect(series?.data.map((d) => d.text)).toEqual(['52.71%', '85.43%']);
  });

  it('takes the "as of" date from the observations, in the current language', () => {
    expect(chart?.caption).toBe('As of 25 September 2023.');
    expect(
      buildFamilyDoctorsOption(dataset, dataset.observations, { lang: 'zh', regionName })?.caption,
    ).toBe('截至2023年9月25日。');
  });

  it('has nothing to draw without a rate', () => {
    expect(
      buildFamilyDoctorsOption(dataset, dataset.observations.slice(0, 1), {
        lang: 'en',
        regionName,
      }),
    ).toBeNull();
  });
});
