import type { Lang, Localized } from '../../data/schema';

/**
 * Column names short enough for a phone: at 390 px five columns share about 230 px, so each
 * header wraps within COLUMN_LABEL_WIDTH. The full name ("危重症孕产妇救治中心") is in the
 * tooltip, the table and the screen-reader text.
 */
const SHORT_CENTRES: Readonly<Record<string, Localized>> = {
  trauma: { zh: '创伤', en: 'Trauma' },
  stroke: { zh: '卒中', en: 'Stroke' },
  'chest-pain': { zh: '胸痛', en: 'Chest pain' },
  'critical-maternal': { zh: '危重孕产妇', en: 'Critical maternal' },
  'critical-neonatal': { zh: '危重新生儿', en: 'Critical neonatal' },
};

export const shortCentreName = (id: string, name: Localized, lang: Lang): string =>
  SHORT_CENTRES[id]?.[lang] ?? name[lang];

/** Narrower than a phone's column; the widest word ("maternal", 10 px type) still fits. */
export const COLUMN_LABEL_WIDTH = 44;
/** Row names wrap to two or three short lines within the 34 px rows. */
export const ROW_LABEL_WIDTH = 110;
