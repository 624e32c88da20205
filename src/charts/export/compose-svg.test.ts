import { describe, expect, it } from 'vitest';
import { composeSvg, footerLines, layoutCells } from './compose-svg';

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
