import { escapeXml } from './compose-svg';

/** A link to one panel with the current view: the page URL plus the panel's anchor. */
export const panelLink = (href: string, panelId: string): string => {
  const url = new URL(href);
  url.hash = `panel-${panelId}`;
  return url.toString();
};

/** The same view with only this panel, for an iframe: `?embed=<panel id>` plus the filters. */
export const embedUrl = (href: string, panelId: string): string => {
  const url = new URL(href);
  url.hash = '';
  url.searchParams.set('embed', panelId);
  return url.toString();
};

/**
 * The embed code: the title names the frame; the charts' sentences are its text alternative
 * (what an image's alt would carry), as `aria-description`, so a screen reader on the host
 * page hears what the embedded charts show before entering the frame.
 */
export const embedCode = (src: string, title: string, height: number, alt = ''): string =>
  `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}"${alt ? ` aria-description="${escapeXml(alt)}"` : ''} width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;

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
