/**
 * The quick check says yes only where Valibot would: checked on the curated dataset, on the benchmark's,
 * and on thousands of broken copies of real events (every field removed, replaced by a value of every
 * wrong kind, or joined by an unknown one), each compared with Valibot's own answer.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateEvents, toOurs } from '../../bench/datasets.js';
import { accepts } from '../../src/lib/core/data/accepts.js';
import { EventSchema, SourceSchema } from '../../src/lib/core/data/schema.js';

const curated = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));
const sources = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8'));
const acceptsEvent = accepts(EventSchema);
const valibotAccepts = (value: unknown) => v.safeParse(EventSchema, value).success;

const WRONG = ['', ' ', 'Not An Id', '2019-13-45x', 5, -1, 1.5, Number.NaN, true, null, [], {}, [1], ['']];

/** Copies of `value` with one thing changed, at every depth: removed, replaced, or joined by a stranger. */
function* mutations(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) {
    yield [];
    for (let i = 0; i < value.length; i++) {
      for (const changed of mutations(value[i])) yield value.map((item, j) => (j === i ? changed : item));
    }
    return;
  }
  if (typeof value !== 'object' || value === null) {
    yield* WRONG.filter((wrong) => wrong !== value);
    return;
  }
  const record = value as Record<string, unknown>;
  yield { ...record, unknownField: 'x' };
  yield { ...record, ['__proto__']: {} };
  for (const key of Object.keys(record)) {
    const { [key]: _removed, ...rest } = record;
    yield rest;
    yield { ...record, [key]: undefined };
    for (const changed of mutations(record[key])) yield { ...record, [key]: changed };
  }
}

describe('the quick check of an event', () => {
  it('passes every curated event and source, as Valibot does', () => {
    for (const event of curated.events) expect(acceptsEvent(event), event.id).toBe(true);
    const acceptsSource = accepts(SourceSchema);
    for (const source of sources.sources) expect(acceptsSource(source), source.id).toBe(true);
  });

  it("passes every event of the benchmark's dataset, the case it is there for", () => {
    for (const event of toOurs(generateEvents(1_000)).events) expect(acceptsEvent(event)).toBe(true);
  });

  it('never says yes where Valibot says no, over thousands of broken copies of real events', () => {
    const events = [
      curated.events.find((event: { claims?: unknown; notes?: unknown; place?: unknown }) =>
        Boolean(event.claims && event.notes && event.place)
      ),
      curated.events.find((event: { dateDerivation?: unknown }) => Boolean(event.dateDerivation)),
      toOurs(generateEvents(3)).events[0]
    ];
    let broken = 0;
    for (const event of events) {
      expect(event).toBeDefined();
      for (const copy of mutations(event)) {
        const valibot = valibotAccepts(copy);
        if (!valibot) broken++;
        if (acceptsEvent(copy)) expect(valibot, JSON.stringify(copy).slice(0, 200)).toBe(true);
      }
    }
    // The copies were mostly broken ones: the comparison was not between valid events only.
    expect(broken).toBeGreaterThan(1_000);
  });

  it('says no, leaving the answer to Valibot, for what it does not know', () => {
    const transformed = v.strictObject({ id: v.pipe(v.string(), v.trim()) });
    const defaulted = v.strictObject({ id: v.optional(v.string(), 'x') });
    const checked = v.strictObject({
      id: v.pipe(
        v.string(),
        v.check((id) => id.length > 0)
      )
    });
    const loose = v.object({ id: v.string() });
    for (const schema of [transformed, defaulted, checked, loose]) {
      expect(v.safeParse(schema, { id: 'a' }).success).toBe(true);
      expect(accepts(schema)({ id: 'a' })).toBe(false);
    }
  });

  it("follows a pipe into the pipe it starts from: a described date keeps its pattern's check", () => {
    const dated = v.strictObject({
      start: v.pipe(v.pipe(v.string(), v.regex(/^\d{4}$/)), v.description('a year'))
    });
    expect(accepts(dated)({ start: '2019' })).toBe(true);
    expect(accepts(dated)({ start: 'soon' })).toBe(false);
  });
});
