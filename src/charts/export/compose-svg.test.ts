import { describe, expect, it } from 'vitest';
import { chartArea, chartBandOf, composeSvg, footerLines, layoutCells } from './compose-svg';
import { layoutFigures, valueSize, wrapText } from './image-layout';

const caption = {
  title: '2020年枪爆物品收缴 <script>',
  subtitle: '地区：内蒙古自治区 · 年份：全部年份',
  footer: '来源：《内蒙古日报》 · 内蒙古数据浏览器',
};
const chart =
  '<svg width="100" height="50" xmlns="http://www.w3.org/2000/svg"><text>雷管</text></svg>';
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('layoutCells', () => {
  it('lays charts out in columns that fit the shape', () => {
    expect(layoutCells(1, 'landscape')).toEqual([{ x: 32, y: 96, width: 1136, height: 523 }]);
    expect(layoutCells(3, 'landscape').map((c) => c.x)).toEqual([
      32,
      32 + 1136 / 3,
      32 + (2 * 1136) / 3,
    ]);
    expect(layoutCells(3, 'square').map((c) => [c.x, c.y])).toEqual([
      [32, 96],
      [32, 96 + 928 / 3],
      [32, 96 + (2 * 928) / 3],
    ]);
  });
});

describe('composeSvg', () => {
  const [cell] = layoutCells(1, 'landscape');
  const svg = composeSvg(
    caption,
    [{ title: '收缴数量', svg: chart, cell: cell! }],
    'landscape',
    'light',
  );
  const doc = parse(svg);

  it('is well-formed SVG at the preset size with a CJK font stack', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '675']);
    expect(root.getAttribute('font-family')).toMatch(/^'Noto Sans CJK SC'/);
  });
  it('carries title, filters, chart and source as text, escaped', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([caption.title, caption.subtitle, '收缴数量', '雷管', caption.footer]);
    expect(svg).not.toContain('<script>');
  });
  it('paints the background, or none for a transparent export', () => {
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(
      parse(composeSvg(caption, [], 'square', 'transparent')).querySelector('rect'),
    ).toBeNull();
    expect(
      parse(composeSvg(caption, [], 'square', 'dark'))
        .querySelector('rect')
        ?.getAttribute('fill'),
    ).toBe('#0f172a');
  });
  it('cuts a title too long for the image', () => {
    const long = composeSvg(
      { ...caption, title: '很长的标题'.repeat(60) },
      [],
      'landscape',
      'light',
    );
    expect(parse(long).querySelector('text')?.textContent).toMatch(/…$/);
  });
});

describe('footerLines', () => {
  it('keeps a short footer on one line and splits a long one before the app name', () => {
    expect(footerLines('来源：报 · 应用', 1000, 13)).toEqual(['来源：报 · 应用']);
    const long = `Source: ${'x'.repeat(200)} · Inner Mongolia Data Explorer`;
    expect(footerLines(long, 1136, 13)).toEqual([
      `Source: ${'x'.repeat(200)}`,
      'Inner Mongolia Data Explorer',
    ]);
  });
});

describe('an image with the panel’s key figures, captions and notes', () => {
  const figures = [
    { id: 'a', label: '家庭医生团队', value: '875个', detail: '2023' },
    {
      id: 'b',
      label: 'Households lifted out of poverty over the plan period',
      value: '23.7万户',
      detail: '2016–2020 累计',
    },
  ];
  const extras = {
    figures,
    notes: ['斜线表示推断的归属。'],
    moreFigures: (n: number) => `另有 ${n} 项`,
  };
  const band = chartBandOf(extras, 'landscape');
  const [cell] = layoutCells(1, 'landscape', band);
  const svg = composeSvg(
    caption,
    [
      {
        title: '签约率',
        svg: chart,
        cell: cell!,
        caption: '截至2023年9月25日（原文“截至今年9月25日”）。',
      },
    ],
    'landscape',
    'light',
    extras,
  );
  const texts = [...parse(svg).querySelectorAll('text')].map((t) => t.textContent ?? '');

  it('draws each figure as a card: label, value, and its year or period', () => {
    expect(texts.slice(2, 5)).toEqual(['家庭医生团队', '875个', '2023']);
    // A long label wraps onto a second line rather than being cut at the first.
    const [first = '', second = '', ...rest] = texts.slice(5, 9);
    expect(`${first} ${second}`).toBe(figures[1]?.label);
    expect(rest).toEqual(['23.7万户', '2016–2020 累计']);
  });
  it('puts the chart’s caption under it and the notes above the source, which stays last', () => {
    expect(texts).toContain('截至2023年9月25日（原文“截至今年9月25日”）。');
    expect(texts.slice(-2)).toEqual(['斜线表示推断的归属。', caption.footer]);
  });
  it('gives the charts the room left between the cards and the notes', () => {
    const cards = layoutFigures(figures, 'landscape', { width: 1200, height: 675 }, 1).cards;
    const below = Math.max(...cards.map((c) => c.y + c.height));
    expect(band.top).toBeGreaterThan(below);
    expect(band.top - below).toBeLessThanOrEqual(16);
    expect(cell!.y).toBe(band.top);
    expect(band.bottom).toBe(675 - 56 - 18 - 8);
    expect(chartArea(cell!, true).height).toBe(cell!.height - 28 - 36);
  });
});

