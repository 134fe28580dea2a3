/**
 * `npm run validate` on TimelineJS's deep-time timelines: cosmology's billions of years, a mix of deep
 * and calendar dates. Every event valid.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

// Each run starts Node and tsx: seconds on a busy machine, beyond Vitest's default of five.
vi.setConfig({ testTimeout: 60_000 });

const root = fileURLToPath(new URL('../..', import.meta.url));

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    cwd: root,
    encoding: 'utf8'
  });
  return { code: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

describe('npm run validate on deep time', () => {
  it.each([
    ['cosmo.json', 7],
    ['cosmo-mixed.json', 11]
  ])('finds every event of %s valid (%i)', (name, count) => {
    const { code, stdout, stderr } = validate(`tests/fixtures/formats/${name}`);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^${name.replace('.', '\\.')} \\(TimelineJS\\): valid — ${count} events;`)
    );
    // Only notes: quotes that cannot be checked and summaries not sentence-cited.
    for (const line of stderr.split('\n')) expect(line).toMatch(/^note: /);
  });

  it('refuses a month given with a deep year, naming the slide and the field', () => {
    const { code, stderr } = validate('tests/fixtures/formats/cosmo-month.json');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'cosmo-month.json: slide 2 (event "a-month-in-deep-time"): start is not valid: -66000000-06: a year of five or more digits stands alone, without a month or day'
    );
    expect(stderr).toContain('cosmo-month.json: 1 problem; 1 valid events');
  });
});
