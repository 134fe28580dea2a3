/**
 * The benchmark's command line: `tsx bench/run.ts [options]`. Pure: parseOptions returns the options (or that
 * the usage was asked for) and throws an OptionsError for anything it does not accept; bench/run.ts prints it.
 */
import { parseArgs } from 'node:util';
import { SIZES, SMOKE_SIZES } from './datasets.js';

export type OursMode = 'auto' | 'embed' | 'site' | 'both';
export type BuildMode = 'auto' | 'always' | 'never';

/**
 * The contenders --contenders accepts; "ours" is the reference of the peers' ratios and must be one of them,
 * "floor" (the no-library page) the reference of the second ratio of every figure.
 */
export const CONTENDER_NAMES = ['ours', 'floor', 'vis-timeline', 'timelinejs'] as const;
const OURS_MODES: readonly OursMode[] = ['auto', 'embed', 'site', 'both'];

export interface Options {
  smoke: boolean;
  sizes: number[];
  runs: number;
  warmup: boolean;
  contenders: string[];
  ours: OursMode;
  renderTimeoutS: number;
  stepTimeoutS: number;
  build: BuildMode;
  route: boolean;
  screenshots: boolean;
  /** A results JSON to write RESULTS.md from, instead of running. */
  report?: string;
  /** Write the results to bench/results/tmp/ only, leaving latest.json and RESULTS.md alone. */
  scratch: boolean;
  /** Profile the element's start (bench/profile.ts) instead of running the contenders. */
  profile: boolean;
}

export const USAGE = `Usage: tsx bench/run.ts [options]
  --profile            profile our element's start instead (bench/profile.ts): sizes 100, 10,000, 100,000 by
                       default, curated and own dataset each; waterfall and breakdown to RESULTS.md
  --smoke              sizes 100 and 1,000, one run each, no warm-up, short time-outs; results to bench/results/tmp/
  --runs N             measured runs per contender and size (default 5; smoke 1)
  --sizes A,B,…        dataset sizes (default 100,1000,10000,100000)
  --contenders A,B,…   any of ours, floor, vis-timeline, timelinejs (default all four)
  --ours MODE          auto (embed if build/embed/news-timeline.js exists, else the site), embed, site, both
  --timeout S          render time-out per run in seconds (default 60; smoke 20)
  --step-timeout S     time-out of each later step (settling, heap, each gesture) in seconds (default 45; smoke 10)
  --no-warmup          no discarded warm-up round
  --build / --no-build always / never run \`npm run build\` first (default: only when build/ is missing or older than src/)
  --route              block other origins with Playwright's page.route (default: Chromium's proxy and resolver flags)
  --scratch            write the results to bench/results/tmp/scratch-latest.json only (RESULTS.md stays)
  --report FILE        write bench/RESULTS.md again from a results JSON (e.g. bench/results/latest.json), no run
  --screenshots        save a screenshot of each contender and size (first measured run) to bench/results/tmp/`;

/** A command line the benchmark does not accept; the message says why (with the usage where it helps). */
export class OptionsError extends Error {}

export type ParsedCommandLine = { help: true } | { help: false; options: Options };

/** The flags that take a value; every other flag is a switch. */
const VALUE_FLAGS = ['runs', 'sizes', 'contenders', 'ours', 'timeout', 'step-timeout', 'report'] as const;
const SWITCHES = ['smoke', 'profile', 'warmup', 'build', 'route', 'scratch', 'screenshots', 'help'] as const;
/** The only negated switches (`--no-…`) there are. */
const NEGATED = ['--no-warmup', '--no-build'];

/** The sizes a start profile takes by default: the three. */
export const PROFILE_SIZES = [100, 10_000, 100_000] as const;

/**
 * The defaults: those of a full run, or of a smoke run or a profile when `--smoke` or `--profile` is
 * anywhere on the command line.
 */