describe('layoutFigures', () => {
  const many = Array.from({ length: 20 }, (_, i) => ({ id: `${i}`, label: `f${i}`, value: '1' }));
  const landscape = { width: 1200, height: 675 };
  it('fits five cards a row and as many rows as leave the charts their room, the last card counting the rest', () => {
    const band = layoutFigures(many, 'landscape', landscape, 0);
    expect(band.cards).toHaveLength(14);
    expect(band.more).toBe(6);
    expect(new Set(band.cards.map((c) => c.y)).size).toBe(3);
    expect(band.moreCard?.y).toBe(band.cards.at(-1)?.y);
    expect(675 - 96 - 56 - band.height).toBeGreaterThanOrEqual(280);
    // Notes take their room from the cards, not from the charts.
    expect(layoutFigures(many, 'landscape', landscape, 4).cards.length).toBeLessThan(14);
  });
  it('makes a row as tall as its longest label and lines the values up across it', () => {
    const long = {
      id: 'l',
      label: '无需到该中心柜台即可办理的业务（个人公积金缴存及贷款信息查询）'.repeat(2),
      value: '1',
    };
    const [a, b] = layoutFigures([many[0]!, long], 'landscape', landscape, 0).cards;
    expect(b?.label).toHaveLength(3);
    expect(a?.height).toBe(b?.height);
    expect(a?.baselines.value).toBe(b?.baselines.value);
    const short = layoutFigures([many[0]!], 'landscape', landscape, 0).cards[0];
    expect(short?.height).toBeLessThan(b?.height ?? 0);
  });
  it('takes no room without figures', () =>
    expect(layoutFigures([], 'landscape', landscape, 0)).toEqual({
      cards: [],
      more: 0,
      height: 0,
    }));
});

describe('valueSize', () => {
  it('keeps a number large and shrinks a long worded value until it fits its card', () => {
    expect(valueSize('875个', 187)).toBe(18);
    const words = 'Online or at another centre';
    expect(valueSize(words, 187)).toBeLessThan(18);
    const svg = composeSvg(caption, [], 'landscape', 'light', {
      figures: [{ id: 'w', label: 'Services', value: words }],
      notes: [],
      moreFigures: String,
    });
    expect([...parse(svg).querySelectorAll('text')].map((t) => t.textContent)).toContain(words);
  });
});

describe('wrapText', () => {
  it('breaks Latin text at spaces and CJK text anywhere, with an ellipsis past the last line', () => {
    expect(wrapText('one two three', 40, 10, 3)).toEqual(['one two', 'three']);
    expect(wrapText('截至二零二三年九', 40, 10, 2)).toEqual(['截至二零', '二三年九']);
    expect(wrapText('截至二零二三年九月二十五日', 40, 10, 2)).toEqual(['截至二零', '二三年…']);
    // No line starts with a closing bracket or ends with an opening one.
    expect(wrapText('业务量（市级医院）', 40, 10, 3)).toEqual(['业务量', '（市级医', '院）']);
    expect(wrapText('重点专科（市级）', 40, 10, 3)).toEqual(['重点专科', '（市级）']);
  });
});
