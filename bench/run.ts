/**
 * The performance benchmark: this project's timeline against vis-timeline and TimelineJS, on the same
 * synthetic datasets, in headless Chromium, in one run. See bench/README.md for what each figure means.
 *
 *   npm run bench                      full run: 100, 1,000, 10,000, 100,000 events; warm-up + 5 runs each
 *   npm run bench -- --smoke           100 and 1,000 events, one run each, short time-outs (inside npm test)
 *   npm run bench -- --runs 3 --sizes 100,1000 --contenders ours,vis-timeline --ours site
 *
 * Exit code: 1 only when the harness is broken (no build, no browser, our timeline does not render, a peer's
 * page throws in smoke mode); a slow figure, or a peer that times out, is a result, never a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import * as prettier from 'prettier';
import { SIZES, SMOKE_SIZES, type DatasetFiles } from './datasets.js';
import { ROOT, startServer, type BenchServer } from './server.js';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.js';

// ---------------------------------------------------------------------------------------------------------
// Options

type OursMode = 'auto' | 'embed' | 'site' | 'both';
type ContenderId = 'ours' | 'ours-site' | 'vis-timeline' | 'timelinejs';

interface Options {
  smoke: boolean;
  sizes: number[];
  runs: number;
  warmup: boolean;
  contenders: string[];
  ours: OursMode;
  renderTimeoutS: number;
  stepTimeoutS: number;
  build: 'auto' | 'always' | 'never';
  route: boolean;
  screenshots: boolean;
  /** A results JSON to write RESULTS.md from, instead of running. */
  report?: string;
  /** Write the results to bench/results/tmp/ only, leaving latest.json and RESULTS.md alone. */
  scratch: boolean;
}

const USAGE = `Usage: tsx bench/run.ts [options]
  --smoke              sizes 100 and 1,000, one run each, no warm-up, short time-outs; results to bench/results/tmp/
  --runs N             measured runs per contender and size (default 5; smoke 1)
  --sizes A,B,…        dataset sizes (default 100,1000,10000,100000)
  --contenders A,B,…   any of ours, vis-timeline, timelinejs (default all three)
  --ours MODE          auto (embed if build/embed/news-timeline.js exists, else the site), embed, site, both
  --timeout S          render time-out per run in seconds (default 60; smoke 20)
  --step-timeout S     time-out of each later step (settling, heap, each gesture) in seconds (default 45; smoke 10)
  --no-warmup          no discarded warm-up round
  --build / --no-build always / never run \`npm run build\` first (default: only when build/ is missing or older than src/)
  --route              block other origins with Playwright's page.route (default: Chromium's proxy and resolver flags)
  --scratch            write the results to bench/results/tmp/scratch-latest.json only (RESULTS.md stays)
  --report FILE        write bench/RESULTS.md again from a results JSON (e.g. bench/results/latest.json), no run
  --screenshots        save a screenshot of each contender and size (first measured run) to bench/results/tmp/`;

function parseOptions(argv: string[]): Options {
  const smoke = argv.includes('--smoke');
  const options: Options = {
    smoke,
    sizes: smoke ? [...SMOKE_SIZES] : [...SIZES],
    runs: smoke ? 1 : 5,
    warmup: !smoke,
    contenders: ['ours', 'vis-timeline', 'timelinejs'],
    ours: 'auto',
    renderTimeoutS: smoke ? 20 : 60,
    stepTimeoutS: smoke ? 10 : 45,
    build: 'auto',
    route: false,
    screenshots: false,
    scratch: smoke
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) fail(`${flag} needs a value\n\n${USAGE}`);
      return next;
    };
    const positive = (text: string) => {
      const n = Number(text);
      if (!Number.isFinite(n) || n <= 0)
        fail(`${flag}: expected a positive number, got ${JSON.stringify(text)}`);
      return n;
    };
    switch (flag) {
      case '--smoke':
        break;
      case '--runs':
        options.runs = Math.round(positive(value()));
        break;
      case '--sizes':
        options.sizes = value()
          .split(',')
          .map((s) => Math.round(positive(s.replace(/_/g, ''))));
        break;
      case '--contenders':
        options.contenders = value().split(',');
        for (const c of options.contenders) {
          if (!['ours', 'vis-timeline', 'timelinejs'].includes(c))
            fail(`--contenders: unknown contender ${c}`);
        }
        if (!options.contenders.includes('ours'))
          fail('--contenders must include ours: every figure is relative to it');
        break;
      case '--ours': {
        const mode = value();
        if (!['auto', 'embed', 'site', 'both'].includes(mode))
          fail(`--ours: expected auto, embed, site or both`);
        options.ours = mode as OursMode;
        break;
      }
      case '--timeout':
        options.renderTimeoutS = positive(value());
        break;
      case '--step-timeout':
        options.stepTimeoutS = positive(value());
        break;
      case '--warmup':
        options.warmup = true;
        break;
      case '--no-warmup':
        options.warmup = false;
        break;
      case '--build':
        options.build = 'always';
        break;
      case '--no-build':
        options.build = 'never';
        break;
      case '--route':
        options.route = true;
        break;
      case '--scratch':
        options.scratch = true;
        break;
      case '--report':
        options.report = value();
        break;
      case '--screenshots':
        options.screenshots = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        fail(`unknown option ${arg}\n\n${USAGE}`);
    }
  }
  return options;
}

function fail(message: string): never {
  console.error(`\n[bench] ERROR: ${message}`);
  process.exit(1);
}

function log(message: string) {
  console.log(`[bench] ${message}`);
}

// ---------------------------------------------------------------------------------------------------------
// Contenders

type ProbeKind = 'embed' | 'site' | 'vis' | 'timelinejs';

interface Contender {
  id: ContenderId;
  label: string;
  kind: ProbeKind;
  /** The page to open, relative to the server's origin. */
  page(size: number): string;
  /** The dataset URL the page loads. */
  data(size: number): string;
}

