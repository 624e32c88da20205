import { z } from 'zod';
import { datasetHeaderShape, indicatorSchema, regionCodeSchema } from './schema';

/**
 * A large dataset published as Parquet: this small JSON descriptor carries what a JSON dataset
 * says besides its observations (titles, sources, indicators with units, the regions it uses)
 * and names the Parquet files that hold one row per observation (PARQUET_COLUMNS). The data
 * worker checks the rows in SQL when the dataset is opened (parquet-validate.ts).
 */

/** A file under public/data/datasets/, e.g. datasets/yearbook.parquet or datasets/yearbook/ind-1.parquet. */
const parquetFile = z
  .string()
  .regex(
    /^datasets\/[a-z0-9-]+(\/[a-z0-9-]+)?\.parquet$/,
    'must be datasets/<name>.parquet or datasets/<folder>/<name>.parquet',
  );

export const parquetDescriptorSchema = z
  .strictObject({
    ...datasetHeaderShape,
    format: z.literal('parquet'),
    /** Numeric indicators only: a category needs its terms checked against each quote. */
    indicators: z.array(indicatorSchema).min(1),
    /** Every region code the rows use; each must be in regions.json. */
    regions: z.array(regionCodeSchema).min(1),
    /** One file, or several (e.g. one per indicator); read as one table. */
    files: z.array(parquetFile).min(1),
    /** The number of rows over all files; checked at open. */
    rows: z.number().int().min(1),
  })
  .superRefine((d, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    d.indicators.forEach((ind, i) => {
      if (ind.kind === 'category')
        issue(['indicators', i, 'kind'], 'a Parquet dataset holds numeric indicators only');
    });
    if (new Set(d.indicators.map((i) => i.id)).size !== d.indicators.length)
      issue(['indicators'], 'duplicate indicator id');
    if (new Set(d.sources.map((s) => s.id)).size !== d.sources.length)
      issue(['sources'], 'duplicate source id');
    if (new Set(d.regions).size !== d.regions.length) issue(['regions'], 'duplicate region code');
    if (new Set(d.files).size !== d.files.length) issue(['files'], 'duplicate file');
  });
export type ParquetDescriptor = z.infer<typeof parquetDescriptorSchema>;

/**
 * The columns of every Parquet file, with the DuckDB types they must have. Optional columns
 * may be absent; when present they must have this type.
 */
export const PARQUET_COLUMNS = [
  { name: 'indicator', type: 'VARCHAR', required: true },
  { name: 'region', type: 'VARCHAR', required: true },
  { name: 'year', type: 'INTEGER', required: true },
  { name: 'value', type: 'DOUBLE', required: true },
  { name: 'quote', type: 'VARCHAR', required: true },
  { name: 'source', type: 'VARCHAR', required: true },
  { name: 'qualifier', type: 'VARCHAR', required: false },
  { name: 'derived', type: 'BOOLEAN', required: false },
  { name: 'formula', type: 'VARCHAR', required: false },
  { name: 'note_zh', type: 'VARCHAR', required: false },
  { name: 'note_en', type: 'VARCHAR', required: false },
] as const;
export type ParquetColumn = (typeof PARQUET_COLUMNS)[number]['name'];
