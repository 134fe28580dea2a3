/** The benchmark's command line (bench/options.ts): defaults, every flag, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { SIZES, SMOKE_SIZES } from '../../bench/datasets';
import { OptionsError, parseOptions, PROFILE_SIZES, USAGE, type Options } from '../../bench/options';

/** The options of a command line that must parse (and not ask for the usage). */
function parse(...argv: string[]): Options {
  const parsed = parseOptions(argv);
  if (parsed.help) throw new Error(`${argv.join(' ')} asked for the usage`);
  return parsed.options;
}

/** The message of a command line that must be refused. */
function refusal(...argv: string[]): string {
  try {
    parseOptions(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(OptionsError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('bench options: defaults', () => {
  it('a full run: every size, 5 runs after a warm-up, long time-outs, results kept', () => {
    expect(parse()).toEqual({
      smoke: false,
      sizes: [...SIZES],
      runs: 5,
      warmup: true,
      contenders: ['ours', 'floor', 'vis-timeline', 'timelinejs'],
      ours: 'auto',
      renderTimeoutS: 60,
      stepTimeoutS: 45,
      build: 'auto',
      route: false,
      screenshots: false,
      scratch: false,
      profile: false
    });
  });

  it('a profile: the three sizes of the start profile, the rest as a full run', () => {
    expect(parse('--profile')).toMatchObject({ profile: true, sizes: [...PROFILE_SIZES], smoke: false });
    expect(parse('--profile', '--sizes', '100').sizes).toEqual([100]);
  });

  it('--smoke: the smoke sizes, one run, no warm-up, short time-outs, scratch results', () => {
    expect(parse('--smoke')).toMatchObject({
      smoke: true,
      sizes: [...SMOKE_SIZES],
      runs: 1,
      warmup: false,
      renderTimeoutS: 20,
      stepTimeoutS: 10,
      scratch: true
    });
  });

  it('--smoke sets the defaults wherever it stands, and the other flags still override them', () => {
    expect(parse('--runs', '3', '--smoke')).toMatchObject({ smoke: true, runs: 3, warmup: false });
    expect(parse('--warmup', '--smoke')).toMatchObject({ smoke: true, warmup: true });
  });
});

describe('bench options: flags', () => {
  it('takes a value after the flag or after "="', () => {
    expect(parse('--runs', '3').runs).toBe(3);
    expect(parse('--runs=3').runs).toBe(3);
    expect(parse('--report=bench/results/latest.json').report).toBe('bench/results/latest.json');
    expect(parse('--report', 'x.json').report).toBe('x.json');
  });

  it('rounds runs and sizes, and reads sizes with underscores', () => {
    expect(parse('--runs', '2.6').runs).toBe(3);
    expect(parse('--sizes', '1_000,100,10000.4').sizes).toEqual([1000, 100, 10000]);
  });

  it('keeps fractional time-outs', () => {
    expect(parse('--timeout', '300', '--step-timeout', '0.5')).toMatchObject({
      renderTimeoutS: 300,
      stepTimeoutS: 0.5
    });
  });

  it('reads contenders and how ours is measured', () => {
    expect(parse('--contenders', 'ours,timelinejs').contenders).toEqual(['ours', 'timelinejs']);
    expect(parse('--contenders', 'ours,floor').contenders).toEqual(['ours', 'floor']);
    for (const mode of ['auto', 'embed', 'site', 'both'] as const)
      expect(parse('--ours', mode).ours).toBe(mode);
  });

  it('takes the switches, the later of two contrary ones winning', () => {
    expect(parse('--route', '--scratch', '--screenshots')).toMatchObject({
      route: true,
      scratch: true,
      screenshots: true
    });
    expect(parse('--no-warmup').warmup).toBe(false);
    expect(parse('--build').build).toBe('always');
    expect(parse('--no-build').build).toBe('never');
    expect(parse('--build', '--no-build').build).toBe('never');
    expect(parse('--no-build', '--build').build).toBe('always');
    expect(parse('--runs', '3', '--runs', '4').runs).toBe(4);
  });

  it('--help and -h ask for the usage, and what follows them is not looked at', () => {
    expect(parseOptions(['--help'])).toEqual({ help: true });
    expect(parseOptions(['-h'])).toEqual({ help: true });
    expect(parseOptions(['--runs', '2', '--help', '--bogus'])).toEqual({ help: true });
  });

  it('accepts every flag the usage lists', () => {
    const flags = [...USAGE.matchAll(/(?<=\s)--[a-z-]+/g)].map((match) => match[0]);
    expect(flags.length).toBeGreaterThanOrEqual(14);
    const values: Record<string, string> = {
      '--runs': '2',
      '--sizes': '100',
      '--contenders': 'ours',
      '--ours': 'site',
      '--timeout': '5',
      '--step-timeout': '5',
      '--report': 'x.json'
    };
    for (const flag of flags) {
      expect(() => parseOptions(flag in values ? [flag, values[flag]!] : [flag])).not.toThrow();
    }
  });
});

describe('bench options: refusals', () => {
  it('an unknown flag fails with the usage', () => {
    const message = refusal('--bogus');
    expect(message.startsWith('unknown option --bogus\n\n')).toBe(true);
    expect(message.endsWith(USAGE)).toBe(true);
  });

  it('so does a flag before it that is fine, a misspelt one, a negation there is not, or an argument', () => {
    expect(refusal('--runs', '2', '--smok')).toMatch(/^unknown option --smok\n\nUsage:/);
    expect(refusal('--no-route')).toMatch(/^unknown option --no-route\n\nUsage:/);
    expect(refusal('100')).toMatch(/^unknown option 100\n\nUsage:/);
    expect(refusal('-x')).toMatch(/^unknown option -x\n\nUsage:/);
    expect(refusal('-hx')).toMatch(/^unknown option -hx\n\nUsage:/);
    expect(refusal('--')).toMatch(/^unknown option --\n\nUsage:/);
  });

  it('fails on the first bad flag, before a later --help', () => {
    expect(refusal('--bogus', '--help')).toMatch(/^unknown option --bogus/);
  });

  it('a flag without its value', () => {
    expect(refusal('--runs')).toBe(`--runs needs a value\n\n${USAGE}`);
    // The next argument is the value, whatever it looks like.
    expect(refusal('--runs', '--smoke')).toBe('--runs: expected a positive number, got "--smoke"');
  });

  it('a switch with a value', () => {
    expect(refusal('--route=yes')).toMatch(/^--route takes no value\n\nUsage:/);
  });

  it('numbers that are not positive', () => {
    expect(refusal('--runs', '0')).toBe('--runs: expected a positive number, got "0"');
    expect(refusal('--runs=')).toBe('--runs: expected a positive number, got ""');
    expect(refusal('--timeout', '-5')).toBe('--timeout: expected a positive number, got "-5"');
    expect(refusal('--step-timeout', 'Infinity')).toMatch(/^--step-timeout: expected a positive number/);
    expect(refusal('--sizes', '100,,1000')).toBe('--sizes: expected a positive number, got ""');
  });

  it('contenders that do not exist, or without ours', () => {
    expect(refusal('--contenders', 'ours,d3')).toBe('--contenders: unknown contender d3');
    expect(refusal('--contenders', 'vis-timeline')).toBe(
      '--contenders must include ours: every figure is relative to it'
    );
  });

  it('an unknown way of measuring ours', () => {
    expect(refusal('--ours', 'iframe')).toBe('--ours: expected auto, embed, site or both');
  });
});
