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

export const embedCode = (src: string, title: string, height: number): string =>
  `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
