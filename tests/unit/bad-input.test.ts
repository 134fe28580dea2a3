/**
 * The seven defects of issue 14, each as the reader or the blogger met it: through `readDataset` (the
 * one way in, which the embed, the page and /make/ share) and through the CLI as a user runs it. Each
 * test failed on main before the fix (see /work/notes/input-closing.md); they use only what main had
 * too — `readDataset`, the LoadError's `kind`, the validator's issues, the CLI's output — so that they
 * can be run against it. The browser's side is in tests/e2e/hostile.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatIssue } from '../../src/lib/core/data/issue';
import { readDataset } from '../../src/lib/data/read';

// Each CLI run starts Node and tsx: seconds on a busy machine, beyond Vitest's default of five.
vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));

/** Writes a file for the CLI to read, in a fresh folder. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI as a user would (through tsx, without npm's banner), with its raw output. */
function validate(path: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', path], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

/** No engine's error name and no stack trace: what a user must never read. */
const INTERNAL = /\b(EISDIR|ENOENT|EACCES|RangeError|TypeError|SyntaxError|Maximum call stack|at \S+ \()/;
/** Anything a terminal would act on: C0 but newline, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The TimelineJS fixture with slide 2's media reduced to the usual placeholder URL. */
function placeholderTimeline(): string {
  const timeline = JSON.parse(readFileSync(`${root}tests/fixtures/formats/timelinejs.json`, 'utf8'));
  // The common placeholder, and no credit: the converter must make the source from the URL's host.
  timeline.events[1].media = { url: 'http://' };
  return JSON.stringify(timeline);
}

/** The error `readDataset` throws, or undefined when it reads the text. */
async function failure(text: string | Uint8Array, name = 'data.json') {
  try {
    await readDataset(text, { name });
    return undefined;
  } catch (error) {
    return error as Error & { kind?: string };
  }
}

describe('1. one bad TimelineJS slide', () => {
  it('costs only itself: a "http://" media URL is left out, and every slide renders', async () => {
    const result = await readDataset(placeholderTimeline(), { name: 'timeline.json' });
    expect(result.dataset.events.map((e) => e.id)).toEqual([
      'vladivostok-2019',
      'second-visit',
      'kim-jong-il-in-russia'
    ]);
    expect(result.notices.map(formatIssue)).toContain(
      'timeline.json: slide 2: media.url was left out: "http://" is not an http(s) address'
    );
  });

  it('is named by file and slide in the CLI, which checks the rest', () => {
    const { code, output } = validate(file('timeline.json', placeholderTimeline()));
    expect(code).toBe(0);
    expect(output).toContain('timeline.json: slide 2: media.url was left out');
    expect(output).toContain('timeline.json (TimelineJS): valid — 3 events');
    expect(output).not.toMatch(/Invalid URL/);
  });
});

describe('2. an HTML page served as the dataset', () => {
  it('is told as a web page, not read as a CSV with three problems', async () => {
    const page = '<!DOCTYPE html>\n<html lang="en"><head><title>Blog</title></head><body>Hi</body></html>';
    expect((await failure(page, 'timeline.json'))?.kind).toBe('html');
    expect((await failure('  <html>\n<body></body></html>', 'timeline.json'))?.kind).toBe('html');
  });
});

describe('4. the CLI on a directory', () => {
  it('says it is a folder, exits 1, and never prints EISDIR', () => {
    const { code, output } = validate(dir);
    expect(code).toBe(1);
    expect(output).toContain('is a folder, not a file');
    expect(output).not.toMatch(INTERNAL);
  });
});

describe('5. raw bytes reaching the terminal', () => {
  it('random bytes: a clear message, nothing raw', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 197 + 89) % 256);
    const { code, output } = validate(file('random.bin', bytes));
    expect(code).toBe(1);
    expect(output).toContain('random.bin is not a text file');
    expect(output).not.toMatch(RAW);
  });

  it('a valid dataset saved as UTF-16 with a byte-order mark (Notepad\'s "Unicode") is read as it is', () => {
    const text = readFileSync(`${root}tests/fixtures/formats/spreadsheet.csv`, 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { code, output } = validate(file('spreadsheet.csv', utf16));
    expect(output).toContain('spreadsheet.csv (CSV): valid — 2 events');
    expect(code).toBe(0);
  });

  it('terminal escape sequences in a CSV header reach the terminal escaped', () => {
    const header =
      'id,start,title,summary,category,source,quote,translation,\u001b]0;owned\u0007,\u202eevil\n';
    const { code, output } = validate(file('escapes.csv', `${header}a,2019,T,S,summit,s,q,t,,\n`));
    expect(code).toBe(1);
    expect(output).toContain('escapes.csv: line 1: \\x1b]0;owned\\x07 is not a known column');
    expect(output).toContain('\\u202eevil is not a known column');
    expect(output).not.toMatch(RAW);
  });
});

describe('6. a deep file cut short', () => {
  const deep = '['.repeat(100_000);

  it('is said to be too deep, without a stack overflow', async () => {
    const error = await failure(deep);
    expect(error?.kind).toBe('too-deep');
    expect(error?.message).not.toMatch(/Maximum call stack/);
  });

  it('in the CLI too', () => {
    const { code, output } = validate(file('deep.json', deep));
    expect(code).toBe(1);
    expect(output).toContain('deep.json: line 1, column 513: nested more than 512 levels deep');
    expect(output).not.toMatch(INTERNAL);
  });
});

describe('7. inherited names at the top level', () => {
  const text = '{ "events": [], "__proto__": {}, "constructor": 1, "toString": "x" }';

  it('are unknown fields, each named', async () => {
    const { issues } = await readDataset(text, { name: 'proto.json' });
    expect(issues.map(formatIssue)).toEqual([
      'proto.json: __proto__ is not a known field',
      'proto.json: constructor is not a known field',
      'proto.json: toString is not a known field'
    ]);
  });

  it('and the CLI fails the file', () => {
    const { code, output } = validate(file('proto.json', text));
    expect(code).toBe(1);
    expect(output).toContain('proto.json: 3 problems; 0 valid events');
  });
});
