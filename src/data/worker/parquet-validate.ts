import { PARQUET_COLUMNS } from '../parquet-schema';
import type { ParquetDescriptor } from '../parquet-schema';
import { QUALIFIERS } from '../schema';
import { fileNamer } from './parquet-files';
import { quoteProblems, readFooters } from './parquet-footer';
import { parquetSource, sqlInt, sqlList, sqlString } from './sql-engine';
import type { SqlEngine } from './sql-engine';

/** A problem in one Parquet file, located by row (counted from 1) and column. */
export interface ParquetProblem {
  file: string;
  path: string;
  message: string;
}

export interface ParquetStats {
  rows: number;
  /** Distinct years, ascending. */
  years: number[];
  regionCounts: Record<string, number>;
}

export type ParquetCheck =
  | { ok: true; optional: Set<string>; stats: ParquetStats }
  | { ok: false; problems: ParquetProblem[] };

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|HUGEINT)$/;
const NUMBER = /^(DOUBLE|FLOAT|DECIMAL\(\d+,\d+\)|TINYINT|SMALLINT|INTEGER|BIGINT)$/;
/** Column types a file may use: the converter writes the first of each, other tools may not. */
const accepts = (expected: string, actual: string): boolean =>
  expected === 'INTEGER'
    ? INTEGER.test(actual)
    : expected === 'DOUBLE'
      ? NUMBER.test(actual)
      : expected === actual;

/** Columns that read_parquet adds itself. */
const VIRTUAL = new Set(['filename', 'file_row_number']);
const MAX_ROW_PROBLEMS = 20;

export const rowPath = (row: number, column: string) => `row ${row + 1}, column ${column}`;

/** The files' rows against the descriptor's count (reported on its first file). */
export const rowCountProblems = (file: string, rows: number, expected: number): ParquetProblem[] =>
  rows === expected
    ? []
    : [{ file, path: 'rows', message: `has ${rows} rows but the descriptor says ${expected}` }];

export const checkColumns = async (
  engine: SqlEngine,
  source: string,
  file: string,
): Promise<{ optional: Set<string>; problems: ParquetProblem[] }> => {
  const described = await engine.query(`DESCRIBE SELECT * FROM ${source}`);
  const types = new Map(described.map((r) => [String(r.column_name), String(r.column_type)]));
  const problems: ParquetProblem[] = [];
  const optional = new Set<string>();
  for (const column of PARQUET_COLUMNS) {
    const actual = types.get(column.name);
    if (actual === undefined) {
      if (column.required)
        problems.push({ file, path: `column ${column.name}`, message: 'is missing' });
      continue;
    }
    if (!accepts(column.type, actual))
      problems.push({
        file,
        path: `column ${column.name}`,
        message: `is ${actual}, must be ${column.type}`,
      });
    else if (!column.required) optional.add(column.name);
  }
  const known = new Set<string>(PARQUET_COLUMNS.map((c) => c.name));
  for (const name of types.keys())
    if (!known.has(name) && !VIRTUAL.has(name))
      problems.push({ file, path: `column ${name}`, message: 'is not a column of the contract' });
  return { optional, problems };
};

/** What is wrong with one row, column by column (none for a good row). */
export const rowProblems = (
  row: Record<string, unknown>,
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
  optional: ReadonlySet<string>,
  file: string,
): ParquetProblem[] => {
  const at = (column: string, message: string): ParquetProblem => ({
    file,
    path: rowPath(Number(row.row), column),
    message,
  });
  const out: ParquetProblem[] = [];
  const indicator = d.indicators.find((i) => i.id === row.indicator);
  if (!indicator) out.push(at('indicator', `unknown indicator "${String(row.indicator)}"`));
  const region = typeof row.region === 'string' ? row.region : null;
  if (region === null) out.push(at('region', 'is empty'));
  else if (!regionCodes.has(region))
    out.push(at('region', `region code ${region} is not in regions.json`));
  else if (!d.regions.includes(region))
    out.push(at('region', `region code ${region} is not in the descriptor's regions`));
  const year = row.year;
  if (typeof year !== 'number' || year < 1900 || year > 2100)
    out.push(at('year', 'must be a year from 1900 to 2100'));
  const value = row.value;
  if (typeof value !== 'number' || !Number.isFinite(value))
    out.push(at('value', `must be a finite number, not ${String(value)}`));
  else if (value < 0 && indicator && indicator.kind !== 'rate')
    out.push(at('value', `a ${indicator.kind} cannot be negative`));
  if (!d.sources.some((s) => s.id === row.source))
    out.push(at('source', `unknown source "${String(row.source)}"`));
  if (optional.has('qualifier') && row.qualifier !== null) {
    if (!(QUALIFIERS as readonly unknown[]).includes(row.qualifier))
      out.push(at('qualifier', `must be one of ${QUALIFIERS.join(', ')}`));
  }
  const derived = row.derived === true;
  const hasNote = row.note_zh != null && row.note_en != null;
  if (derived && !hasNote) out.push(at('note_zh', 'a derived value must explain itself in a note'));
  if ((row.note_zh == null) !== (row.note_en == null))
    out.push(at(row.note_zh == null ? 'note_zh' : 'note_en', 'a note needs both zh and en'));
  if (row.formula != null && !derived)
    out.push(at('formula', 'a formula is only for derived values'));
  return out;
};

/** SQL conditions under which a row's key (indicator, region, year) breaks the contract. */
const keyConditions = (d: ParquetDescriptor, regionCodes: ReadonlySet<string>): string[] => [
  `indicator IS NULL OR indicator NOT IN ${sqlList(d.indicators.map((i) => i.id))}`,
  `region IS NULL OR region NOT IN ${sqlList(d.regions.filter((r) => regionCodes.has(r)))}`,
  'year IS NULL OR year NOT BETWEEN 1900 AND 2100',
];

