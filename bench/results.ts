/** The results of a run as the JSON file records them, and where they are written. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMBED_FILE } from './contenders.js';
import type { DatasetFiles } from './datasets.js';
import { chromiumArgs, VIEWPORT } from './driver.js';
import { git, packageVersion } from './environment.js';
import { gestureDescription, SMOKE_GESTURE_SHARE } from './gestures.js';
import type { Options } from './options.js';
import { resultsMarkdown } from './report.js';
import { ROOT, type BenchServer } from './server.js';
import { loadDuring, type Summary } from './stats.js';
import type { Contender, Run, Table } from './types.js';

export const RESULTS_DIR = path.join(ROOT, 'bench/results');
export const TMP_DIR = path.join(RESULTS_DIR, 'tmp');
export const RESULTS_MD = path.join(ROOT, 'bench/RESULTS.md');

/** Load averages rounded to two decimals. */
export const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

export interface RunRecord {
  options: Options;
  startedAt: Date;
  loadAtStart: number[];
  buildNote: string;
  oursNote: string;
  contenders: Contender[];
  executablePath: string;
  browserVersion: string;
  datasets: Map<number, DatasetFiles['summary']>;
  server: BenchServer;
  runs: Run[];
  summary: Summary;
  table: Table;
}

/** The results JSON: every run's raw figures, the machine, the versions and the configuration. */
export function collectResult(record: RunRecord) {
  const { options, startedAt, contenders, runs } = record;
  const finishedAt = new Date();
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: record.loadAtStart,
    loadAverageAtEnd: loadAverage(),
    loadAverageDuringRuns: loadDuring(runs),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: record.browserVersion,
    chromiumPath: record.executablePath,
    playwright: packageVersion('playwright-core')
  };
  const commit = git(['rev-parse', 'HEAD']);
  return {
    schema: 1,
    mode: options.smoke ? 'smoke' : 'full',
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationS: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    machine,
    git: { commit, dirty: git(['status', '--porcelain']).length > 0 },
    build: record.buildNote,
    ours: {
      measured: contenders[0]!.kind === 'embed' ? 'embed' : 'site',
      note: record.oursNote,
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
      chromiumArgs: chromiumArgs(options.route),
      isolation: options.route ? 'page.route' : 'proxy and resolver flags'
    },
    datasets: Object.fromEntries(record.datasets),
    otherOriginRequests: [...new Set(runs.flatMap((r) => r.otherOriginRequests))],
    server: { requests: record.server.log.requests, notFound: [...new Set(record.server.log.notFound)] },
    summary: record.summary,
    table: record.table,
    runs
  };
}

/**
 * A smoke or scratch run: bench/results/tmp/ only. A full run: <timestamp>.json and latest.json, and
 * RESULTS.md rewritten. Returns the files written.
 */
export async function writeResults(result: ReturnType<typeof collectResult>, options: Options) {
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const stamp = result.startedAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const written: string[] = [];
  if (options.scratch) {
    mkdirSync(TMP_DIR, { recursive: true });
    const file = path.join(TMP_DIR, options.smoke ? 'smoke-latest.json' : 'scratch-latest.json');
    writeFileSync(file, json);
    written.push(file);
  } else {
    mkdirSync(RESULTS_DIR, { recursive: true });
    for (const name of [`${stamp}.json`, 'latest.json']) {
      writeFileSync(path.join(RESULTS_DIR, name), json);
      written.push(path.join(RESULTS_DIR, name));
    }
    writeFileSync(RESULTS_MD, await resultsMarkdown(result, result.table, `results/${stamp}.json`));
    written.push(RESULTS_MD);
  }
  return written;
}
