/** Closed lists shared by the schema (zod, in the data worker) and the UI (no zod). */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const TOPICS = [
  'health',
  'public-security',
  'poverty-livelihood',
  'public-services',
] as const;
export type Topic = (typeof TOPICS)[number];
