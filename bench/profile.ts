/**
 * `npm run bench -- --profile`: where the element's start goes, from navigation to the first events on the
 * page (its `news-timeline:first-events` mark), for the curated dataset (no `src`: the shipped file the
 * build's fingerprint trusts, so no validator) and a dataset of one's own (`src=`: reader and validator
 * chunks), at each size (default 100, 10,000, 100,000). One fresh Chromium per page, traced (Chromium's
 * timeline and V8's sampling profiler): the network waterfall from Resource Timing and the main thread's
 * time by category. Source maps beside the scripts (`EMBED_SOURCEMAP=1 npm run build`) split the element's
 * own code by source file; without them it is one "element code" category. Writes the raw figures to
 * bench/results/profile-<timestamp>.json (tmp/ with --scratch) and a section of RESULTS.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { chromiumArgs, VIEWPORT } from './driver.js';
import { log } from './log.js';
import type { Options } from './options.js';
import {
  breakdownText,
  decodeMappings,
  sampleCategory,
  sourceAt,
  waterfallText,
  type ProfileNode,
  type Request
} from './profile-analysis.js';
import { RESULTS_DIR, RESULTS_MD, TMP_DIR } from './results.js';
import type { BenchServer } from './server.js';
import { sleep, within } from './timeouts.js';

const MARK = 'news-timeline:first-events';
const CATEGORIES = [
  'devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler'
];
/** Browser work on the main thread, from the trace's own events, by what it is. */
const BROWSER_EVENTS: Record<string, string> = {
  ParseHTML: 'HTML parsing',
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'v8.produceModuleCache': 'script compile',
  UpdateLayoutTree: 'style',
  Layout: 'layout (browser)',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection'
};

export interface ProfileResult {
  size: number;
  dataset: 'curated' | 'own';
  firstEventsMs: number;
  firstContentfulPaintMs?: number;
  requests: Request[];
  /** Main-thread time from navigation start to the mark, by category (V8's samples), ms. */
  cpu: Record<string, number>;
  /** The trace's browser events in the same window, summed by kind, ms. */
  browser: Record<string, number>;
  /** The element's own code, by source file (with source maps) or script, ms. */
  sources: Record<string, number>;
  load1: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> };
}

/** Source maps of the served scripts, read from the build copy, by URL; null when there is none. */
function sourceMapper(buildDir: string) {
  const maps = new Map<string, { decoded: [number, number][][]; sources: string[] } | null>();
  return (url: string, line: number, column: number): string => {
    const match = /\/profile\/\d+\/(.+\.js)$/.exec(new URL(url).pathname);
    if (!match) return url;
    if (!maps.has(url)) {
      const file = path.join(buildDir, 'embed', `${match[1]}.map`);
      // A map left over from an earlier build would misplace everything: only the one the script names.
      const script = path.join(buildDir, 'embed', match[1]!);
      const named = existsSync(script) && readFileSync(script, 'utf8').includes('sourceMappingURL=');
      const map =
        named && existsSync(file)
          ? (JSON.parse(readFileSync(file, 'utf8')) as { mappings: string; sources: string[] })
          : null;
      maps.set(url, map && { decoded: decodeMappings(map.mappings), sources: map.sources });
    }
    const map = maps.get(url);
    return (map && sourceAt(map.decoded, map.sources, line, column)) ?? url;
  };
}

