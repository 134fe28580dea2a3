/**
 * Writes the JSON Schemas of the dataset files from the Valibot schemas, so editors can autocomplete and
 * check `data/events.json` and `data/sources.json`. `--check` only compares, for CI.
 *
 *   npm run schema            write data/events.schema.json and data/sources.schema.json
 *   npm run schema -- --check exit 1 when either is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, SourcesFileSchema } from '../src/lib/core/data/schema.js';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** `$schema` and `title` first, where a reader of the file looks. */
function withTitle(schema: object, title: string): object {
  const { $schema, ...rest } = schema as { $schema?: string };
  return { $schema, title, ...rest };
}

/** The committed schema files and the text each should hold. */
export function jsonSchemaFiles(): { path: string; text: string }[] {
  const files = [
    { name: 'events.schema.json', schema: DatasetSchema, title: 'news-timeline dataset' },
    { name: 'sources.schema.json', schema: SourcesFileSchema, title: 'news-timeline archived sources' }
  ];
  return files.map(({ name, schema, title }) => ({
    path: `${dataDir}${name}`,
    text: `${JSON.stringify(withTitle(toJsonSchema(schema, { errorMode: 'throw' }), title), null, 2)}\n`
  }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, text } of jsonSchemaFiles()) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // A missing file is stale like any other.
    }
    if (current === text) continue;
    if (check) {
      console.error(`${path} is stale: run npm run schema`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
