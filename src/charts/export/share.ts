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
 * The embed code: an iframe at a height that fits the panel without scripts, plus our small
 * script that resizes it to the panel's reported height (postMessage), as responsive embeds do.
 * The title names the frame; the charts' sentences are its text alternative (what an image's
 * alt would carry), as `aria-description`, so a screen reader on the host page hears what the
 * embedded charts show before entering the frame.
 */
export const embedCode = (src: string, title: string, height: number, alt = ''): string =>
  `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}"${alt ? ` aria-description="${escapeXml(alt)}"` : ''} width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-imde-embed></iframe>` +
  `<script src="${escapeXml(embedScriptUrl(src))}" async></script>`;

/**
 * A figure's permalink, `?figure=<id>`: opening it applies the filters the figure needs. Only
 * the page language is kept from the current view, so the link names the figure and no more.
 */
export const figureLink = (href: string, figure: string): string => {
  const url = new URL(href);
  const lang = url.searchParams.get('lang');
  url.search = '';
  url.hash = '';
  url.searchParams.set('figure', figure);
  if (lang) url.searchParams.set('lang', lang);
  return url.toString();
};