/** One page at one size: traced from navigation to the mark, then the page's own timings. */
async function profileOnce(
  server: BenchServer,
  options: Options,
  executablePath: string,
  locate: (url: string, line: number, column: number) => string,
  size: number,
  dataset: 'curated' | 'own'
): Promise<ProfileResult> {
  const load1 = Math.round(os.loadavg()[0]! * 100) / 100;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs(options.route)
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
    await page.addInitScript('performance.setResourceTimingBufferSize(100000)');
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${server.origin}/profile/${size}/${dataset}.html`, { waitUntil: 'commit' });
    const seconds = options.renderTimeoutS;
    await within(
      'render',
      seconds,
      (async () => {
        while (!(await page.evaluate(`performance.getEntriesByName('${MARK}').length > 0`))) await sleep(50);
      })()
    );
    // The frame that paints the first events, in the trace too.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))');
    const timings = (await page.evaluate(`(() => {
      const mark = performance.getEntriesByName('${MARK}')[0].startTime;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      return {
        mark,
        fcp: fcp ? fcp.startTime : undefined,
        requests: entries.map((e) => ({
          url: e.name, initiator: e.initiatorType, start: e.startTime,
          firstByte: e.responseStart, end: e.responseEnd, bytes: e.encodedBodySize
        }))
      };
    })()`)) as { mark: number; fcp?: number; requests: Request[] };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const markEvent = events.find((e) => e.name === MARK && e.cat.includes('blink.user_timing'));
    if (!markEvent) throw new Error(`the trace has no ${MARK} mark`);
    // Trace time (µs) of navigation start: the mark's trace time less its page time.
    const origin = markEvent.ts - timings.mark * 1000;
    const inWindow = (ts: number) => ts >= origin && ts <= markEvent.ts;

    const browserTotals: Record<string, number> = {};
    for (const e of events) {
      const kind = BROWSER_EVENTS[e.name];
      if (!kind || e.ph !== 'X' || e.pid !== markEvent.pid || !inWindow(e.ts)) continue;
      browserTotals[kind] = (browserTotals[kind] ?? 0) + (e.dur ?? 0) / 1000;
    }

    // V8's samples of the renderer's main thread (the thread that set the mark).
    const cpu: Record<string, number> = {};
    const sources: Record<string, number> = {};
    const profiles = events.filter((e) => e.name === 'Profile' && e.pid === markEvent.pid);
    for (const profile of profiles) {
      if (profile.tid !== markEvent.tid) continue;
      const nodes = new Map<number, ProfileNode>();
      let time = Number(profile.args?.data?.startTime ?? 0);
      for (const chunk of events) {
        if (chunk.name !== 'ProfileChunk' || chunk.id !== profile.id || chunk.pid !== profile.pid) continue;
        const data = chunk.args!.data as {
          cpuProfile: { nodes?: ProfileNode[]; samples?: number[] };
          timeDeltas?: number[];
        };
        for (const node of data.cpuProfile.nodes ?? []) nodes.set(node.id, node);
        const samples = data.cpuProfile.samples ?? [];
        const deltas = data.timeDeltas ?? [];
        for (let i = 0; i < samples.length; i++) {
          const before = time;
          time += deltas[i] ?? 0;
          if (!inWindow(time)) continue;
          const leaf = nodes.get(samples[i]!);
          if (!leaf) continue;
          const ms = (time - before) / 1000;
          const category = sampleCategory(leaf, nodes, locate);
          cpu[category] = (cpu[category] ?? 0) + ms;
          for (let node: ProfileNode | undefined = leaf; node; node = nodes.get(node.parent ?? -1)) {
            if (!node.callFrame.url) continue;
            const source = locate(node.callFrame.url, node.callFrame.lineNumber, node.callFrame.columnNumber);
            sources[source] = (sources[source] ?? 0) + ms;
            break;
          }
        }
      }
    }
    const requests = timings.requests.map((r) => ({ ...r, url: r.url.replace(server.origin, '') }));
    return {
      size,
      dataset,
      firstEventsMs: timings.mark,
      firstContentfulPaintMs: timings.fcp,
      requests,
      cpu,
      browser: browserTotals,
      sources,
      load1
    };
  } finally {
    await browser.close();
  }
}

/** The RESULTS.md section: per size and dataset, the waterfall and the breakdown, as text. */
export function profileMarkdown(results: ProfileResult[], startedAt: string, jsonFile: string): string {
  const parts = [
    `## Start profile\n\nWritten by \`npm run bench -- --profile\` (bench/profile.ts) on ${startedAt.slice(0, 16).replace('T', ' ')} UTC; raw figures in [${jsonFile}](${jsonFile}). From navigation start to the element's \`${MARK}\` mark, one traced run per page (tracing slows the page a little). "curated": the element with no \`src\`, reading the file its build trusts; "own": the same bytes under a name nothing trusts (reader and validator chunks). The main thread's time is V8's sampled profile by the source of the code running; the browser's own events (style, layout, paint, compile) are summed from the trace beside it (they overlap the "browser" samples).`
  ];
  for (const r of results) {
    const top = Object.entries(r.sources)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([file, ms]) => `${file.replace(/^(\.\.\/)+/, '')} ${ms.toFixed(0)} ms`);
    parts.push(
      `### ${r.size.toLocaleString('en-US')} events, ${r.dataset === 'curated' ? 'curated (trusted, no validator)' : "one's own (src=, validated)"}: first events at ${r.firstEventsMs.toFixed(0)} ms (load average ${r.load1})`,
      '```text\n' +
        [
          ...waterfallText(r.requests, r.firstEventsMs),
          '',
          'main thread, navigation → first events:',
          ...breakdownText(r.cpu).map((line) => `  ${line}`),
          'browser events in the same window:',
          ...breakdownText(r.browser).map((line) => `  ${line}`),
          `busiest sources: ${top.join('; ')}`
        ].join('\n') +
        '\n```'
    );
  }
  return parts.join('\n\n') + '\n';
}

