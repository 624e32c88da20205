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

/**
 * A translator fixed to one language. Nothing mutates a global "current language": the
 * language lives in the view state (URL), and pure option builders can translate too.
 */
export const tFor = (lang: Lang): TFunction => instance.getFixedT(lang);
