import { describe, expect, it } from 'vitest';
import { exportCaption } from './caption';

const sources = [
  {
    id: 's',
    publication: { zh: '内蒙古日报', en: 'Inner Mongolia Daily' },
    date: '2021-01',
    headline: { zh: '标题', en: 'Headline' },
  },
];

const names: Record<string, string> = { '150000': 'Inner Mongolia', '150100': 'Hohhot' };
const namesZh: Record<string, string> = { '150000': '内蒙古自治区', '150722': '莫力达瓦旗' };

describe('exportCaption', () => {
  it('states region and years in the current language', () => {
    expect(
      exportCaption({
        title: '收缴',
        filters: { region: '150000', from: null, to: null },
        regionName: (code) => namesZh[code] ?? code,
        regions: ['150000'],
        years: [2020],
        sources,
        lang: 'zh',
      }),
    ).toEqual({
      title: '收缴',
      subtitle: '地区: 内蒙古自治区 · 年份: 全部年份 (图中数据: 2020)',
      footer: '来源：《内蒙古日报》 2021-01 · 标题 · 内蒙古数据浏览器',
    });
    expect(
      exportCaption({
        title: 'Seizures',
        filters: { region: '150100', from: 2015, to: 2019 },
        regionName: (code) => names[code] ?? code,
        regions: ['150100'],
        years: [2015, 2019],
        sources,
        lang: 'en',
      }).subtitle,
    ).toBe('Region: Hohhot · Year: 2015–2019');
  });

  it('writes one year once, as the filter chip does', () =>
    expect(
      exportCaption({
        title: 'Seizures',
        filters: { region: '150000', from: 2020, to: 2020 },
        regionName: (code) => names[code] ?? code,
        regions: ['150000'],
        years: [2020],
        sources,
        lang: 'en',
      }).subtitle,
    ).toBe('Region: Inner Mongolia · Year: 2020'));

  it('names the regions the figures cover when they are not the filter region', () =>
    expect(
      exportCaption({
        title: '莫旗',
        filters: { region: '150000', from: null, to: null },
        regionName: (code) => namesZh[code] ?? code,
        regions: ['150722', '150722'],
        years: [2014, 2020],
        sources,
        lang: 'zh',
      }).subtitle,
    ).toBe('地区: 内蒙古自治区 · 年份: 全部年份 (图中数据: 莫力达瓦旗, 2014–2020)'));
});
