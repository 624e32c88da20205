// Build-time only (Node): every prerendered page, written into the built index.html.
import { PANEL_IDS } from '../app/registry';
import { pagePath } from '../app/page';
import type { Page } from '../app/page';
import { seedScript } from '../app/seed';
import type { Seed } from '../app/seed';
import { registerMapOnce } from '../charts/echarts-map';
import { LANGS } from '../data/vocabulary';
import { renderPage } from './render-page';
import { createStaticChartStore } from './static-chart-store';

/**
 * The width each variant is drawn at: on a 1280 px screen the chart's own box (each chart says,
 * ChartWidthContext), on a 390 px phone every chart's box (324 px). The SVG scales to its box.
 */
const WIDTHS = { wide: 582, narrow: 324 };

const PAGES: Page[] = LANGS.flatMap((lang) => [
  { lang, embed: null },
  ...PANEL_IDS.map((embed) => ({ lang, embed })),
]);

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The built index.html with the page's markup, data and identity filled in. */
export const fillTemplate = (template: string, page: Page, body: string, seed: Seed): string => {
  const attrs = [
    `lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}"`,
    'data-prerender="static"',
    `data-page-lang="${page.lang}"`,
    ...(page.embed ? [`data-page-embed="${escapeAttr(page.embed)}"`] : []),
  ].join(' ');
  const html = template
    .replace(/<html[^>]*>/, `<html ${attrs}>`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>${seedScript(seed)}`);
  if (html === template) throw new Error('index.html has no <html> or empty #root to fill');
  return html;
};

export const renderAllPages = async (
  template: string,
  files: Seed['files'],
  /** Map geometry by region code (public/data/geo/<code>.json). */
  geo: Record<string, unknown>,
) => {
  for (const [code, json] of Object.entries(geo)) registerMapOnce(code, json);
  const store = createStaticChartStore(WIDTHS);
  const out: { path: string; html: string }[] = [];
  for (const page of PAGES) {
    const { body, seed } = await renderPage(page, store, files);
    out.push({ path: pagePath(page), html: fillTemplate(template, page, body, seed) });
  }
  return out;
};
