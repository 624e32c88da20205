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

describe('exportCaption', () => {
  it('states region and years in the current language', () => {
    expect(
      exportCaption({
        title: '收缴',
        regionName: '内蒙古自治区',
        from: null,
        to: null,
        years: [2020],
        sources,
        lang: 'zh',
      }),
    ).toEqual({
      title: '收缴',
      subtitle: '地区：内蒙古自治区 · 年份：全部年份 (2020)',
      footer: '来源：《内蒙古日报》 2021-01 · 标题 · 内蒙古数据浏览器',
    });
    expect(
      exportCaption({
        title: 'Seizures',
        regionName: 'Hohhot',
        from: 2015,
        to: 2019,
        years: [2015, 2019],
        sources,
        lang: 'en',
      }).subtitle,
    ).toBe('Region: Hohhot · Year: 2015–2019');
  });
});