export function defaultOptions(smoke: boolean, profile = false): Options {
  return {
    smoke,
    profile,
    sizes: smoke ? [...SMOKE_SIZES] : profile ? [...PROFILE_SIZES] : [...SIZES],
    runs: smoke ? 1 : 5,
    warmup: !smoke,
    contenders: [...CONTENDER_NAMES],
    ours: 'auto',
    renderTimeoutS: smoke ? 20 : 60,
    stepTimeoutS: smoke ? 10 : 45,
    build: 'auto',
    route: false,
    screenshots: false,
    scratch: smoke
  };
}

/**
 * The flags in the order given; a later one overrides an earlier one (`--build --no-build` never builds).
 * `--help` or `-h` stops there: what follows it is not looked at, as what precedes it was.
 */
export function parseOptions(argv: string[]): ParsedCommandLine {
  const { tokens } = parseArgs({
    args: argv,
    options: {
      ...Object.fromEntries(VALUE_FLAGS.map((name) => [name, { type: 'string' as const }])),
      ...Object.fromEntries(SWITCHES.map((name) => [name, { type: 'boolean' as const }])),
      help: { type: 'boolean', short: 'h' }
    },
    // Not strict: the checks below give the messages (and take the flags in order).
    strict: false,
    allowPositionals: true,
    allowNegative: true,
    tokens: true
  });
  const options = defaultOptions(argv.includes('--smoke'), argv.includes('--profile'));
  for (const token of tokens) {
    const arg = argv[token.index]!;
    if (token.kind !== 'option') throw new OptionsError(`unknown option ${arg}\n\n${USAGE}`);
    const flag = token.rawName;
    // `-hx` is two short flags to parseArgs, and was never one of ours.
    const known =
      (token.inlineValue ? arg === `${flag}=${token.value}` : arg === flag) &&
      (flag.startsWith('--no-') ? NEGATED.includes(flag) : flag === '-h' || flag === `--${token.name}`) &&
      ([...VALUE_FLAGS, ...SWITCHES] as readonly string[]).includes(token.name);
    if (!known) throw new OptionsError(`unknown option ${arg}\n\n${USAGE}`);
    if ((VALUE_FLAGS as readonly string[]).includes(token.name)) {
      if (token.value === undefined) throw new OptionsError(`${flag} needs a value\n\n${USAGE}`);
    } else if (token.value !== undefined) {
      throw new OptionsError(`${flag} takes no value\n\n${USAGE}`);
    }
    const value = token.value ?? '';
    const positive = (text: string) => {
      const n = Number(text);
      if (!Number.isFinite(n) || n <= 0)
        throw new OptionsError(`${flag}: expected a positive number, got ${JSON.stringify(text)}`);
      return n;
    };
    switch (flag) {
      case '--smoke':
      case '--profile':
        break;
      case '--runs':
        options.runs = Math.round(positive(value));
        break;
      case '--sizes':
        options.sizes = value.split(',').map((s) => Math.round(positive(s.replace(/_/g, ''))));
        break;
      case '--contenders':
        options.contenders = value.split(',');
        for (const c of options.contenders) {
          if (!(CONTENDER_NAMES as readonly string[]).includes(c))
            throw new OptionsError(`--contenders: unknown contender ${c}`);
        }
        if (!options.contenders.includes('ours'))
          throw new OptionsError('--contenders must include ours: every figure is relative to it');
        break;
      case '--ours':
        if (!(OURS_MODES as readonly string[]).includes(value))
          throw new OptionsError(`--ours: expected auto, embed, site or both`);
        options.ours = value as OursMode;
        break;
      case '--timeout':
        options.renderTimeoutS = positive(value);
        break;
      case '--step-timeout':
        options.stepTimeoutS = positive(value);
        break;
      case '--warmup':
      case '--no-warmup':
        options.warmup = flag === '--warmup';
        break;
      case '--build':
      case '--no-build':
        options.build = flag === '--build' ? 'always' : 'never';
        break;
      case '--route':
        options.route = true;
        break;
      case '--scratch':
        options.scratch = true;
        break;
      case '--report':
        options.report = value;
        break;
      case '--screenshots':
        options.screenshots = true;
        break;
      case '--help':
      case '-h':
        return { help: true };
    }
  }
  return { help: false, options };
}
