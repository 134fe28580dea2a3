/**
 * Properties over hostile input, generated (fast-check, seeded so a failure reproduces): texts cut
 * short, nested deep, binary, in mixed encodings, full of control characters. For any of them the one
 * way in gives a result or a `LoadError` of the taxonomy — never another error — within a bounded time;
 * the converters are total; and the CLI, run in-process on any byte string, exits 0 or 1, prints only
 * printable characters and never an engine's error name. A new format or field that breaks one of
 * these fails here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli';
import { locateJsonError } from '../../src/lib/core/data/json';
import {
  csvToDataset,
  CsvError,
  SHEET_COLUMNS,
  timelineJsSheetToDataset,
  timelineJsToDataset
} from '../../src/lib/core/data/formats';
import { LoadError } from '../../src/lib/data/failure';
import { readDataset } from '../../src/lib/data/read';

const runs = { seed: 20261414, numRuns: 120 };
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (path: string) => readFileSync(`${root}${path}`, 'utf8');
/** Valid texts of every format, to cut, nest, re-encode and salt. */
const VALID = [
  fixture('tests/fixtures/formats/spreadsheet.csv'),
  fixture('tests/fixtures/formats/timelinejs.json'),
  fixture('tests/fixtures/broken/events.json')
];
/** The longest any one reading may take, generously for a loaded machine. */
const BOUND_MS = 5000;

const KINDS = new Set(['html', 'binary', 'encoding', 'too-large', 'too-deep', 'empty', 'json', 'csv']);
/** What a terminal would act on: C0 but the newline between lines, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const INTERNAL =
  /\b(E[A-Z]{3,}|RangeError|TypeError|SyntaxError|ReferenceError|Maximum call stack)\b|\n\s+at /;

const controls = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b]0;owned\u0007',
  '\u001b[2J',
  '\u009b',
  '\u007f',
  '\r',
  '\u202e',
  '\u2066',
  '\u2028',
  '\ufeff',
  '\ud800',
  '"',
  ',',
  '\n',
  '<',
  '[',
  '{'
);

/** A valid text cut at any point. */
const truncated = fc
  .tuple(fc.constantFrom(...VALID), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([text, at]) => text.slice(0, Math.floor(text.length * at)));

/** Brackets nested up to 3,000 deep, opened only, closed, or mixed with objects, cut anywhere. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('[', '{"a":', '[{"e":'), fc.boolean())
  .map(([depth, open, closed]) => {
    const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
    return open.repeat(depth) + (closed ? `1${close.repeat(depth)}` : '');
  });

/** A valid text with control characters, quotes and brackets dropped in anywhere. */
const salted = fc
  .tuple(fc.constantFrom(...VALID), fc.array(fc.tuple(fc.nat(), controls), { maxLength: 8 }))
  .map(([text, salt]) =>
    salt.reduce((t, [at, s]) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)), text)
  );

const encoders: Record<string, (text: string) => Uint8Array> = {
  utf8: (text) => Buffer.from(text, 'utf8'),
  'utf16le with its mark': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf16le without': (text) => Buffer.from(text, 'utf16le'),
  'utf16be with its mark': (text) =>
    Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).swap16()),
  utf32: (text) =>
    Buffer.concat([
      Buffer.from([0xff, 0xfe, 0, 0]),
      ...[...text].map((c) => Buffer.from([c.charCodeAt(0) & 0xff, 0, 0, 0]))
    ]),
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  latin1: (text) => Buffer.from(text.replace(/[^\x00-\xff]/g, 'é'), 'latin1')
};

/** A text in some encoding, possibly cut mid-character. */
const mixed = fc
  .tuple(
    fc.oneof(fc.constantFrom(...VALID), truncated, salted),
    fc.constantFrom(...Object.keys(encoders)),
    fc.boolean()
  )
  .map(([text, encoding, cut]) => {
    const bytes = encoders[encoding]!(text);
    return cut ? bytes.subarray(0, bytes.length - 1) : bytes;
  });

