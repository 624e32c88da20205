import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, SCHEMA_DIR, serialize } from './json-schemas.ts';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(SCHEMA_DIR, file), serialize(schema));
  console.log(`wrote ${join(SCHEMA_DIR, file)}`);
}
