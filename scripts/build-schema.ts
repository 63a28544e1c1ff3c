/**
 * Generates the JSON Schema of the comparison report from its TypeScript types (src/report/types.ts), so
 * that the schema cannot say something the types do not. The package ships it as `muqabala/schema.json`.
 * test/schema.test.ts fails when the committed file is out of date. Run after changing the report types:
 *
 *   npm run schema
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
export const SCHEMA_FILE = join(ROOT, 'schema/comparison-report.schema.json');

/** TSDoc links read as plain names in a schema's descriptions. */
function plainLinks(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\{@link\s+([^}]*?)\s*\}/g, '$1');
  if (Array.isArray(value)) return value.map(plainLinks);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainLinks(v)]));
  return value;
}

/** The schema, as the text of the file (two-space JSON and a final newline). */
export function reportSchema(): string {
  const schema = createGenerator({
    path: join(ROOT, 'src/report/types.ts'),
    tsconfig: join(ROOT, 'tsconfig.json'),
    type: 'ComparisonReport',
    expose: 'export',
    jsDoc: 'extended',
    topRef: true,
  }).createSchema('ComparisonReport');
  const titled = {
    $schema: schema.$schema,
    title: 'muqabala comparison report',
    description: 'The result of compare() in muqabala: two documents, their alignment, and where they differ.',
    ...schema,
  };
  return JSON.stringify(plainLinks(titled), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, reportSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
