import { escapeXml } from './compose-svg';

/** A link to one panel with the current view: the page URL plus the panel's anchor. */
export const panelLink = (href: string, panelId: string): string => {
  const url = new URL(href);
  url.hash = `panel-${panelId}`;
  return url.toString();
};

// A page path ends with its language and embed parts: `<base>[en/][embed/<id>/]`.
const PAGE_SUFFIX = /(?:en\/)?(?:embed\/[^/]+\/)?$/;

/**
 * The panel's own prerendered page (`<base>embed/<id>/`, `<base>en/embed/<id>/` in English),
 * with the view's other parameters, for an iframe.
 */
export const embedUrl = (href: string, panelId: string): string => {
  const url = new URL(href);
  const base = url.pathname.endsWith('/') ? url.pathname : url.pathname.replace(/[^/]*$/, '');
  const pathLang = /(?:^|\/)en\/(?:embed\/[^/]+\/)?$/.test(base) ? 'en' : 'zh';
  const lang = url.searchParams.get('lang') ?? pathLang;
  url.searchParams.delete('lang');
  url.searchParams.delete('embed');
  url.pathname = `${base.replace(PAGE_SUFFIX, '')}${lang === 'en' ? 'en/' : ''}embed/${encodeURIComponent(panelId)}/`;
  url.hash = '';
  return url.toString();
};

/** The script a host page includes once to size every embedded panel to its content. */
export const embedScriptUrl = (src: string): string => new URL('/embed.js', src).toString();

/**
 * An iframe at a height that fits the panel without scripts, plus our small script that resizes
 * it to the panel's reported height (postMessage), as responsive embeds do.
 */
export const embedCode = (src: string, title: string, height: number): string =>
  `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-imde-embed></iframe>` +
  `<script src="${escapeXml(embedScriptUrl(src))}" async></script>`;