const EMBED_FILE = path.join(ROOT, 'build/embed/news-timeline.js');

const CONTENDERS: Record<ContenderId, Contender> = {
  ours: {
    id: 'ours',
    label: 'ours (embed)',
    kind: 'embed',
    page: (size) => `/pages/ours-embed.html?size=${size}`,
    data: (size) => `/data/${size}.json`
  },
  'ours-site': {
    id: 'ours-site',
    label: 'ours (site)',
    kind: 'site',
    page: (size) => `/?src=/data/${size}.json`,
    data: (size) => `/data/${size}.json`
  },
  'vis-timeline': {
    id: 'vis-timeline',
    label: 'vis-timeline',
    kind: 'vis',
    page: (size) => `/pages/vis-timeline.html?size=${size}`,
    data: (size) => `/data/vis/${size}.json`
  },
  timelinejs: {
    id: 'timelinejs',
    label: 'TimelineJS',
    kind: 'timelinejs',
    page: (size) => `/pages/timelinejs.html?size=${size}`,
    data: (size) => `/data/timelinejs/${size}.json`
  }
};

/** The contenders of this run, ours first (the reference of every ratio), with how ours was chosen. */
function chooseContenders(options: Options): { list: Contender[]; oursNote: string } {
  const embedExists = existsSync(EMBED_FILE);
  let ours: Contender[];
  let oursNote: string;
  if (options.ours === 'embed' || (options.ours === 'auto' && embedExists)) {
    if (!embedExists) fail('--ours embed: build/embed/news-timeline.js does not exist (run npm run build)');
    ours = [{ ...CONTENDERS.ours }];
    oursNote =
      'the <news-timeline> custom element (build/embed/news-timeline.js) in bench/pages/ours-embed.html';
  } else if (options.ours === 'both') {
    if (!embedExists) fail('--ours both: build/embed/news-timeline.js does not exist (run npm run build)');
    ours = [{ ...CONTENDERS.ours }, { ...CONTENDERS['ours-site'] }];
    oursNote =
      'both: the <news-timeline> custom element (the reference of the ratios) and the site page /?src=';
  } else {
    // The site page is the reference then: call it "ours" so the ratios read the same.
    ours = [{ ...CONTENDERS['ours-site'], id: 'ours' }];
    oursNote = embedExists
      ? 'the site page /?src=/data/<size>.json (chosen with --ours site)'
      : 'the site page /?src=/data/<size>.json: build/embed/news-timeline.js does not exist yet';
  }
  const peers = options.contenders.filter((c) => c !== 'ours').map((c) => CONTENDERS[c as ContenderId]);
  return { list: [...ours, ...peers], oursNote };
}

// ---------------------------------------------------------------------------------------------------------
// Build and browser

/** The newest modification time of the files under these paths. */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const p of paths) visit(path.join(ROOT, p));
  return latest;
}

