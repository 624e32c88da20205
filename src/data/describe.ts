import type { Dataset, Lang, Observation, Source } from './schema';

/** "《内蒙古日报》2021-01 ·“十三五”期间…" — the short source line of tooltips and panel footers. */
export const sourceLine = (source: Source | undefined, lang: Lang): string => {
  if (!source) return '';
  const publication = lang === 'zh' ? `《${source.publication.zh}》` : source.publication.en;
  const headline = lang === 'zh' ? source.headline.zh : `"${source.headline.en}"`;
  return `${publication} ${source.date} · ${headline}`;
};

export const sourceOf = (dataset: Dataset, observation: Observation): Source | undefined =>
  dataset.sources.find((s) => s.id === observation.source);
