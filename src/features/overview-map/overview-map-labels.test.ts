import { getMap, init, registerMap, setPlatformAPI, use as installECharts } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { beforeAll, describe, expect, it } from 'vitest';
import geo150000 from '../../../public/data/geo/150000.json';
import regionsFile from '../../../public/data/regions.json';
import { textWidthAt } from '../../charts/text-width';
import { buildRegionIndex } from '../../data/regions';
import type { Lang, RegionsFile } from '../../data/schema';
import { buildOverviewMapOption, countFigures } from './build-overview-map-option';
import { PROVINCE } from './drill-in';
import { LABEL_POINTS } from './league-labels';

// Aliased: eslint's rules-of-hooks mistakes a bare `use` for React's hook.
installECharts([MapChart, VisualMapComponent, LabelLayout, SVGRenderer]);

const regions = buildRegionIndex(regionsFile as RegionsFile);

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The league names ECharts draws (what hideOverlap leaves) and the box each takes, from the
 * SVG renderer, text measured as CJK and Latin text is wide at 10 px.
 */
const drawnLabels = (lang: Lang, width: number, height: number, narrow: boolean): Box[] => {
  const option = buildOverviewMapOption(countFigures([], regions), {
    lang,
    regions,
    selected: PROVINCE,
    figuresLabel: 'n',
    title: 't',
    narrow,
  });
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const boxes: Box[] = [];
  // ECharts writes each label as <text text-anchor="middle" transform="translate(x y)" ...>.
  for (const m of svg.matchAll(/<text([^>]*)>([^<]+)<\/text>/gu)) {
    const [, attrs = '', text = ''] = m;
    const at = /translate\(([\d.-]+) ([\d.-]+)\)/u.exec(attrs);
    if (!at || /^\d+$/u.test(text)) continue;
    const w = textWidthAt(text, 10, 0.6);
    const anchor = /text-anchor="(start|middle|end)"/u.exec(attrs)?.[1] ?? 'start';
    const x = Number(at[1]) - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
    const y = Number(at[2]);
    boxes.push({ text, x0: x, x1: x + w, y0: y - 6, y1: y + 6 });
  }
  return boxes;
};

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('overview map labels', () => {
  beforeAll(() => {
    registerMap(PROVINCE, JSON.stringify(geo150000));
    setPlatformAPI({ measureText: (text = '') => ({ width: textWidthAt(text, 10, 0.6) }) });
  });

  // 390 px phone: the chart box is 326 px wide (the panel's padding aside) and 280 px tall.
  it.each([
    ['zh', 326, 280, true],
    ['en', 326, 280, true],
    ['zh', 1200, 420, false],
    ['en', 1200, 420, false],
  ] as const)('%s at %i px names all twelve leagues, none over another', (lang, w, h, narrow) => {
    const boxes = drawnLabels(lang, w, h, narrow);
    expect(boxes.map((b) => b.text).sort()).toEqual(
      regions
        .children(PROVINCE)
        .map((r) =>
          lang === 'zh'
            ? r.name.zh.replace(/市$/u, '')
            : r.name.en.replace(/\s+(League|City)$/u, ''),
        )
        .sort(),
    );
    for (const a of boxes)
      for (const b of boxes) if (a !== b) expect(overlaps(a, b), `${a.text}/${b.text}`).toBe(false);
  });

  it("puts each moved label inside its own league's outline, on screen and on a phone", () => {
    drawnLabels('zh', 326, 280, true); // ECharts decodes the geometry on first use.
    const { geoJSON } = getMap(PROVINCE) as { geoJSON: { features: Feature[] } };
    for (const [code, { at, phone }] of Object.entries(LABEL_POINTS)) {
      const feature = geoJSON.features.find((f) => f.properties.code === code);
      expect(feature, code).toBeDefined();
      for (const point of [at, phone ?? at]) {
        expect(inside(point, feature?.geometry), `${code} ${point.join(',')}`).toBe(true);
      }
    }
  });
});

interface Feature {
  properties: { code: string };
  geometry: { type: string; coordinates: unknown };
}

/** Even-odd ray casting over every ring of a Polygon or MultiPolygon. */
const inside = ([x, y]: readonly [number, number], geometry?: Feature['geometry']): boolean => {
  if (!geometry) return false;
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as [number, number][][][];
  let crossings = 0;
  for (const ring of polygons.flat())
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings++;
    }
  return crossings % 2 === 1;
};
