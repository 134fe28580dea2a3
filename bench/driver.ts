/**
 * One run: a fresh headless Chromium opens one contender's page at one size, and the harness measures the
 * render, the settled page (DOM, heap, bytes) and the gestures. Every step has a time limit; a run that
 * fails is returned as what happened, never thrown.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.js';
import { gestures, SMOKE_GESTURE_SHARE } from './gestures.js';
import { log } from './log.js';
import type { Options } from './options.js';
import type { BenchServer } from './server.js';
import { sleep, StepTimeout, within } from './timeouts.js';
import type { Category, Contender, Resource, Run } from './types.js';

/**
 * No request may leave 127.0.0.1: every other host goes to a proxy on a closed loopback port (so IP literals
 * fail too) and resolves to nothing. Unlike page.route, this adds no round trip to each local request.
 */
const ISOLATION_ARGS = [
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=127.0.0.1',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];
export const VIEWPORT = { width: 1280, height: 800 };

/** Chromium's flags: the project's, and the isolation flags unless page.route isolates (`--route`). */
export const chromiumArgs = (route: boolean) => [...CHROMIUM_ARGS, ...(route ? [] : ISOLATION_ARGS)];

/** Which byte count a loaded file adds to: the code (script, style), the document, the dataset or the rest. */
export function categorize(
  resource: Pick<Resource, 'entryType' | 'url' | 'contentType'>,
  origin: string
): Category {
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

export interface RunContext {
  server: BenchServer;
  executablePath: string;
  options: Options;
  probe: string;
  screenshotDir: string;
  /** Filled in by the first run that launches Chromium. */
  browserVersion: string;
}

/** One run of one contender at one size; `round` 0 is the warm-up when there is one. */
export async function runOnce(
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
        args: chromiumArgs(options.route)
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
