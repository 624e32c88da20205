import { createContext } from 'react';
import { LANGS } from '../data/vocabulary';
import type { Lang } from '../data/schema';
import { PANEL_IDS } from './registry';

/**
 * What the page itself stands for, before any URL parameter: `/` is the dashboard in Chinese,
 * `/en/` in English, `/embed/<panel id>/` one panel alone. The prerender writes it on <html>
 * (data-page-lang, data-page-embed); the URL holds only what differs from it.
 */
export interface Page {
  lang: Lang;
  embed: string | null;
}

export const DEFAULT_PAGE: Page = { lang: 'zh', embed: null };

export const PageContext = createContext<Page>(DEFAULT_PAGE);

const isLang = (v: string | undefined): v is Lang => LANGS.some((l) => l === v);
const isPanelId = (v: string | undefined): v is string => PANEL_IDS.some((id) => id === v);

export const pageFromElement = (html: HTMLElement): Page => {
  const { pageLang, pageEmbed } = html.dataset;
  return {
    lang: isLang(pageLang) ? pageLang : DEFAULT_PAGE.lang,
    embed: isPanelId(pageEmbed) ? pageEmbed : null,
  };
};

/** The path of a page: `/`, `/en/`, `/embed/<id>/`, `/en/embed/<id>/`. */
export const pagePath = ({ lang, embed }: Page): string =>
  `${lang === 'en' ? '/en' : ''}${embed ? `/embed/${embed}` : ''}/`;