/** SQL conditions under which the rest of a row (value, source, optional columns) does. */
const valueConditions = (d: ParquetDescriptor, optional: ReadonlySet<string>): string[] => {
  const nonRate = d.indicators.filter((i) => i.kind !== 'rate').map((i) => i.id);
  return [
    'value IS NULL OR NOT isfinite(value::DOUBLE)',
    `value < 0 AND indicator IN ${sqlList(nonRate)}`,
    `source IS NULL OR source NOT IN ${sqlList(d.sources.map((s) => s.id))}`,
    ...(optional.has('qualifier') ? [`qualifier NOT IN ${sqlList(QUALIFIERS)}`] : []),
    ...(optional.has('formula')
      ? [`formula IS NOT NULL AND ${optional.has('derived') ? 'derived IS NOT TRUE' : 'TRUE'}`]
      : []),
    ...(optional.has('derived')
      ? [
          `derived AND ${optional.has('note_zh') && optional.has('note_en') ? '(note_zh IS NULL OR note_en IS NULL)' : 'TRUE'}`,
        ]
      : []),
    ...(optional.has('note_zh') || optional.has('note_en')
      ? [
          `(${optional.has('note_zh') ? 'note_zh' : 'NULL'} IS NULL) <> (${optional.has('note_en') ? 'note_en' : 'NULL'} IS NULL)`,
        ]
      : []),
  ];
};

/** The first rows (in file order) that meet any of `conditions`, each with what is wrong. */
export const locateRows = async (
  engine: SqlEngine,
  files: readonly string[],
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
  optional: ReadonlySet<string>,
  conditions: readonly string[],
): Promise<ParquetProblem[]> => {
  const opt = (name: string) => (optional.has(name) ? `, ${name}` : `, NULL AS ${name}`);
  const bad = await engine.query(
    `SELECT filename AS file, file_row_number AS row, indicator, region, year, value::DOUBLE AS value, source` +
      `${opt('qualifier')}${opt('derived')}${opt('formula')}${opt('note_zh')}${opt('note_en')}` +
      ` FROM ${parquetSource(files)} WHERE ${conditions.map((c) => `(${c})`).join(' OR ')}` +
      ` ORDER BY file, row LIMIT ${MAX_ROW_PROBLEMS}`,
  );
  const named = fileNamer(files);
  return bad.flatMap((row) => rowProblems(row, d, regionCodes, optional, named(row.file)));
};

/**
 * Checks the rows in SQL, reading only the key columns (not the quotes): column types,
 * unknown indicators, regions and sources, years, non-finite and negative values, the
 * optional columns' rules, duplicate keys, and the row count the descriptor states: two scans. Empty
 * quotes are found from the files' statistics (null counts), not by reading them.
 */
export const checkParquet = async (
  engine: SqlEngine,
  files: readonly string[],
  d: ParquetDescriptor,
  regionCodes: ReadonlySet<string>,
): Promise<ParquetCheck> => {
  const source = parquetSource(files);
  const first = files[0] ?? '';
  const named = fileNamer(files);
  const columns = await checkColumns(engine, source, first);
  if (columns.problems.length > 0) return { ok: false, problems: columns.problems };
  const { optional } = columns;
  const problems = await locateRows(engine, files, d, regionCodes, optional, [
    ...keyConditions(d, regionCodes),
    ...valueConditions(d, optional),
  ]);

  // Counts by region and year (the summary), which also reveal duplicates: a (region, year)
  // with more rows than distinct indicators repeats a key. One scan of three cheap columns.
  const counts = await engine.query(
    `SELECT region, year, count(*) AS n, count(DISTINCT indicator) AS k` +
      ` FROM ${parquetSource(files, { located: false })} GROUP BY region, year`,
  );
  // Only the (region, year) cells that repeat a key are read again, to name the rows.
  for (const cell of counts.filter((c) => Number(c.n) > Number(c.k)).slice(0, 5)) {
    const dups = await engine.query(
      `SELECT indicator, arg_min(filename, file_row_number) AS first_file,` +
        ` min(file_row_number) AS first_row, arg_max(filename, file_row_number) AS file,` +
        ` max(file_row_number) AS row FROM ${source}` +
        ` WHERE region = ${sqlString(String(cell.region))} AND year = ${sqlInt(Number(cell.year))}` +
        ` GROUP BY indicator HAVING count(*) > 1 ORDER BY indicator LIMIT 5`,
    );
    for (const dup of dups)
      problems.push({
        file: named(dup.file),
        path: rowPath(Number(dup.row), 'indicator, region, year'),
        message: `duplicates row ${Number(dup.first_row) + 1}${dup.first_file === dup.file ? '' : ` of ${named(dup.first_file)}`} (${String(dup.indicator)}, ${String(cell.region)}, ${String(cell.year)})`,
      });
  }

  problems.push(...quoteProblems(await readFooters(engine, files)));

  const rows = counts.reduce((sum, c) => sum + Number(c.n), 0);
  if (problems.length === 0) problems.push(...rowCountProblems(first, rows, d.rows));
  if (problems.length > 0) return { ok: false, problems };

  const years = new Set<number>();
  const regionCounts: Record<string, number> = {};
  for (const c of counts) {
    years.add(Number(c.year));
    const region = String(c.region);
    regionCounts[region] = (regionCounts[region] ?? 0) + Number(c.n);
  }
  return {
    ok: true,
    optional,
    stats: { rows, years: [...years].sort((a, b) => a - b), regionCounts },
  };
};
