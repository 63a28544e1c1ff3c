/**
 * Generates the JSON Schemas of the comparison report and of the multi-document report from their TypeScript
 * types (src/model/types.ts, src/model/multi-types.ts), so that a schema cannot say something the types do
 * not. The package ships them as `muqabala/schema.json` and `muqabala/multi-schema.json`. test/schema.test.ts
 * fails when a committed file is out of date. Run after changing the report types:
 *
 *   npm run schema
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
export const SCHEMA_FILE = join(ROOT, 'schema/comparison-report.schema.json');
export const MULTI_SCHEMA_FILE = join(ROOT, 'schema/multi-report.schema.json');

/** Each schema: the type it describes, the file that declares it, its title and description. */
const SCHEMAS = {
  ComparisonReport: {
    path: 'src/model/types.ts',
    title: 'muqabala comparison report',
    description: 'The result of compare() in muqabala: two documents, their alignment, and where they differ.',
  },
  MultiReport: {
    path: 'src/model/multi-types.ts',
    title: 'muqabala multi-document report',
    description: 'The result of compareMany() in muqabala: every pair of documents compared, and the entities and facts across them.',
  },
} as const;

/** TSDoc links read as plain names in a schema's descriptions. */
function plainLinks(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\{@link\s+([^}]*?)\s*\}/g, '$1');
  if (Array.isArray(value)) return value.map(plainLinks);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainLinks(v)]));
  return value;
}

/** The schema of a report type, as the text of the file (two-space JSON and a final newline). */
export function reportSchema(type: keyof typeof SCHEMAS = 'ComparisonReport'): string {
  const { path, title, description } = SCHEMAS[type];
  const schema = createGenerator({
    path: join(ROOT, path),
    tsconfig: join(ROOT, 'tsconfig.json'),
    type,
    expose: 'export',
    jsDoc: 'extended',
    topRef: true,
  }).createSchema(type);
  const titled = { $schema: schema.$schema, title, description, ...schema };
  return JSON.stringify(plainLinks(titled), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, type] of [[SCHEMA_FILE, 'ComparisonReport'], [MULTI_SCHEMA_FILE, 'MultiReport']] as const) {
    writeFileSync(file, reportSchema(type));
    process.stdout.write(`wrote ${file}\n`);
  }
}
