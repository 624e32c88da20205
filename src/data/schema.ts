import { z } from 'zod';

// zod compiles fast parsers with `new Function`, and probes whether it may by trying one:
// under the app's Content-Security-Policy (no 'unsafe-eval') even the probe is a violation.
z.config({ jitless: true });

/**
 * The dataset contract. This module is the single source of truth: the loader validates
 * with it, `npm run validate:data` runs it over public/data, and `npm run schema:json`
 * emits JSON Schema from it for editors. docs/data-format.md explains it for people.
 */

// The vocabularies live in their own module so the UI can use them without bundling zod.
import { observationKey } from './observation-key';
import { TOPICS } from './vocabulary';
import type { Lang, Topic } from './vocabulary';

// Re-exported as types only: most modules import Lang/Topic with the rest of the contract.
export type { Lang, Topic };

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, "-")');

export const localizedSchema = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

/** GB/T 2260 administrative division code, kept as a string so leading digits never change. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code');

export const REGION_LEVELS = ['province', 'prefecture', 'county'] as const;

export const regionSchema = z.strictObject({
  code: regionCodeSchema,
  name: localizedSchema,
  parent: regionCodeSchema.nullable(),
  level: z.enum(REGION_LEVELS),
  /** Short or informal names the articles use (莫旗, 土左旗); they make the region searchable. */
  aliases: z.array(z.string().min(1)).optional(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    regions: z.array(regionSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const codes = new Set<string>();
    file.regions.forEach((region, i) => {
      if (codes.has(region.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'code'],
          message: `duplicate region code ${region.code}`,
        });
      }
      codes.add(region.code);
    });
    file.regions.forEach((region, i) => {
      if (region.parent !== null && !codes.has(region.parent)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'parent'],
          message: `unknown parent ${region.parent}`,
        });
      }
      if ((region.parent === null) !== (region.level === 'province')) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'level'],
          message: 'only the province has no parent',
        });
      }
    });
  });
export type RegionsFile = z.infer<typeof regionsFileSchema>;

export const manifestEntrySchema = z.strictObject({
  id,
  file: z.string().regex(/^datasets\/[a-z0-9-]+\.json$/, 'must be datasets/<id>.json'),
  topic: z.enum(TOPICS),
  title: localizedSchema,
  /**
   * "parquet": `file` is then a descriptor (src/data/parquet-schema.ts) naming Parquet files
   * that the data worker queries with DuckDB-WASM; absent means a JSON dataset.
   */
  format: z.enum(['json', 'parquet']).optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    datasets: z.array(manifestEntrySchema).min(1),
  })
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    manifest.datasets.forEach((entry, i) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['datasets', i, 'id'],
          message: `duplicate dataset id ${entry.id}`,
        });
      }
      seen.add(entry.id);
      if (entry.file !== `datasets/${entry.id}.json`) {
        ctx.addIssue({
          code: 'custom',
          path: ['datasets', i, 'file'],
          message: `must be datasets/${entry.id}.json`,
        });
      }
    });
  });
export type Manifest = z.infer<typeof manifestSchema>;

