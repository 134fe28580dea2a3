import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

// Each run starts Node and tsx: seconds on a busy machine, beyond Vitest's default of five.
vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run validate -- …` as a user would (through tsx, without npm's banner). */
function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    cwd: root,
    encoding: 'utf8'
  });
  return { code: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

describe('npm run validate', () => {
  it('passes the curated data with a one-line summary', () => {
    const { code, stdout, stderr } = validate();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^events\.json: valid — \d+ events; \d+ claims, all cited; \d+ quotes found verbatim; 5 articles and \d+ record sources; \d+ notes$/
    );
  });

  it('names file, event and field for each problem in a broken dataset, and exits 1', () => {
    const { code, stderr } = validate('tests/fixtures/broken/events.json');
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'events.json: event "summit": start is not valid: 2019-02-30 is not a date in the calendar: February 2019 has 28 days',
      'events.json: event "summit": sources[0].quote is not found in source "jurnas-2019-04-24"; the closest passage is "Kim Jong un akan bertemu Putin pada Kamis (25/4)di pelabuhan Vladivostok."',
      'events.json: 2 problems; 1 valid events'
    ]);
  });

  it('gives the line and column of invalid JSON', () => {
    const { code, stderr } = validate('tests/fixtures/invalid-json.json');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'invalid-json.json: line 3, column 18: invalid JSON: expected a property name in double quotes, found "}"'
    );
  });

  it('checks a CSV and names the line of each problem', () => {
    const { code, stderr } = validate('tests/fixtures/formats/broken.csv');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'broken.csv: line 2 (event "bad-date"): start is not valid: 2019-02-30 is not a date in the calendar: February 2019 has 28 days'
    );
  });

  it('accepts a TimelineJS timeline, saying its quotes could not be checked and its summaries are not sentence-cited', () => {
    const { code, stdout, stderr } = validate('tests/fixtures/formats/timelinejs.json');
    expect(code).toBe(0);
    expect(stdout).toBe(
      'timelinejs.json (TimelineJS): valid — 3 events; no claims, 3 summaries not sentence-cited; 0 quotes found verbatim, 3 not checkable; 3 articles and 0 record sources; 0 notes'
    );
    const notes = stderr.split('\n');
    // Three quotes not checked, three plain summaries, one media URL left out.
    expect(notes).toHaveLength(7);
    expect(notes).toContain(
      'note: timelinejs.json: slide 2 (event "second-visit"): summary is not sentence-cited: give it as claims, each citing the quotes it rests on'
    );
    expect(stderr).toContain('note: timelinejs.json: slide 2: media.url was left out');
  });

  it("accepts TimelineJS's spreadsheet template as CSV, every event valid, saying at its line what it left out", () => {
    const { code, stdout, stderr } = validate('tests/fixtures/formats/timelinejs-sheet.csv');
    expect(code).toBe(0);
    expect(stdout).toBe(
      'timelinejs-sheet.csv (TimelineJS spreadsheet): valid — 10 events; no claims, 10 summaries not sentence-cited; 0 quotes found verbatim, 10 not checkable; 5 articles and 0 record sources; 0 notes'
    );
    expect(stderr).toContain(
      'note: timelinejs-sheet.csv: line 6: Time was left out: the timeline places events by the day at the finest; the day is kept'
    );
  });

  it('names the line and column of each problem in a TimelineJS sheet pasted as tab-separated text, and exits 1', () => {
    const { code, stderr } = validate('tests/fixtures/formats/broken-sheet.tsv');
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((line) => !line.startsWith('note:'))).toEqual([
      'broken-sheet.tsv: line 4: Month is not a month number: "14"',
      'broken-sheet.tsv: line 5 (event "not-in-the-calendar"): start is not valid: 2019-02-30 is not a date in the calendar: February 2019 has 28 days',
      'broken-sheet.tsv: 2 problems; 1 valid events'
    ]);
  });

  it('says what a path is when it is no file to read: a device, a file in UTF-32', () => {
    const device = validate('/dev/null');
    expect(device.code).toBe(1);
    expect(device.stderr).toBe(
      '/dev/null cannot be read: it is not a regular file, or there is no permission to read it.'
    );
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'wide.json'), Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]));
    const wide = validate(join(dir, 'wide.json'));
    expect(wide.code).toBe(1);
    expect(wide.stderr).toBe(
      'wide.json is in UTF-32 (little-endian), which is not read here. Save it as UTF-8 (in most editors: Save as, Encoding, UTF-8).'
    );
  });

  it('says so when the file does not exist', () => {
    const { code, stderr } = validate('tests/fixtures/nothing-here.json');
    expect(code).toBe(1);
    expect(stderr).toBe('tests/fixtures/nothing-here.json: no such file. Check the path.');
  });
});
