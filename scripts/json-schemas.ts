import { z } from 'zod';
import { parquetDescriptorSchema } from '../src/data/parquet-schema.ts';
import { datasetSchema, manifestSchema, regionsFileSchema } from '../src/data/schema.ts';

/** JSON Schema for editors, generated from the zod schema so the two can never disagree. */
export const jsonSchemas = (): Record<string, unknown> => ({
  'dataset.schema.json': z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
  'manifest.schema.json': z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' }),
  'parquet-descriptor.schema.json': z.toJSONSchema(parquetDescriptorSchema, {
    io: 'input',
    unrepresentable: 'any',
  }),
  'regions.schema.json': z.toJSONSchema(regionsFileSchema, { io: 'input', unrepresentable: 'any' }),
});

export const SCHEMA_DIR = 'public/data/schema';

export const serialize = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
