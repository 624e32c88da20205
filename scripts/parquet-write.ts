import type { Dataset, Observation } from '../src/data/schema.ts';
import type { ParquetDescriptor } from '../src/data/parquet-schema.ts';
import { sqlInt, sqlString } from '../src/data/worker/sql-engine.ts';
import type { SqlEngine } from '../src/data/worker/sql-engine.ts';

/**
 * Rows per row group, chosen for the two reads the data worker makes (measured with
 * `npm run bench:scale`). For the summary it scans the key columns (indicator, region, year)
 * of every row group: DuckDB-WASM fetches each row group's with its own synchronous range request, so
 * fewer, larger groups scan faster (16,384 rows: 61 requests at a million rows, 610 at ten
 * million; this size: 8 and 77). When an indicator is first asked for, the file being sorted
 * by indicator, region and year, the groups' min/max statistics skip all but the one or two
 * that hold it, and only those groups' columns are fetched (about 1.4 MB here, the quotes
 * being most of it), so the groups must stay far smaller than the file.
 */
export const ROW_GROUP_SIZE = 131_072;

/** One line of the newline-delimited JSON that DuckDB turns into Parquet. */
export const parquetRow = (o: Observation) => ({
  indicator: o.indicator,
  region: o.region,
  year: o.year,
  value: o.value,
  quote: o.quote,
  source: o.source,
  qualifier: o.qualifier ?? null,
  derived: o.derived ?? null,
  formula: o.formula ?? null,
  note_zh: o.note?.zh ?? null,
  note_en: o.note?.en ?? null,
});

/**
 * What a Parquet dataset cannot carry (yet): the converter refuses rather than drop it.
 * Categories need each quote checked for their terms; dims and periods change the key.
 */
export const unsupported = (dataset: Dataset): string[] => [
  ...dataset.indicators
    .filter((i) => i.kind === 'category')
    .map((i) => `indicator ${i.id} is a category (Parquet datasets hold numeric indicators)`),
  ...(dataset.dimensions?.length ? ['dimensions (dims) are not in the Parquet contract'] : []),
  ...(['dims', 'period', 'inferred', 'basis', 'quoteEn'] as const).flatMap((key) =>
    dataset.observations.some((o) => o[key] !== undefined)
      ? [`observations with "${key}" are not in the Parquet contract`]
      : [],
  ),
];

/** Sorted by the key the queries filter on, zstd-compressed, small row groups. */
export const copyToParquet = async (
  engine: SqlEngine,
  ndjson: string,
  out: string,
  rowGroupSize = ROW_GROUP_SIZE,
): Promise<void> => {
  await engine.query(
    `COPY (SELECT indicator, region, year::INTEGER AS year, value::DOUBLE AS value, quote, source,` +
      ` qualifier, derived, formula, note_zh, note_en FROM read_json(${sqlString(ndjson)},` +
      ` format = 'newline_delimited', columns = {indicator: 'VARCHAR', region: 'VARCHAR',` +
      ` year: 'INTEGER', value: 'DOUBLE', quote: 'VARCHAR', source: 'VARCHAR', qualifier: 'VARCHAR',` +
      ` derived: 'BOOLEAN', formula: 'VARCHAR', note_zh: 'VARCHAR', note_en: 'VARCHAR'})` +
      ` ORDER BY indicator, region, year) TO ${sqlString(out)}` +
      ` (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${sqlInt(rowGroupSize)})`,
  );
};

export const descriptorOf = (
  dataset: Omit<Dataset, 'observations'>,
  regions: readonly string[],
  rows: number,
): ParquetDescriptor => ({
  $schema: '../schema/parquet-descriptor.schema.json',
  format: 'parquet',
  id: dataset.id,
  title: dataset.title,
  description: dataset.description,
  topic: dataset.topic,
  sources: dataset.sources,
  indicators: dataset.indicators,
  regions: [...regions].sort(),
  files: [`datasets/${dataset.id}.parquet`],
  rows,
});
