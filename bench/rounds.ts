/** Every run of a benchmark, in rounds: each contender once per round, in the same order (ABCABC…). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runOnce, type RunContext } from './driver.js';
import { log } from './log.js';
import { describeRound, describeRun } from './report.js';
import { planRun } from './stats.js';
import type { Contender, Run } from './types.js';

/**
 * Runs every size, round and contender; after each run, every run so far goes to `tmpDir`/partial.json, in
 * case the harness dies before the end. Runs that earlier failures make pointless are recorded as skipped.
 */
export async function runAll(
  ctx: RunContext,
  contenders: Contender[],
  tmpDir: string,
  startedAt: Date
): Promise<Run[]> {
  const { options } = ctx;
  const runs: Run[] = [];
  const rounds = options.runs + (options.warmup ? 1 : 0);
  const total = options.sizes.length * rounds * contenders.length;
  let done = 0;
  for (const size of options.sizes) {
    for (let round = 0; round < rounds; round++) {
      for (const contender of contenders) {
        done++;
        const plan = planRun(runs.filter((r) => r.size === size && r.contender === contender.id));
        if (plan.skip !== undefined) {
          const run: Run = {
            size,
            contender: contender.id,
            round,
            warmup: options.warmup && round === 0,
            status: 'skipped',
            message: plan.skip,
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
        const run = await runOnce(ctx, contender, size, round, plan.skipGestures);
        runs.push(run);
        mkdirSync(tmpDir, { recursive: true });
        writeFileSync(path.join(tmpDir, 'partial.json'), `${JSON.stringify({ startedAt, runs }, null, 2)}\n`);
        log(
          `[${done}/${total}] ${size} ${contender.label} ${describeRound(round, options)}: ${describeRun(run)}`
        );
      }
    }
  }
  return runs;
}