function ensureBuild(mode: Options['build']) {
  const index = path.join(ROOT, 'build/index.html');
  if (mode === 'never') {
    if (!existsSync(index)) fail('build/ does not exist: run `npm run build` (or drop --no-build)');
    return 'existing build/ (--no-build)';
  }
  let reason = mode === 'always' ? '--build' : '';
  if (!reason && !existsSync(index)) reason = 'build/ does not exist';
  if (!reason) {
    const built = Math.min(
      statSync(index).mtimeMs,
      existsSync(EMBED_FILE) ? statSync(EMBED_FILE).mtimeMs : Infinity
    );
    const sources = newest(['src', 'data', 'svelte.config.js', 'vite.config.ts', 'vite.embed.config.ts']);
    if (sources > built) reason = 'src/ or data/ changed since the last build';
  }
  if (!reason) return 'existing build/ (up to date with src/ and data/)';
  log(`running npm run build (${reason})`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail(`npm run build failed (exit ${result.status ?? result.signal})`);
  return `fresh npm run build (${reason}; ${((performance.now() - started) / 1000).toFixed(1)} s)`;
}

/** CHROMIUM_PATH (set by `npm run bench` through scripts/ensure-chromium.mjs), else ask that script. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const result = spawnSync('node', [path.join(ROOT, 'scripts/ensure-chromium.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const found = result.stdout.trim().split('\n').at(-1);
  if (result.status !== 0 || !found) fail('no usable Chromium (see scripts/ensure-chromium.mjs)');
  return found;
}

/**
 * No request may leave 127.0.0.1: every other host goes to a proxy on a closed loopback port (so IP literals
 * fail too) and resolves to nothing. Unlike page.route, this adds no round trip to each local request.
 */
const ISOLATION_ARGS = [
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=127.0.0.1',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------------------------------------------------
// One run

interface Resource {
  url: string;
  entryType: string;
  initiatorType: string;
  contentType: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

type Category = 'script' | 'style' | 'document' | 'data' | 'font' | 'other';

interface Gesture {
  /** Frame times (ms) between consecutive animation frames during the gesture. */
  p50: number;
  p95: number;
  max: number;
  frames: number;
  /** Whether the visible events moved (the view changed) at the gesture's midpoint. */
  responded: boolean;
  durationMs: number;
  /** Set when only part of the gesture was measured. */
  partial?: string;
}

interface Run {
  size: number;
  contender: ContenderId;
  round: number;
  warmup: boolean;
  status: 'ok' | 'timeout' | 'error' | 'skipped';
  /** "timeout after 60 s", "error: …", "skipped: …": what the table shows when there is no figure. */
  message?: string;
  /** The step that failed, when one did. */
  failedStep?: string;
  renderMs?: number;
  /** From page.goto() to the harness seeing the events, for comparison with renderMs (polling adds up to 50 ms). */
  harnessRenderMs?: number;
  heapUsedBytes?: number;
  /** performance.memory.usedJSHeapSize, for reference (Chromium rounds it unless precise memory info is on). */
  perfMemoryUsedBytes?: number;
  domElements?: number;
  bytes?: Record<Category, number>;
  resources?: { url: string; category: Category; encodedBodySize: number; transferSize: number }[];
  pan?: GestureResult;
  zoom?: GestureResult;
  otherOriginRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
  wallMs: number;
  /** Wall time of each step of the run (ms), to see where a slow run spent it. */
  steps: Record<string, number>;
  /** The machine's 1-minute load average when the run started: other work on the machine makes figures noisy. */
  load1?: number;
}

class StepTimeout extends Error {
  constructor(
    readonly step: string,
    readonly seconds: number
  ) {
    super(`timeout after ${seconds} s`);
  }
}

async function within<T>(step: string, seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(step, seconds)), seconds * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function categorize(resource: Resource, origin: string): Category {
  if (resource.entryType === 'navigation') return 'document';
  const url = new URL(resource.url, origin);
  const type = resource.contentType;
  const ext = path.extname(url.pathname);
  if (url.pathname.startsWith('/data/')) return 'data';
  if (type.includes('javascript') || ['.js', '.mjs', '.cjs'].includes(ext)) return 'script';
  if (type.includes('css') || ext === '.css') return 'style';
  if (type.startsWith('font/') || ['.woff', '.woff2', '.ttf', '.eot', '.otf'].includes(ext)) return 'font';
  return 'other';
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Full runs: 30 mouse moves of 20 px (600 px) each way; 20 wheel ticks of deltaY 15 each way. Smoke runs
 * cover the same distance and depth in a fifth of the steps.
 */
const PAN = { steps: 30, stepPx: 20 };
const ZOOM = { ticks: 20, deltaY: 15 };
const SMOKE_GESTURE_SHARE = 5;

/** Frame times (ms) of one gesture, with what the view did. */
interface Frames {
  deltas: number[];
  responded: boolean;
  durationMs: number;
}

function gestureStats(parts: Frames[]): Gesture {
  const deltas = parts.flatMap((part) => part.deltas).sort((a, b) => a - b);
  return {
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: deltas.at(-1) ?? NaN,
    frames: deltas.length,
    responded: parts[0]!.responded,
    durationMs: parts.reduce((sum, part) => sum + part.durationMs, 0)
  };
}

const signature = (page: Page) => page.evaluate('window.__bench.signature()') as Promise<string>;
const nextFrame = (page: Page) => page.evaluate('window.__bench.nextFrame()');

/** Waits (up to 3 s) until the visible events stop moving: momentum and transitions of the last gesture. */
async function stable(page: Page): Promise<string> {
  let last = await signature(page);
  for (let i = 0; i < 20; i++) {
    await sleep(150);
    const now = await signature(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/**
 * Real input, one input event per animation frame (the next waits for the page to draw a frame), with the
 * frame times recorded in the page meanwhile. `first` is the half that tells whether the view responded.
 */
async function drive(page: Page, first: () => Promise<void>, second?: () => Promise<void>): Promise<Frames> {
  const before = await stable(page);
  const started = performance.now();
  await page.evaluate('window.__bench.frames.start()');
  await first();
  const middle = await signature(page);
  if (second) await second();
  await nextFrame(page);
  const deltas = (await page.evaluate('window.__bench.frames.stop()')) as number[];
  return { deltas, responded: middle !== before, durationMs: performance.now() - started };
}

async function zoomTicks(page: Page, ticks: number, deltaY: number) {
  await page.keyboard.down('Control');
  // Chromium acknowledges an input event once the page has handled it, and Playwright waits for that:
  // a page that is slow to handle input gets its next event later, as it would from a real mouse.
  for (let i = 0; i < ticks; i++) await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
}

type GestureResult = Gesture | GestureFailure;
interface GestureFailure {
  /** "timeout after 45 s", "not measured: …", "skipped: …" or an error's message. */
  error: string;
  timedOut?: boolean;
}

/**
 * Zoom in (ctrl+wheel), pan there (drag left and back), zoom out again: a reader's way into a dense stretch.
 * Panning comes after zooming in because at the first view some contenders show everything and have
 * nothing to pan to. The zoom figures are the frames of both zoom halves together.
 *
 * A gesture that times out ends the run (the page is still busy with it); what was measured before stays.
 * `skip` names gestures that timed out in the two runs before: they are not tried again.
 */
async function gestures(
  page: Page,
  seconds: number,
  share: number,
  skip: Set<'pan' | 'zoom'>
): Promise<{ zoom: GestureResult; pan: GestureResult }> {
  const steps = Math.round(PAN.steps / share);
  const stepPx = PAN.stepPx * share;
  const ticks = Math.round(ZOOM.ticks / share);
  const deltaY = ZOOM.deltaY * share;
  const skipped = { error: 'skipped: it timed out in the two runs before' };
  if (skip.has('zoom')) return { zoom: skipped, pan: skipped };
  const target = (await page.evaluate('window.__bench.target()')) as { x: number; y: number } | null;
  if (!target) {
    const error = { error: 'no element to pan or zoom was found on the page' };
    return { zoom: error, pan: error };
  }
  const { x, y } = target;
  const timedOut = (error: unknown): GestureFailure => {
    if (error instanceof StepTimeout) return { error: `timeout after ${error.seconds} s`, timedOut: true };
    throw error;
  };

  await page.mouse.move(x, y);
  let zoomIn: Frames;
  try {
    zoomIn = await within(
      'zoom',
      seconds,
      drive(page, () => zoomTicks(page, ticks, -deltaY))
    );
  } catch (error) {
    return { zoom: timedOut(error), pan: { error: 'not measured: the zoom before it timed out' } };
  }

  let pan: GestureResult = skipped;
  if (!skip.has('pan')) {
    try {
      pan = gestureStats([
        await within(
          'pan',
          seconds,
          drive(
            page,
            async () => {
              await page.mouse.move(x, y);
              await page.mouse.down();
              for (let i = 1; i <= steps; i++) await page.mouse.move(x - i * stepPx, y);
            },
            async () => {
              for (let i = steps - 1; i >= 0; i--) await page.mouse.move(x - i * stepPx, y);
              await page.mouse.up();
            }
          )
        )
      ]);
    } catch (error) {
      return {
        zoom: { ...gestureStats([zoomIn]), partial: 'zoom in only: the pan after it timed out' },
        pan: timedOut(error)
      };
    }
  }

  await page.mouse.move(x, y);
  try {
    const zoomOut = await within(
      'zoom',
      seconds,
      drive(page, () => zoomTicks(page, ticks, deltaY))
    );
    return { zoom: gestureStats([zoomIn, zoomOut]), pan };
  } catch (error) {
    return { zoom: timedOut(error), pan };
  }
}

/** Waits until no long task has ended for 500 ms (the page has stopped working after its first render). */
async function settle(page: Page, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  for (;;) {
    const quiet = (await page.evaluate('window.__bench.settled()')) as number;
    if (quiet >= 500) return;
    if (performance.now() > deadline) throw new StepTimeout('settle', seconds);
    await sleep(Math.max(50, 500 - quiet));
  }
}

interface RunContext {
  server: BenchServer;
  executablePath: string;
  options: Options;
  probe: string;
  screenshotDir: string;
  /** Filled in by the first run that launches Chromium. */
  browserVersion: string;
}

async function runOnce(
  ctx: RunContext,
  contender: Contender,
  size: number,
  round: number,
  skipGestures: Set<'pan' | 'zoom'>
): Promise<Run> {
  const { server, options } = ctx;
  const origin = server.origin;
  const warmup = options.warmup && round === 0;
  const run: Run = {
    size,
    contender: contender.id,
    round,
    warmup,
    status: 'ok',
    otherOriginRequests: [],
    pageErrors: [],
    consoleErrors: [],
    wallMs: 0,
    steps: {},
    load1: Math.round(os.loadavg()[0]! * 100) / 100
  };
  const started = performance.now();
  let lap = started;
  const mark = (name: string) => {
    const now = performance.now();
    run.steps[name] = Math.round(now - lap);
    lap = now;
  };
  let browser: Browser | undefined;
  let step = 'launch';
  try {
    browser = await within(
      step,
      30,
      chromium.launch({
        executablePath: ctx.executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, ...(options.route ? [] : ISOLATION_ARGS)]
      })
    );
    ctx.browserVersion ||= browser.version();
    const context: BrowserContext = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      timezoneId: 'UTC',
      locale: 'en-US',
      serviceWorkers: 'block'
    });
    const isOther = (url: string) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url);
    if (options.route) {
      await context.route(
        (url) => isOther(url.href),
        (route) => route.abort('blockedbyclient')
      );
    }
    const page = await context.newPage();
    page.on('request', (request) => {
      if (isOther(request.url())) run.otherOriginRequests.push(request.url());
    });
    page.on('pageerror', (error) => run.pageErrors.push(error.stack ?? error.message));
    // A page whose own files fail to load will never render: say so at once rather than time out.
    const httpErrors: string[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (response.status() >= 400 && ['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(type)) {
        httpErrors.push(`HTTP ${response.status()} for ${response.url().replace(origin, '')}`);
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') run.consoleErrors.push(message.text().slice(0, 500));
    });
    const cdp = await context.newCDPSession(page);
    await page.addInitScript({
      content: `window.__benchConfig = ${JSON.stringify({ kind: contender.kind, data: contender.data(size) })};\n${ctx.probe}`
    });

    // Render: from navigation start to the first frame with an event visible, measured in the page.
    mark('launch');
    step = 'render';
    const navigated = performance.now();
    let rendering = true;
    try {
      await within(
        step,
        options.renderTimeoutS,
        (async () => {
          await page.goto(origin + contender.page(size), { waitUntil: 'commit' });
          while (rendering) {
            const state = (await page.evaluate(
              'window.__bench && { ready: window.__bench.ready, failure: window.__bench.failure() }'
            )) as { ready: { t: number } | null; failure: string | null } | undefined;
            if (state?.ready) {
              run.renderMs = state.ready.t;
              run.harnessRenderMs = performance.now() - navigated;
              return;
            }
            if (state?.failure) throw new Error(state.failure);
            if (httpErrors.length > 0) throw new Error(httpErrors[0]);
            if (run.pageErrors.length > 0 && contender.kind !== 'embed' && contender.kind !== 'site') {
              throw new Error(run.pageErrors[0]!.split('\n')[0]!);
            }
            await sleep(50);
          }
        })()
      );
    } finally {
      rendering = false;
    }

    const stepS = options.stepTimeoutS;
    mark('render');
    step = 'settle';
    await settle(page, stepS);
    if (options.screenshots && round === (options.warmup ? 1 : 0)) {
      mkdirSync(ctx.screenshotDir, { recursive: true });
      await within(
        'screenshot',
        stepS,
        page.screenshot({ path: path.join(ctx.screenshotDir, `${contender.id}-${size}.png`) })
      );
    }

    mark('settle');
    step = 'dom';
    run.domElements = (await within(step, stepS, page.evaluate('window.__bench.domCount()'))) as number;

    mark('dom');
    step = 'heap';
    await within(step, stepS, cdp.send('HeapProfiler.collectGarbage'));
    const heap = await within(step, stepS, cdp.send('Runtime.getHeapUsage'));
    run.heapUsedBytes = heap.usedSize;
    run.perfMemoryUsedBytes = (await within(
      step,
      stepS,
      page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : null')
    )) as number;

    mark('heap');
    step = 'bytes';
    const resources = (await within(step, stepS, page.evaluate('window.__bench.resources()'))) as Resource[];
    run.bytes = { script: 0, style: 0, document: 0, data: 0, font: 0, other: 0 };
    run.resources = resources.map((resource) => {
      const category = categorize(resource, origin);
      run.bytes![category] += resource.encodedBodySize;
      return {
        url: resource.url.replace(origin, ''),
        category,
        encodedBodySize: resource.encodedBodySize,
        transferSize: resource.transferSize
      };
    });

    mark('bytes');
    step = 'gestures';
    if (options.smoke && size !== Math.min(...options.sizes)) {
      // The smoke run checks that the harness works, and the gestures work the same at every size.
      const skipped = { error: 'not measured: smoke runs pan and zoom at the smallest size only' };
      run.zoom = skipped;
      run.pan = skipped;
    } else {
      const driven = await gestures(page, stepS, options.smoke ? SMOKE_GESTURE_SHARE : 1, skipGestures);
      run.zoom = driven.zoom;
      run.pan = driven.pan;
    }
    mark('gestures');
  } catch (error) {
    mark(step);
    if (error instanceof StepTimeout) {
      run.status = 'timeout';
      run.failedStep = error.step;
      run.message = `timeout after ${error.seconds} s${error.step === 'render' ? '' : ` (${error.step})`}`;
    } else {
      run.status = 'error';
      run.failedStep = step;
      const text = (error as Error).message.split('\n')[0]!.slice(0, 300);
      run.message = `error: ${text}${step === 'render' ? '' : ` (${step})`}`;
    }
  } finally {
    if (browser) {
      // A renderer stuck in a long task does not stop the browser process from closing.
      await within('close', 30, browser.close()).catch((error: Error) =>
        log(`could not close Chromium: ${error.message}`)
      );
    }
  }
  mark('close');
  run.wallMs = performance.now() - started;
  return run;
}

// ---------------------------------------------------------------------------------------------------------
// Summary

const METRICS = [
  { key: 'renderMs', label: 'events on screen', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap after render', unit: 'MB' },
  { key: 'domElements', label: 'DOM elements', unit: '' },
  { key: 'panP50', label: 'pan frame p50', unit: 'ms' },
  { key: 'panP95', label: 'pan frame p95', unit: 'ms' },
  { key: 'zoomP50', label: 'zoom frame p50', unit: 'ms' },
  { key: 'zoomP95', label: 'zoom frame p95', unit: 'ms' },
  { key: 'codeKB', label: 'script + style (gzip)', unit: 'KB' }
] as const;
type MetricKey = (typeof METRICS)[number]['key'];

interface Cell {
  /** Median over the measured runs that produced the figure. */
  median?: number;
  min?: number;
  max?: number;
  /** Runs that produced the figure, of the measured runs. */
  n: number;
  of: number;
  /** Shown instead of a figure (a failure, or a gesture the contender does not respond to). */
  note?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function metricOf(run: Run, key: MetricKey): number | string | undefined {
  const gestureValue = (g: Run['pan'], field: 'p50' | 'p95') => {
    if (!g) return undefined;
    if ('error' in g) return /^(timeout|skipped|not measured)/.test(g.error) ? g.error : `error: ${g.error}`;
    return g.responded ? g[field] : 'no response';
  };
  switch (key) {
    case 'renderMs':
      return run.renderMs;
    case 'heapMB':
      return run.heapUsedBytes === undefined ? undefined : run.heapUsedBytes / 2 ** 20;
    case 'domElements':
      return run.domElements;
    case 'panP50':
      return gestureValue(run.pan, 'p50');
    case 'panP95':
      return gestureValue(run.pan, 'p95');
    case 'zoomP50':
      return gestureValue(run.zoom, 'p50');
    case 'zoomP95':
      return gestureValue(run.zoom, 'p95');
    case 'codeKB':
      return run.bytes ? (run.bytes.script + run.bytes.style) / 1024 : undefined;
  }
}

function summarize(runs: Run[]): Cell & { status: string } {
  const measured = runs.filter((run) => !run.warmup);
  const ok = measured.filter((run) => run.status === 'ok');
  const firstFailure = measured.find((run) => run.status !== 'ok' && run.status !== 'skipped');
  return {
    n: ok.length,
    of: measured.length,
    status: ok.length > 0 ? 'ok' : (firstFailure?.message ?? measured[0]?.message ?? 'no run')
  };
}

function cell(runs: Run[], key: MetricKey): Cell {
  const measured = runs.filter((run) => !run.warmup);
  const values: number[] = [];
  const notes: string[] = [];
  for (const run of measured) {
    if (run.status !== 'ok') {
      // A run that failed after rendering still has its render time and whatever came before the failure.
      const value = metricOf(run, key);
      if (typeof value === 'number') values.push(value);
      else if (run.message) notes.push(run.message);
      continue;
    }
    const value = metricOf(run, key);
    if (typeof value === 'number') values.push(value);
    else if (typeof value === 'string') notes.push(value);
  }
  if (values.length === 0) {
    // What happened rather than that it was skipped for having happened before.
    const telling = notes.filter((note) => !note.startsWith('skipped'));
    return { n: 0, of: measured.length, note: mostCommon(telling.length > 0 ? telling : notes) ?? 'no run' };
  }
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
    of: measured.length
  };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function formatValue(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  });
  return unit ? `${text} ${unit}` : text;
}

function formatCell(c: Cell, unit: string): string {
  if (c.median === undefined) return c.note ?? '—';
  const partial = c.n < c.of ? ` (${c.n}/${c.of} runs)` : '';
  return `${formatValue(c.median, unit)}${partial}`;
}

function formatRatio(peer: Cell, ours: Cell): string {
  if (peer.median === undefined || ours.median === undefined || ours.median === 0) return '—';
  const ratio = peer.median / ours.median;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(ratio >= 1 ? 1 : 2)}×`;
}

interface Table {
  header: string[];
  rows: string[][];
}

function buildTable(sizes: number[], contenders: Contender[], cells: Map<string, Cell>): Table {
  const [ours, ...peers] = contenders;
  const header = ['events', 'figure', ours!.label];
  for (const peer of peers) header.push(peer.label, `${peer.label} ÷ ${ours!.label}`);
  const rows: string[][] = [];
  for (const size of sizes) {
    for (const metric of METRICS) {
      const get = (c: Contender) => cells.get(`${size}|${c.id}|${metric.key}`)!;
      const row = [size.toLocaleString('en-US'), `${metric.label}${metric.unit ? ` (${metric.unit})` : ''}`];
      row.push(formatCell(get(ours!), ''));
      for (const peer of peers) row.push(formatCell(get(peer), ''), formatRatio(get(peer), get(ours!)));
      rows.push(row);
    }
  }
  return { header, rows };
}

function markdownTable(table: Table): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    `| ${table.header.map(escape).join(' | ')} |`,
    `| ${table.header.map(() => '---').join(' | ')} |`
  ];
  for (const row of table.rows) lines.push(`| ${row.map(escape).join(' | ')} |`);
  return lines.join('\n');
}

function textTable(table: Table): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => Math.max(...all.map((row) => [...row[i]!].length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(table.header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let lastSize = table.rows[0]?.[0];
  for (const row of table.rows) {
    if (row[0] !== lastSize) out.push('');
    lastSize = row[0];
    out.push(line(row));
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Main

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'not installed';
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
  } catch {
    return '';
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.report) {
    const file = path.resolve(options.report);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof resultsMarkdown>[0] & {
      table: Table;
    };
    const resultsMd = path.join(ROOT, 'bench/RESULTS.md');
    writeFileSync(
      resultsMd,
      await resultsMarkdown(saved, saved.table, path.relative(path.join(ROOT, 'bench'), file))
    );
    console.log(`${textTable(saved.table)}\n`);
    log(`wrote ${path.relative(ROOT, resultsMd)} from ${path.relative(ROOT, file)}`);
    return;
  }
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const buildNote = ensureBuild(options.build);
  const { list: contenders, oursNote } = chooseContenders(options);
  const executablePath = chromiumPath();
  const probe = readFileSync(path.join(ROOT, 'bench/pages/probe.js'), 'utf8');
  const resultsDir = path.join(ROOT, 'bench/results');
  const tmpDir = path.join(resultsDir, 'tmp');

  log(
    `${options.smoke ? 'smoke' : 'full'} run: sizes ${options.sizes.join(', ')}; ${options.runs} run(s) each` +
      `${options.warmup ? ' after a discarded warm-up' : ''}; contenders ${contenders.map((c) => c.label).join(', ')}`
  );
  log(`build: ${buildNote}`);
  log(`ours: ${oursNote}`);

  // A copy of build/, outside the repository (linters would read it there): other work on the machine may
  // rebuild build/ during a long run.
  const copyDir = mkdtempSync(path.join(os.tmpdir(), 'news-timeline-bench-'));
  const buildCopy = path.join(copyDir, 'build');
  cpSync(path.join(ROOT, 'build'), buildCopy, { recursive: true });
  process.on('exit', () => rmSync(copyDir, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  const server = await startServer(0, buildCopy);
  log(`serving on ${server.origin}`);
  const prepared = performance.now();
  const datasets = server.prepare(options.sizes);
  log(`datasets ready in ${((performance.now() - prepared) / 1000).toFixed(1)} s`);

  // Our validator must accept the synthetic data, or "ours" would show an error instead of events.
  const { validateDataset } = await import('../src/lib/core/data/validate.js');
  const { datasetFiles } = await import('./datasets.js');
  const smallest = Math.min(...options.sizes);
  const check = validateDataset({
    file: `${smallest}.json`,
    data: JSON.parse(datasetFiles(smallest).ours),
    texts: {}
  });
  if (check.issues.length > 0) fail(`the synthetic dataset is not valid: ${JSON.stringify(check.issues[0])}`);

  const ctx: RunContext = {
    server,
    executablePath,
    options,
    probe,
    screenshotDir: tmpDir,
    browserVersion: ''
  };
  const runs: Run[] = [];
  const rounds = options.runs + (options.warmup ? 1 : 0);
  const total = options.sizes.length * rounds * contenders.length;
  let done = 0;
  for (const size of options.sizes) {
    for (let round = 0; round < rounds; round++) {
      // ABCABC…: every contender once per round, in the same order.
      for (const contender of contenders) {
        done++;
        const previous = runs.filter((r) => r.size === size && r.contender === contender.id);
        // Two failed runs in a row (warm-up and first measured, say) at one size: the rest would fail too and
        // only burn the time budget. They are recorded as skipped, with the reason.
        const lastTwo = previous.filter((r) => r.status !== 'skipped').slice(-2);
        if (
          previous.some((r) => r.status === 'skipped') ||
          (lastTwo.length === 2 && lastTwo.every((r) => r.status === 'timeout' || r.status === 'error'))
        ) {
          const run: Run = {
            size,
            contender: contender.id,
            round,
            warmup: options.warmup && round === 0,
            status: 'skipped',
            message: `skipped: the two runs before failed (${lastTwo[1]!.message})`,
            otherOriginRequests: [],
            pageErrors: [],
            consoleErrors: [],
            wallMs: 0,
            steps: {}
          };
          runs.push(run);
          log(
            `[${done}/${total}] ${size} ${contender.label} ${describeRound(round, options)}: ${run.message}`
          );
          continue;
        }
        // Likewise a gesture that timed out in the two runs before is not tried again (the rest is measured).
        const skipGestures = new Set<'pan' | 'zoom'>();
        if (lastTwo.length === 2) {
          for (const kind of ['pan', 'zoom'] as const) {
            if (lastTwo.every((r) => isTimeout(r[kind]) || failureOf(r[kind])?.startsWith('skipped'))) {
              skipGestures.add(kind);
            }
          }
        }
        const run = await runOnce(ctx, contender, size, round, skipGestures);
        runs.push(run);
        // Every run so far, in case the harness dies before the end.
        mkdirSync(tmpDir, { recursive: true });
        writeFileSync(path.join(tmpDir, 'partial.json'), `${JSON.stringify({ startedAt, runs }, null, 2)}\n`);
        log(
          `[${done}/${total}] ${size} ${contender.label} ${describeRound(round, options)}: ${describeRun(run)}`
        );
      }
    }
  }
  await server.close();

  // Figures
  const cells = new Map<string, Cell>();
  /** Per size and contender: whether it rendered, in how many measured runs, and each figure's cell. */
  const summary: Record<
    string,
    Record<string, { status: string; runs: string; figures: Record<string, Cell> }>
  > = {};
  for (const size of options.sizes) {
    const bySize: (typeof summary)[string] = {};
    for (const contender of contenders) {
      const mine = runs.filter((r) => r.size === size && r.contender === contender.id);
      const status = summarize(mine);
      const figures: Record<string, Cell> = {};
      for (const metric of METRICS) {
        const c = cell(mine, metric.key);
        cells.set(`${size}|${contender.id}|${metric.key}`, c);
        figures[metric.key] = c;
      }
      bySize[contender.id] = { status: status.status, runs: `${status.n}/${status.of}`, figures };
    }
    summary[size] = bySize;
  }
  const table = buildTable(options.sizes, contenders, cells);

  const finishedAt = new Date();
  const blocked = [...new Set(runs.flatMap((r) => r.otherOriginRequests))];
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
    loadAverageDuringRuns: loadDuring(runs),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: ctx.browserVersion,
    chromiumPath: executablePath,
    playwright: packageVersion('playwright-core')
  };
  const commit = git(['rev-parse', 'HEAD']);
  const result = {
    schema: 1,
    mode: options.smoke ? 'smoke' : 'full',
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationS: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    machine,
    git: { commit, dirty: git(['status', '--porcelain']).length > 0 },
    build: buildNote,
    ours: {
      measured: contenders[0]!.kind === 'embed' ? 'embed' : 'site',
      note: oursNote,
      embedExists: existsSync(EMBED_FILE),
      embedSha256: existsSync(EMBED_FILE)
        ? createHash('sha256').update(readFileSync(EMBED_FILE)).digest('hex').slice(0, 16)
        : null
    },
    contenders: contenders.map((c) => ({ id: c.id, label: c.label, page: c.page(0).replace('0', '<size>') })),
    versions: {
      'vis-timeline': packageVersion('vis-timeline'),
      'vis-data': packageVersion('vis-data'),
      '@knight-lab/timelinejs': packageVersion('@knight-lab/timelinejs')
    },
    config: {
      sizes: options.sizes,
      runs: options.runs,
      warmup: options.warmup,
      renderTimeoutS: options.renderTimeoutS,
      stepTimeoutS: options.stepTimeoutS,
      viewport: VIEWPORT,
      ...gestureDescription(options.smoke ? SMOKE_GESTURE_SHARE : 1),
      chromiumArgs: [...CHROMIUM_ARGS, ...(options.route ? [] : ISOLATION_ARGS)],
      isolation: options.route ? 'page.route' : 'proxy and resolver flags'
    },
    datasets: Object.fromEntries(datasets),
    otherOriginRequests: blocked,
    server: { requests: server.log.requests, notFound: [...new Set(server.log.notFound)] },
    summary,
    table,
    runs
  };

  const stamp = startedAt
    .toISOString()
    .replace(/[:]/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const written: string[] = [];
  if (options.scratch) {
    mkdirSync(tmpDir, { recursive: true });
    const file = path.join(tmpDir, options.smoke ? 'smoke-latest.json' : 'scratch-latest.json');
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    written.push(file);
  } else {
    mkdirSync(resultsDir, { recursive: true });
    for (const name of [`${stamp}.json`, 'latest.json']) {
      writeFileSync(path.join(resultsDir, name), `${JSON.stringify(result, null, 2)}\n`);
      written.push(path.join(resultsDir, name));
    }
    const resultsMd = path.join(ROOT, 'bench/RESULTS.md');
    writeFileSync(resultsMd, await resultsMarkdown(result, table, `results/${stamp}.json`));
    written.push(resultsMd);
  }

  console.log(`\n${textTable(table)}\n`);
  if (blocked.length > 0) log(`requests to other origins (blocked): ${blocked.join(', ')}`);
  log(`done in ${result.durationS} s; wrote ${written.map((f) => path.relative(ROOT, f)).join(', ')}`);

  // Exit code: is the harness broken?
  const broken: string[] = [];
  const oursRuns = runs.filter((r) => r.contender === contenders[0]!.id && !r.warmup);
  if (options.smoke) {
    for (const r of runs) {
      if (r.contender === contenders[0]!.id && r.status !== 'ok')
        broken.push(`${r.size} ${r.contender}: ${r.message}`);
      if (r.contender !== contenders[0]!.id && r.status === 'error')
        broken.push(`${r.size} ${r.contender}: ${r.message}`);
      if (r.contender === contenders[0]!.id && r.status === 'ok') {
        for (const g of [r.pan, r.zoom]) {
          if (g && 'error' in g && !/^(timeout|skipped|not measured)/.test(g.error))
            broken.push(`${r.size} ${r.contender}: gesture failed: ${g.error}`);
        }
      }
    }
  } else {
    const first = oursRuns.filter((r) => r.size === smallest);
    if (first.length > 0 && first.every((r) => r.status !== 'ok')) {
      broken.push(`ours did not render ${smallest} events: ${first[0]!.message}`);
    }
  }
  if (broken.length > 0) fail(`the harness is broken:\n  ${broken.join('\n  ')}`);
}

function gestureDescription(share: number) {
  const steps = Math.round(PAN.steps / share);
  const ticks = Math.round(ZOOM.ticks / share);
  return {
    zoom:
      `ctrl+wheel at the centre of the timeline: ${ticks} ticks of deltaY -${ZOOM.deltaY * share} (in), ` +
      `and after the pan ${ticks} of +${ZOOM.deltaY * share} (out)`,
    pan:
      `after zooming in, a drag from the centre: ${steps} mouse moves of ${PAN.stepPx * share} px to the left ` +
      `with the button down, then ${steps} back`,
    pacing: 'each input event is sent when Chromium has acknowledged that the page handled the previous one'
  };
}

/** The 1-minute load average over the runs: median and highest. */
function loadDuring(runs: Run[]): { median: number; max: number } | null {
  const loads = runs.flatMap((run) => (run.load1 === undefined ? [] : [run.load1]));
  return loads.length === 0 ? null : { median: median(loads), max: Math.max(...loads) };
}

function failureOf(result: GestureResult | undefined): string | undefined {
  return result && 'error' in result ? result.error : undefined;
}

function isTimeout(result: GestureResult | undefined): boolean {
  return !!result && 'timedOut' in result && !!result.timedOut;
}

function describeRound(round: number, options: Options): string {
  if (options.warmup) return round === 0 ? 'warm-up' : `run ${round}/${options.runs}`;
  return `run ${round + 1}/${options.runs}`;
}

function describeRun(run: Run): string {
  const parts: string[] = [];
  if (run.renderMs !== undefined) parts.push(`render ${run.renderMs.toFixed(0)} ms`);
  if (run.heapUsedBytes !== undefined) parts.push(`heap ${(run.heapUsedBytes / 2 ** 20).toFixed(1)} MB`);
  if (run.domElements !== undefined) parts.push(`${run.domElements} elements`);
  for (const kind of ['pan', 'zoom'] as const) {
    const g = run[kind];
    if (!g) continue;
    if ('error' in g) parts.push(`${kind}: ${g.error}`);
    else
      parts.push(`${kind} ${g.p50.toFixed(1)}/${g.p95.toFixed(1)} ms${g.responded ? '' : ' (no response)'}`);
  }
  if (run.bytes) parts.push(`${((run.bytes.script + run.bytes.style) / 1024).toFixed(1)} KB code`);
  if (run.status !== 'ok') parts.push(run.message ?? run.status);
  if (run.otherOriginRequests.length > 0)
    parts.push(`${run.otherOriginRequests.length} other-origin requests blocked`);
  const steps = Object.entries(run.steps)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`)
    .join(' ');
  return `${parts.join(', ')} [${(run.wallMs / 1000).toFixed(1)} s: ${steps}]`;
}

async function resultsMarkdown(
  result: {
    startedAt: string;
    durationS: number;
    machine: {
      cores: number;
      cpu: string;
      memoryGiB: number;
      os: string;
      node: string;
      chromium: string;
      playwright: string;
      loadAverageAtStart: number[];
      loadAverageDuringRuns: { median: number; max: number } | null;
    };
    git: { commit: string; dirty: boolean };
    build: string;
    ours: { note: string };
    versions: Record<string, string>;
    config: {
      runs: number;
      warmup: boolean;
      renderTimeoutS: number;
      stepTimeoutS: number;
      pan: string;
      zoom: string;
      isolation: string;
    };
    otherOriginRequests: string[];
    datasets: Record<string, DatasetFiles['summary']>;
  },
  table: Table,
  jsonFile: string
): Promise<string> {
  const m = result.machine;
  const datasetLines = Object.entries(result.datasets).map(
    ([size, s]) =>
      `${Number(size).toLocaleString('en-US')} events (${s.ranges.toLocaleString('en-US')} ranges, ${s.bursts} bursts, ${s.first} … ${s.last})`
  );
  const text = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${result.startedAt.slice(0, 10)}; do not edit by hand. How each figure
is measured: [README.md](README.md). Every run's raw figures: [${jsonFile}](${jsonFile}).

- **Ours**: ${result.ours.note.replace(/<news-timeline>/g, '`<news-timeline>`')}.
- **Runs**: median of ${result.config.runs} run(s) per contender and size${result.config.warmup ? ', after one discarded warm-up run' : ''}, contenders alternating (ABCABC…), each run in a fresh Chromium. Time-outs: ${result.config.renderTimeoutS} s to render, ${result.config.stepTimeoutS} s for each later step.
- **Machine**: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; Chromium ${m.chromium} (headless, software rendering); Playwright ${m.playwright}. Load average (1 min) at the start ${m.loadAverageAtStart[0]}, during the runs median ${m.loadAverageDuringRuns?.median.toFixed(1) ?? '?'} and at most ${m.loadAverageDuringRuns?.max.toFixed(1) ?? '?'}: above ${m.cores}, other work competed for the cores and the figures are noisier.
- **Code**: commit ${result.git.commit.slice(0, 12)}${result.git.dirty ? ' with uncommitted changes' : ''}; ${result.build}.
- **Peers**: ${Object.entries(result.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ')}.
- **Datasets**: ${datasetLines.join('; ')}.
- **Gestures**: pan = ${result.config.pan}; zoom = ${result.config.zoom}.
- **Network**: nothing left 127.0.0.1 (${result.config.isolation}); requests to other origins that were tried and blocked: ${result.otherOriginRequests.length === 0 ? 'none' : result.otherOriginRequests.map((u) => `\`${u}\``).join(', ')}.
- **Total time**: ${Math.floor(result.durationS / 60)} min ${result.durationS % 60} s.

"÷ ours" is the peer's figure divided by ours: above 1 means the peer takes more time, memory, nodes or
bytes. "no response" means the view did not change during the gesture (that contender does not pan or zoom
with that input), so its frame times say nothing. A failure is shown as what happened ("timeout after 60
s", "error: …"); "(3/5 runs)" means only that many of the measured runs produced the figure.

${markdownTable(table)}
`;
  const config = (await prettier.resolveConfig(path.join(ROOT, 'bench/RESULTS.md'))) ?? {};
  return prettier.format(text, { ...config, parser: 'markdown', plugins: [] });
}

await main();
