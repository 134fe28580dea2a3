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
 *
 * This file wires the parts together: options.ts (the command line), environment.ts (build, Chromium),
 * contenders.ts, rounds.ts and driver.ts (the runs), gestures.ts, stats.ts (figures), report.ts (tables,
 * RESULTS.md) and results.ts (the results JSON).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseContenders } from './contenders.js';
import type { RunContext } from './driver.js';
import { chromiumPath, ensureBuild } from './environment.js';
import { fail, log } from './log.js';
import { OptionsError, parseOptions, USAGE, type Options } from './options.js';
import { runProfile } from './profile.js';
import { buildTable, resultsMarkdown, textTable, type ReportInput } from './report.js';
import { collectResult, loadAverage, RESULTS_MD, TMP_DIR, writeResults } from './results.js';
import { runAll } from './rounds.js';
import { ROOT, startServer } from './server.js';
import { harnessProblems, summarizeRuns } from './stats.js';
import type { Table } from './types.js';

function commandLine(): Options {
  try {
    const parsed = parseOptions(process.argv.slice(2));
    if (!parsed.help) return parsed.options;
    console.log(USAGE);
    process.exit(0);
  } catch (error) {
    if (error instanceof OptionsError) fail(error.message);
    throw error;
  }
}

/** `--report FILE`: RESULTS.md again from a results JSON, without running anything. */
async function report(saved: string) {
  const file = path.resolve(saved);
  const result = JSON.parse(readFileSync(file, 'utf8')) as ReportInput & { table: Table };
  writeFileSync(
    RESULTS_MD,
    await resultsMarkdown(result, result.table, path.relative(path.join(ROOT, 'bench'), file))
  );
  console.log(`${textTable(result.table)}\n`);
  log(`wrote ${path.relative(ROOT, RESULTS_MD)} from ${path.relative(ROOT, file)}`);
}

async function main() {
  const options = commandLine();
  if (options.report) return report(options.report);
  const startedAt = new Date();
  const loadAtStart = loadAverage();
  const buildNote = ensureBuild(options.build);
  const { list: contenders, oursNote } = chooseContenders(options);
  const executablePath = chromiumPath();
  const probe = readFileSync(path.join(ROOT, 'bench/pages/probe.js'), 'utf8');

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
  if (options.profile) {
    const written = await runProfile(server, options, buildCopy, executablePath);
    await server.close();
    log(`profile done; wrote ${written.map((f) => path.relative(ROOT, f)).join(', ')}`);
    return;
  }
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
    screenshotDir: TMP_DIR,
    browserVersion: ''
  };
  const runs = await runAll(ctx, contenders, TMP_DIR, startedAt);
  await server.close();

  const { cells, summary } = summarizeRuns(runs, options.sizes, contenders);
  const table = buildTable(options.sizes, contenders, cells);
  const result = collectResult({
    options,
    startedAt,
    loadAtStart,
    buildNote,
    oursNote,
    contenders,
    executablePath,
    browserVersion: ctx.browserVersion,
    datasets,
    server,
    runs,
    summary,
    table
  });
  const written = await writeResults(result, options);

  console.log(`\n${textTable(table)}\n`);
  const blocked = result.otherOriginRequests;
  if (blocked.length > 0) log(`requests to other origins (blocked): ${blocked.join(', ')}`);
  log(`done in ${result.durationS} s; wrote ${written.map((f) => path.relative(ROOT, f)).join(', ')}`);

  // Exit code: is the harness broken?
  const broken = harnessProblems(runs, contenders[0]!.id, options.smoke, smallest);
  if (broken.length > 0) fail(`the harness is broken:\n  ${broken.join('\n  ')}`);
}

await main();