const binary = fc.uint8Array({ maxLength: 2048 });

const hostile = fc.oneof(
  truncated,
  deep,
  salted,
  mixed,
  binary,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.json().map((json) => `{"events": [{"start_date": {"year": 2019}}], "x": ${json}}`)
);

/** Reads `input` and says how it ended: a result, or the kind of its LoadError. */
async function outcome(input: string | Uint8Array): Promise<string> {
  const start = performance.now();
  try {
    const result = await readDataset(input, { name: 'any.txt' });
    expect(Array.isArray(result.dataset.events)).toBe(true);
    return 'read';
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    expect(KINDS).toContain((error as LoadError).kind);
    return (error as LoadError).kind;
  } finally {
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  }
}

describe('for any hostile input', () => {
  it('the one way in gives a result or a LoadError of the taxonomy, in bounded time', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const kind = await outcome(input);
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
      }),
      runs
    );
    // The generators reach far: read, and most kinds of failure.
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });

  it('a text nested deeper than 512 is too deep, however it ends', async () => {
    await fc.assert(
      fc.asyncProperty(
        deep.filter((text) => /^(\[|\{"a":|\[\{"e":){513}/.test(text)),
        async (text) => {
          expect(await outcome(text)).toBe('too-deep');
        }
      ),
      { ...runs, numRuns: 30 }
    );
  });

  it('the JSON locator scans without recursion, at any depth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('[', '{"k":'), (depth, open) => {
        const fault = locateJsonError(open.repeat(depth));
        expect(fault.offset).toBe(open.length * depth);
      }),
      { ...runs, numRuns: 10 }
    );
  });

  it('the converters are total: a TimelineJS shape of any values, a CSV of any text', () => {
    const anything = fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true });
    const slide = fc.dictionary(
      fc.constantFrom(
        'start_date',
        'end_date',
        'text',
        'media',
        'unique_id',
        'group',
        'display_date',
        '__proto__',
        'toString'
      ),
      fc.oneof(anything, fc.record({ year: anything, month: anything, headline: anything, url: anything }))
    );
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 6 }), anything, (events, title) => {
        const converted = timelineJsToDataset({ title, events }, 't.json');
        expect(Array.isArray((converted.data as { events: unknown[] }).events)).toBe(true);
      }),
      runs
    );
    fc.assert(
      fc.property(fc.oneof(salted, fc.string()), (text) => {
        try {
          csvToDataset(text, 'c.csv');
        } catch (error) {
          expect(error).toBeInstanceOf(CsvError);
        }
      }),
      runs
    );
    // TimelineJS's spreadsheet never throws: its header is what told it apart.
    const header = `${SHEET_COLUMNS.join(',')},__proto__\n`;
    fc.assert(
      fc.property(fc.oneof(salted, fc.string()), fc.constantFrom(',', '\t'), (text, separator) => {
        const converted = timelineJsSheetToDataset(header.replaceAll(',', separator) + text, 's.csv');
        expect(Array.isArray((converted.data as { events: unknown[] }).events)).toBe(true);
      }),
      runs
    );
  });
});

describe('the CLI, on any byte string', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-property-'));

  it('exits 0 or 1 in bounded time, printing only printable characters and no engine error name', async () => {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          binary,
          mixed,
          salted.map((t) => Buffer.from(t)),
          deep.map((t) => Buffer.from(t))
        ),
        async (bytes) => {
          const path = join(dir, `input-${count++}.json`);
          writeFileSync(path, bytes);
          const lines: string[] = [];
          const start = performance.now();
          const code = await main([path], {
            out: (line) => lines.push(line),
            err: (line) => lines.push(line)
          });
          expect(performance.now() - start).toBeLessThan(BOUND_MS);
          expect([0, 1]).toContain(code);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) {
            expect(line).not.toMatch(RAW);
            expect(line).not.toMatch(INTERNAL);
          }
        }
      ),
      { ...runs, numRuns: 60 }
    );
  });
});