/** Every size and both datasets, in turn; writes the JSON and the RESULTS.md section. */
export async function runProfile(
  server: BenchServer,
  options: Options,
  buildDir: string,
  executablePath: string
) {
  const startedAt = new Date().toISOString();
  const locate = sourceMapper(buildDir);
  const results: ProfileResult[] = [];
  for (const size of options.sizes) {
    // The server makes a size's dataset, its gzip and the entry's fingerprint at the first request:
    // here, not while a page waits for them.
    server.prepare([size]);
    for (const file of ['news-timeline.js', 'timeline.json', 'curated.html', 'own.html']) {
      await (await fetch(`${server.origin}/profile/${size}/${file}`)).arrayBuffer();
    }
    for (const dataset of ['curated', 'own'] as const) {
      const result = await profileOnce(server, options, executablePath, locate, size, dataset);
      results.push(result);
      log(
        `profile ${size} ${dataset}: first events ${result.firstEventsMs.toFixed(0)} ms; ${breakdownText(result.cpu).slice(0, 4).join(', ')}`
      );
    }
  }
  const stamp = startedAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const dir = options.scratch ? TMP_DIR : RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const jsonFile = path.join(dir, `profile-${stamp}.json`);
  writeFileSync(jsonFile, `${JSON.stringify({ startedAt, results }, null, 2)}\n`);
  const section = profileMarkdown(results, startedAt, path.relative(path.join(RESULTS_DIR, '..'), jsonFile));
  if (options.scratch) {
    writeFileSync(path.join(TMP_DIR, 'profile.md'), section);
    return [jsonFile, path.join(TMP_DIR, 'profile.md')];
  }
  // The section replaces an earlier one, and stays after the generated table and any hand-written part.
  const md = readFileSync(RESULTS_MD, 'utf8');
  const start = md.indexOf('\n## Start profile');
  const next = start < 0 ? -1 : md.indexOf('\n## ', start + 1);
  const kept = start < 0 ? md : md.slice(0, start) + (next < 0 ? '' : md.slice(next));
  // Formatted as the project's Prettier configuration wants it, as the rest of RESULTS.md is.
  const config = (await prettier.resolveConfig(RESULTS_MD)) ?? {};
  const text = `${kept.trimEnd()}\n\n${section}`;
  writeFileSync(RESULTS_MD, await prettier.format(text, { ...config, parser: 'markdown', plugins: [] }));
  return [jsonFile, RESULTS_MD];
}