export const sourceSchema = z.strictObject({
  id,
  publication: localizedSchema,
  /** ISO date, as precise as the article allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  /** How the date is known (a dateline, an inference), when it is not a printed issue date. */
  dateNote: localizedSchema.optional(),
  headline: localizedSchema,
  subheadline: localizedSchema.optional(),
  /**
   * The person the byline names, name only ("张文强" / "Zhang Wenqiang"), as a citation needs
   * it. Every byline of the articles names one person, so this is one name, not a list.
   */
  author: localizedSchema.optional(),
  /** The byline as printed ("记者 张文强", "高伟韦 摄"), with its English. */
  byline: localizedSchema.optional(),
  page: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const INDICATOR_KINDS = ['count', 'rate', 'percent', 'amount', 'years', 'category'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const categorySchema = z.strictObject({
  id,
  name: localizedSchema,
  /** Words of the article that express this category; the article checker looks for one in the quote. */
  terms: z.array(z.string().min(1)).min(1),
});
export type Category = z.infer<typeof categorySchema>;

export const indicatorSchema = z.strictObject({
  id,
  name: localizedSchema,
  /** The unit a value is stored in, e.g. {zh: "‰", en: "per 1,000 live births"}. Empty for categories. */
  unit: z.strictObject({
    zh: z.string(),
    en: z.string(),
    /** The English unit for exactly one ("1 gang", not "1 gangs"); defaults to `en`. */
    enOne: z.string().min(1).optional(),
  }),
  kind: z.enum(INDICATOR_KINDS),
  better: z.enum(['higher', 'lower', 'neutral']),
  decimals: z.number().int().min(0).max(4),
  description: localizedSchema.optional(),
  /** Only for kind "category": the values an observation may take. */
  categories: z.array(categorySchema).min(1).optional(),
  /**
   * The article's words for what is counted (雷管, 签约率…); a quote must contain one, so a
   * fragment that does not say what it counts is rejected by the article checker.
   */
  terms: z.array(z.string().min(1)).min(1).optional(),
  /**
   * `level` (default): how many there are. `increase`: how many were added ("新增…29个"),
   * never a level, so a view must not read it as the number in place.
   */
  measure: z.enum(['level', 'increase']).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const dimensionSchema = z.strictObject({
  id,
  name: localizedSchema,
  values: z
    .array(
      z.strictObject({
        id,
        name: localizedSchema,
        /** The article's words for this value; a quote of an observation with it contains one. */
        terms: z.array(z.string().min(1)).min(1).optional(),
      }),
    )
    .min(1),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const QUALIFIERS = ['at-least', 'more-than', 'exact'] as const;

export const observationSchema = z.strictObject({
  indicator: id,
  region: regionCodeSchema,
  year: z.number().int().min(1900).max(2100),
  /** A finite number in the indicator's unit, or a category id for kind "category". */
  value: z.union([z.number().finite(), id]),
  /** "90%以上" is stored as 90 with qualifier "at-least"; "20多家" as 20 with "more-than". */
  qualifier: z.enum(QUALIFIERS).optional(),
  /** Extra dimensions, dimension id -> value id, both declared in the dataset's `dimensions`. */
  dims: z.record(id, id).optional(),
  /** The verbatim clause of the article that states the figure, newspaper line breaks removed. */
  quote: z.string().trim().min(4),
  source: id,
  derived: z.literal(true).optional(),
  /** For derived numbers: the arithmetic on figures of the quote, e.g. "77 - 1.2". */
  formula: z
    .string()
    .regex(/^[\d.\s+\-*/()]+$/, 'only numbers and + - * / ( )')
    .optional(),
  note: localizedSchema.optional(),
  /**
   * A figure that covers several years (a total over the 13th Five-Year period): the first and
   * last year it covers; `year` is the last. Shown as "2016–2020 累计" wherever the figure is.
   */
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  /**
   * A fact the article implies but does not state for this region or value (a categorical
   * reading, never a computed number: that is `derived`). `basis` says why it is read so.
   */
  inferred: z.literal(true).optional(),
  basis: localizedSchema.optional(),
  /** A faithful English translation of `quote`; always shown labelled as a translation. */
  quoteEn: z.string().trim().min(4).optional(),
  /**
   * The article gives no date for this figure (a level "before" an upgrade): `year` is the
   * year of the report, kept only so the figure has a place in the dataset. Never plot it on a
   * time axis or show `year` as its date; `note` says so.
   */
  undated: z.literal(true).optional(),
});
export type Observation = z.infer<typeof observationSchema>;

/** What every dataset file opens with, JSON or a Parquet descriptor: who, what and whence. */
export const datasetHeaderShape = {
  $schema: z.string().optional(),
  id,
  title: localizedSchema,
  description: localizedSchema,
  topic: z.enum(TOPICS),
  sources: z.array(sourceSchema).min(1),
};

export const datasetSchema = z
  .strictObject({
    ...datasetHeaderShape,
    indicators: z.array(indicatorSchema).min(1),
    dimensions: z.array(dimensionSchema).optional(),
    observations: z.array(observationSchema).min(1),
  })
  .superRefine((dataset, ctx) => {
    const indicators = new Map(dataset.indicators.map((ind) => [ind.id, ind]));
    const sources = new Set(dataset.sources.map((s) => s.id));
    const dimensions = new Map(
      (dataset.dimensions ?? []).map((d) => [d.id, new Set(d.values.map((v) => v.id))]),
    );
    const keys = new Map<string, number>();
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    dataset.indicators.forEach((ind, i) => {
      if ((ind.kind === 'category') !== (ind.categories !== undefined)) {
        issue(
          ['indicators', i, 'categories'],
          'categories are required for kind "category" and only there',
        );
      }
    });
    if (indicators.size !== dataset.indicators.length)
      issue(['indicators'], 'duplicate indicator id');
    if (sources.size !== dataset.sources.length) issue(['sources'], 'duplicate source id');

    dataset.observations.forEach((o, i) => {
      const at = (...rest: (string | number)[]) => ['observations', i, ...rest];
      const ind = indicators.get(o.indicator);
      if (!ind) issue(at('indicator'), `unknown indicator "${o.indicator}"`);
      if (!sources.has(o.source)) issue(at('source'), `unknown source "${o.source}"`);
      if (ind?.kind === 'category') {
        if (typeof o.value !== 'string' || !ind.categories?.some((c) => c.id === o.value)) {
          issue(at('value'), `must be one of the categories of "${ind.id}"`);
        }
      } else if (ind) {
        if (typeof o.value !== 'number') issue(at('value'), 'must be a number');
        else if (o.value < 0 && ind.kind !== 'rate')
          issue(at('value'), `a ${ind.kind} cannot be negative`);
      }
      for (const [dim, value] of Object.entries(o.dims ?? {})) {
        const values = dimensions.get(dim);
        if (!values) issue(at('dims', dim), `unknown dimension "${dim}"`);
        else if (!values.has(value))
          issue(at('dims', dim), `unknown value "${value}" of dimension "${dim}"`);
      }
      if (o.derived && !o.note) issue(at('note'), 'a derived value must explain itself in a note');
      // Derived means computed: a number with its arithmetic. A reading is `inferred`.
      if (o.derived && o.formula === undefined)
        issue(at('formula'), 'a derived value must give its formula (an inference is `inferred`)');
      if (o.derived && ind?.kind === 'category')
        issue(at('derived'), 'a category cannot be derived; mark an inference `inferred`');
      if (o.inferred && ind && ind.kind !== 'category')
        issue(at('inferred'), 'only a category can be inferred; a computed number is `derived`');
      if (o.undated && !o.note) issue(at('note'), 'an undated figure must say so in a note');
      if (o.undated && o.period) issue(at('period'), 'an undated figure has no period');
      if (o.formula !== undefined && !o.derived)
        issue(at('formula'), 'a formula is only for derived values');
      if (o.derived && o.inferred) issue(at('inferred'), 'a figure is either derived or inferred');
      if (o.inferred && !o.basis) issue(at('basis'), 'an inferred fact must give its basis');
      if (o.basis !== undefined && !o.inferred)
        issue(at('basis'), 'a basis is only for inferred facts');
      if (o.period && (o.period.to !== o.year || o.period.from >= o.period.to))
        issue(at('period'), "a period runs from an earlier year to the observation's year");
      const key = observationKey(o);
      const first = keys.get(key);
      if (first !== undefined)
        issue(at(), `duplicates observations[${first}] (same indicator, region, year and dims)`);
      else keys.set(key, i);
    });
  });
export type Dataset = z.infer<typeof datasetSchema>;
