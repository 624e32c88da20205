import type { Lang, Localized } from '../../data/schema';

/**
 * Column names short enough for a phone: at 390 px five columns share about 240 px, so each
 * header wraps within COLUMN_LABEL_WIDTH. The full name ("危重症孕产妇救治中心") is in the
 * tooltip, the table and the screen-reader text.
 */
const SHORT_CENTRES: Readonly<Record<string, Localized>> = {
  trauma: { zh: '创伤', en: 'Trauma' },
  stroke: { zh: '卒中', en: 'Stroke' },
  'chest-pain': { zh: '胸痛', en: 'Chest pain' },
  'critical-maternal': { zh: '危重孕产妇', en: 'Maternal' },
  'critical-neonatal': { zh: '危重新生儿', en: 'Newborn' },
};

export const shortCentreName = (id: string, name: Localized, lang: Lang): string =>
  SHORT_CENTRES[id]?.[lang] ?? name[lang];

/** Within a phone's column (~42 px); the widest word ("Maternal", 9 px type) still fits. */
export const COLUMN_LABEL_WIDTH = 42;
/** Row names wrap to two or three short lines within the 34 px rows. */
export const ROW_LABEL_WIDTH = 96;
