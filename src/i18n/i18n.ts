import i18next from 'i18next';
import type { TFunction } from 'i18next';
import type { Lang } from '../data/schema';
import { messages } from './messages';

// One instance, initialised synchronously with bundled resources: no language is ever loaded
// over the network, and no component waits for one.
const instance = i18next.createInstance();
void instance.init({
  resources: { zh: { translation: messages.zh }, en: { translation: messages.en } },
  lng: 'zh',
  fallbackLng: 'zh',
  initAsync: false,
  // React and tooltipHtml escape text themselves; escaping here would double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
});

// One translator per language, made once: a stable function lets components memoise on it
// (a fresh getFixedT per render would rebuild every chart option on every render).
const fixed: Record<Lang, TFunction> = {
  zh: instance.getFixedT('zh'),
  en: instance.getFixedT('en'),
};

/**
 * A translator fixed to one language. Nothing mutates a global "current language": the
 * language lives in the view state (URL), and pure option builders can translate too.
 */
export const tFor = (lang: Lang): TFunction => fixed[lang];
