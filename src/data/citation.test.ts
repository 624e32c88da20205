import { describe, expect, it } from 'vitest';
import { bundledDatasets } from '../../tests/unit/load-fixtures';
import { apaCitation, bylineNames, cslItems, gbtCitation, viewCitation } from './citation';
import type { Source } from './schema';

const source: Source = {
  id: 'imd-2021-01-firearms',
  publication: { zh: '内蒙古日报', en: 'Inner Mongolia Daily' },
  date: '2021-01',
  headline: {
    zh: '2020年全区收缴枪支834支 子弹22.7万发',
    en: 'Region seized 834 firearms in 2020',
  },
  author: { zh: '记者 陈春艳', en: 'Reporter Chen Chunyan' },
};
const full: Source = {
  ...source,
  date: '2021-01-05',
  page: '第5版',
  subheadline: { zh: '副题', en: 'Subtitle' },
  author: { zh: '本报记者 张文强、陈春艳', en: 'Reporters Zhang Wenqiang and Chen Chunyan' },
};
const { author: _unused, ...anonymous } = source;
void _unused;

describe('bylineNames', () => {
  it.each([
    ['记者 陈春艳', 'zh', ['陈春艳']],
    ['本报记者 梁婧婧', 'zh', ['梁婧婧']],
    ['本报记者 张文强、陈春艳', 'zh', ['张文强', '陈春艳']],
    ['本报记者 张文强 陈春艳 及庆玲', 'zh', ['张文强', '陈春艳', '及庆玲']],
    ['Reporter Chen Chunyan', 'en', ['Chen Chunyan']],
    ['Reporters Zhang Wenqiang and Chen Chunyan', 'en', ['Zhang Wenqiang', 'Chen Chunyan']],
    [
      'Zhang Wenqiang, Chen Chunyan & Li Yongtao',
      'en',
      ['Zhang Wenqiang', 'Chen Chunyan', 'Li Yongtao'],
    ],
  ] as const)('%s -> %j', (byline, lang, names) => {
    expect(bylineNames(byline, lang)).toEqual(names);
  });
  it('is empty without a byline', () => {
    expect(bylineNames(undefined, 'zh')).toEqual([]);
  });
});

describe('GB/T 7714-2015', () => {
  it('cites a newspaper article with only what is known', () => {
    expect(gbtCitation(source)).toBe(
      '陈春艳. 2020年全区收缴枪支834支 子弹22.7万发[N]. 内蒙古日报, 2021-01.',
    );
  });
  it('adds subtitle, day and page when known, authors joined', () => {
    expect(gbtCitation(full)).toBe(
      '张文强, 陈春艳. 2020年全区收缴枪支834支 子弹22.7万发：副题[N]. 内蒙古日报, 2021-01-05(5).',
    );
  });
  it('joins a subtitle printed with a dash by the colon alone', () => {
    const dashed = { ...source, subheadline: { zh: '——全市贯彻新发展理念', en: '— the city' } };
    expect(gbtCitation(dashed)).toContain('22.7万发：全市贯彻新发展理念[N]');
    expect(apaCitation(dashed)).toContain('[Region seized 834 firearms in 2020: the city]');
  });

  it('lists three authors, then 等', () => {
    const many = { ...source, author: { zh: '甲一、乙二、丙三、丁四', en: 'A B, C D, E F, G H' } };
    expect(gbtCitation(many)).toMatch(/^甲一, 乙二, 丙三, 等\. /);
  });
  it('starts with the title when there is no byline', () => {
    expect(gbtCitation(anonymous)).toBe(
      '2020年全区收缴枪支834支 子弹22.7万发[N]. 内蒙古日报, 2021-01.',
    );
  });
});

describe('APA 7', () => {
  it('cites a print newspaper article, original title with translation', () => {
    expect(apaCitation(source)).toBe(
      'Chen, C. (2021, January). 2020年全区收缴枪支834支 子弹22.7万发 [Region seized 834 firearms in 2020]. Inner Mongolia Daily.',
    );
  });
  it('joins two authors with &, gives the day and the page without "p."', () => {
    expect(apaCitation(full)).toBe(
      'Zhang, W., & Chen, C. (2021, January 5). 2020年全区收缴枪支834支 子弹22.7万发：副题 [Region seized 834 firearms in 2020: Subtitle]. Inner Mongolia Daily, 5.',
    );
  });
  it('gives a year alone when that is all that is known, and moves the title up without author', () => {
    expect(apaCitation({ ...anonymous, date: '2023' })).toBe(
      '2020年全区收缴枪支834支 子弹22.7万发 [Region seized 834 firearms in 2020]. (2023). Inner Mongolia Daily.',
    );
  });
});

describe('every bundled source', () => {
  const sources = bundledDatasets().flatMap((d) => d.sources);
  it.each(sources.map((s) => [s.id, s] as const))('%s cites in both styles', (_, s) => {
    const gbt = gbtCitation(s);
    const apa = apaCitation(s);
    expect(gbt).toContain(`${s.headline.zh}`);
    expect(gbt).toContain(`[N]. ${s.publication.zh}, ${s.date}`);
    expect(apa).toContain(`[${s.headline.en}`);
    expect(apa).toContain(s.publication.en);
    for (const text of [gbt, apa]) expect(text).not.toMatch(/记者|Reporter|undefined/);
    if (s.author) {
      for (const name of bylineNames(s.author.zh, 'zh')) expect(gbt.startsWith(name)).toBe(true);
      expect(apa).toMatch(/^[A-Z][a-z]+, [A-Z]\./);
    }
  });
});

const view = {
  site: '内蒙古数据浏览器',
  title: '收缴雷管（内蒙古自治区，2020年）',
  url: 'https://example.org/?figure=rkdm-k8fw8hwt63',
  accessed: new Date('2026-11-30T05:00:00Z'),
};

describe('the dashboard view', () => {
  it('cites as an online resource with the access date', () => {
    expect(viewCitation(view, 'zh')).toBe(
      '内蒙古数据浏览器. 收缴雷管（内蒙古自治区，2020年）[EB/OL]. [2026-11-30]. https://example.org/?figure=rkdm-k8fw8hwt63.',
    );
    expect(
      viewCitation(
        { ...view, site: 'Inner Mongolia Data Explorer', title: 'Detonators seized' },
        'en',
      ),
    ).toBe(
      'Inner Mongolia Data Explorer. (n.d.). Detonators seized [Data set view]. Retrieved November 30, 2026, from https://example.org/?figure=rkdm-k8fw8hwt63',
    );
  });
});

describe('CSL-JSON', () => {
  it('describes the article and the view', () => {
    expect(cslItems(full, view)).toEqual([
      {
        id: 'imd-2021-01-firearms',
        type: 'article-newspaper',
        title: '2020年全区收缴枪支834支 子弹22.7万发：副题',
        'container-title': '内蒙古日报',
        issued: { 'date-parts': [[2021, 1, 5]] },
        language: 'zh-CN',
        note: 'Region seized 834 firearms in 2020: Subtitle (Inner Mongolia Daily)',
        author: [{ literal: '张文强' }, { literal: '陈春艳' }],
        page: '5',
      },
      {
        id: 'imd-2021-01-firearms-view',
        type: 'webpage',
        title: view.title,
        'container-title': view.site,
        URL: view.url,
        accessed: { 'date-parts': [[2026, 11, 30]] },
      },
    ]);
  });
  it('leaves out the author and page it does not know', () => {
    const [item] = cslItems(anonymous);
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('page');
    expect(item?.issued).toEqual({ 'date-parts': [[2021, 1]] });
  });
});
