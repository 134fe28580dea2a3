import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/schema';

describe('the committed JSON Schemas', () => {
  it.each(jsonSchemaFiles().map((file) => [file.path.split('/').at(-1), file]))(
    '%s matches the Valibot schema it is generated from (run npm run schema when this fails)',
    (_, { path, text }) => {
      expect(readFileSync(path, 'utf8')).toBe(text);
    }
  );

  it('describes the event fields editors should explain', () => {
    const schema = JSON.parse(jsonSchemaFiles()[0]!.text);
    const event = schema.properties.events.items;
    expect(event.required).toEqual(['id', 'start', 'title', 'category', 'sources']);
    expect(event.properties.claims.description).toMatch(/sentences/);
    expect(event.additionalProperties).toBe(false);
    expect(event.properties.start.description).toMatch(/precision/);
  });
});
