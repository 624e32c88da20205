import { DataLoadError } from '../data-error';
import { fetchDataFile } from '../fetch-data-file';
import type { Validation } from './validate';

/** The validated value, or a DataLoadError naming the file and every problem by JSON path. */
export const checked = <T>(file: string, result: Validation<T>): T => {
  if (!result.ok) throw new DataLoadError(file, 'schema', result.problems);
  return result.value;
};

/**
 * Fetches, parses and validates one data file: resolves with valid data or rejects with a
 * DataLoadError, never anything else (the property tests in load.property.test.ts hold it to that).
 */
export const loadDataFile = async <T>(
  file: string,
  validate: (json: unknown) => Validation<T>,
  fetchImpl?: typeof fetch,
  signal?: AbortSignal,
): Promise<T> => checked(file, validate(await fetchDataFile(file, fetchImpl, signal)));
