import type { StaticChartMarkup, StaticCharts } from '../charts/static-chart';
import { optionHash } from '../charts/static-chart';
import { chartSvg } from './chart-svg';

/**
 * Build-time StaticCharts: the page is rendered twice, first as a phone lays it out (each
 * chart's narrow variant recorded), then as a desktop does; the second render writes both
 * variants into each chart box, and CSS shows the one for the screen (index.css).
 */
export interface ChartWidths {
  /** The width the SVG is drawn at where the chart does not say (ChartWidthContext). */
  wide: number;
  /** Every chart's box on a 390 px phone: one column. */
  narrow: number;
}

interface Variant {
  hash: string;
  svg: string;
}

const variantHtml = (name: 'wide' | 'narrow', v: Variant) =>
  `<div class="static-chart-${name}" data-hash="${v.hash}">${v.svg}</div>`;

export const createStaticChartStore = (widths: ChartWidths) => {
  const narrow = new Map<string, Variant>();
  const drawn = new Map<string, string>();
  let pass: 'narrow' | 'wide' = 'wide';
  const draw = (key: string, width: number, request: Parameters<StaticCharts['markup']>[1]) => {
    const hash = optionHash(request.option);
    const id = `${key}@${width}#${hash}`;
    let svg = drawn.get(id);
    if (svg === undefined) drawn.set(id, (svg = chartSvg({ ...request, width })));
    return { hash, svg };
  };
  const charts: StaticCharts = {
    markup: (key, request): StaticChartMarkup => {
      if (pass === 'narrow') {
        const v = draw(key, widths.narrow, {
          ...request,
          height: request.narrowHeight ?? request.height,
        });
        narrow.set(key, v);
        return { html: '', hashes: [v.hash] };
      }
      const wide = draw(key, request.width ?? widths.wide, request);
      const small = narrow.get(key);
      const html = variantHtml('wide', wide) + (small ? variantHtml('narrow', small) : '');
      return { html, hashes: small ? [wide.hash, small.hash] : [wide.hash] };
    },
  };
  return {
    charts,
    /** Which layout the next render draws. */
    setPass: (next: 'narrow' | 'wide') => {
      pass = next;
    },
  };
};
