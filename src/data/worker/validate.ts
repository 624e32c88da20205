import type { z } from 'zod';
import type { Problem } from '../data-error';
import { datasetSchema, manifestSchema, regionsFileSchema } from '../schema';
import type { Dataset, Manifest, RegionsFile } from '../schema';

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const jsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) =>
      typeof key === 'number'
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${acc}.${String(key)}`
          : `${acc}[${JSON.stringify(String(key))}]`,
    '$',
  );

const toProblems = (error: z.ZodError): Problem[] =>
  error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));

const run = <T>(schema: z.ZodType<T>, json: unknown): Validation<T> => {
  const result = schema.safeParse(json);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toProblems(result.error) };
};

export const validateManifest = (json: unknown): Validation<Manifest> => run(manifestSchema, json);

export const validateRegions = (json: unknown): Validation<RegionsFile> =>
  run(regionsFileSchema, json);

/**
 * Schema checks plus what the schema alone cannot know: that every region code exists in
 * regions.json, and (when the manifest entry is given) that the file is the dataset it claims.
 */
export const validateDataset = (
  json: unknown,
  regionCodes: ReadonlySet<string>,
  expectedId?: string,
): Validation<Dataset> => {
  const parsed = run(datasetSchema, json);
  const problems: Problem[] = parsed.ok ? [] : [...parsed.problems];
  // Checked on the raw input too, so a file with schema errors still reports its unknown regions.
  const raw = (json ?? {}) as { id?: unknown; observations?: unknown };
  if (expectedId !== undefined && typeof raw.id === 'string' && raw.id !== expectedId) {
    problems.push({
      path: '$.id',
      message: `is "${raw.id}" but the manifest expects "${expectedId}"`,
    });
  }
  if (Array.isArray(raw.observations)) {
    raw.observations.forEach((o: unknown, i) => {
      const region = (o as { region?: unknown } | null)?.region;
      if (typeof region === 'string' && /^\d{6}$/.test(region) && !regionCodes.has(region)) {
        problems.push({
          path: `$.observations[${i}].region`,
          message: `region code ${region} is not in regions.json`,
        });
      }
    });
  }
  return parsed.ok && problems.length === 0 ? parsed : { ok: false, problems };
};

/** A readable multi-line summary, the same in the UI and in `npm run validate:data`. */
export const describeProblems = (file: string, problems: readonly Problem[], limit = 5): string => {
  const shown = problems.slice(0, limit).map((p) => `  ${p.path}: ${p.message}`);
  const more = problems.length > limit ? [`  … and ${problems.length - limit} more`] : [];
  return [
    `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
    ...shown,
    ...more,
  ].join('\n');
};
