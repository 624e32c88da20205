import type { Dataset } from './schema';

/**
 * English the glossary (docs/glossary.md) rules out, with what to write instead. Checked over
 * every English string of a dataset: names, units, categories, dimensions, notes, quoteEn.
 */
export const AVOID: readonly { avoid: RegExp; use: string }[] = [
  { avoid: /\bpieces?\b/i, use: 'the thing counted ("firearms", "detonators", "knives")' },
  { avoid: /signing rate/i, use: '"family-doctor contract rate"' },
  { avoid: /famous specialt/i, use: '"flagship specialty"' },
  { avoid: /legacy (wartime )?ammunition|wartime ammunition/i, use: '"war-remnant ordnance"' },
  { avoid: /Morin Dawa banner/, use: '"Morin Dawa Banner" (part of the name)' },
  { avoid: /\blisted\b/i, use: '"designated" for 挂牌' },
  { avoid: /secondary-level or higher/i, use: '"level 2 and above"' },
  {
    avoid: /leagues\/cities|counties\/banners/i,
    use: '"leagues and cities", "counties and banners"',
  },
];

/** Every English string of a dataset, with where it is. */
const englishStrings = (dataset: Dataset): [string, string][] => [
  ['title', dataset.title.en],
  ['description', dataset.description.en],
  ...dataset.sources.map((s, i): [string, string] => [`sources[${i}].headline`, s.headline.en]),
  ...dataset.indicators.flatMap((ind, i): [string, string][] => [
    [`indicators[${i}].name`, ind.name.en],
    [`indicators[${i}].unit`, `${ind.unit.en} ${ind.unit.enOne ?? ''}`],
    ...(ind.description
      ? [[`indicators[${i}].description`, ind.description.en] as [string, string]]
      : []),
    ...(ind.categories ?? []).map((c, j): [string, string] => [
      `indicators[${i}].categories[${j}].name`,
      c.name.en,
    ]),
  ]),
  ...(dataset.dimensions ?? []).flatMap((d, i): [string, string][] => [
    [`dimensions[${i}].name`, d.name.en],
    ...d.values.map((v, j): [string, string] => [`dimensions[${i}].values[${j}].name`, v.name.en]),
  ]),
  ...dataset.observations.flatMap((o, i): [string, string][] => [
    ...(o.note ? [[`observations[${i}].note`, o.note.en] as [string, string]] : []),
    ...(o.basis ? [[`observations[${i}].basis`, o.basis.en] as [string, string]] : []),
    ...(o.quoteEn ? [[`observations[${i}].quoteEn`, o.quoteEn] as [string, string]] : []),
  ]),
];

/** Places where a dataset's English departs from the glossary. */
export const glossaryProblems = (dataset: Dataset) =>
  englishStrings(dataset).flatMap(([path, text]) =>
    AVOID.filter(({ avoid }) => avoid.test(text)).map(({ avoid, use }) => ({
      path: `$.${path}`,
      message: `"${avoid.exec(text)?.[0] ?? ''}": write ${use} (docs/glossary.md)`,
    })),
  );
