/** The benchmark's figures (bench/stats.ts): percentiles, medians, cells, and what earlier runs decide. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cell,
  gestureStats,
  harnessProblems,
  median,
  metricOf,
  mostCommon,
  percentile,
  planRun,
  summarize,
  summarizeRuns
} from '../../bench/stats';
import type { ContenderId, Run } from '../../bench/types';

const SEED = 20261122;

/** A measured run that rendered, with whatever figures the test gives it. */
function run(fields: Partial<Run> = {}): Run {
  return {
    size: 100,
    contender: 'ours',
    round: 1,
    warmup: false,
    status: 'ok',
    otherOriginRequests: [],
    pageErrors: [],
    consoleErrors: [],
    wallMs: 1000,
    steps: {},
    ...fields
  };
}

const gesture = (p50: number, p95: number, responded = true) => ({
  p50,
  p95,
  max: p95,
  frames: 10,
  responded,
  durationMs: 100
});

describe('percentile (nearest rank)', () => {
  it('of 1…20: p50 is the 10th value, p95 the 19th, p100 the last, p0 the first', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 95)).toBe(190);
    expect(percentile(values, 100)).toBe(200);
    expect(percentile(values, 0)).toBe(10);
  });

  it('of one value is that value; of none, NaN', () => {
    expect(percentile([16.7], 95)).toBe(16.7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('is the smallest value with at least p% of the values at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          const result = percentile(sorted, p);
          const atOrBelow = sorted.filter((v) => v <= result).length;
          const below = sorted.filter((v) => v < result).length;
          expect(sorted).toContain(result);
          expect(atOrBelow / sorted.length).toBeGreaterThanOrEqual(p / 100);
          expect(below / sorted.length).toBeLessThan(p / 100);
        }
      ),
      { seed: SEED, numRuns: 300 }
    );
  });
});

describe('median', () => {
  it('is the middle value of an odd count, the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('sorts numerically and leaves its input alone', () => {
    const values = [100, 9, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([100, 9, 20]);
  });
});

describe('mostCommon', () => {
  it('is the most frequent value, the first seen on a tie, undefined for none', () => {
    expect(mostCommon(['a', 'b', 'b', 'c'])).toBe('b');
    expect(mostCommon(['x', 'y', 'y', 'x'])).toBe('x');
    expect(mostCommon([])).toBeUndefined();
  });
});

describe('gestureStats', () => {
  it('takes every frame of every part, and whether the first part moved the view', () => {
    const stats = gestureStats([
      { deltas: [16, 17, 50], responded: true, durationMs: 300 },
      { deltas: [16, 100], responded: false, durationMs: 200 }
    ]);
    expect(stats).toEqual({ p50: 17, p95: 100, max: 100, frames: 5, responded: true, durationMs: 500 });
  });
});

describe('metricOf', () => {
  it('converts heap bytes to MiB and code bytes to KiB', () => {
    const r = run({
      heapUsedBytes: 3 * 2 ** 20,
      bytes: { script: 2048, style: 1024, document: 999, data: 999, font: 0, other: 0 }
    });
    expect(metricOf(r, 'heapMB')).toBe(3);
    expect(metricOf(r, 'codeKB')).toBe(3);
  });

  it('gives a gesture figure only when the view responded, and says what happened otherwise', () => {
    expect(metricOf(run({ pan: gesture(16.7, 33.3) }), 'panP95')).toBe(33.3);
    expect(metricOf(run({ pan: gesture(16.7, 33.3, false) }), 'panP50')).toBe('no response');
    expect(metricOf(run({ zoom: { error: 'timeout after 45 s', timedOut: true } }), 'zoomP50')).toBe(
      'timeout after 45 s'
    );
    expect(metricOf(run({ zoom: { error: 'no element to pan' } }), 'zoomP95')).toBe(
      'error: no element to pan'
    );
    expect(metricOf(run(), 'panP50')).toBeUndefined();
  });
});

describe('cell and summarize', () => {
  it('is the median of the measured runs, without the warm-up', () => {
    const runs = [
      run({ warmup: true, round: 0, renderMs: 5000 }),
      run({ renderMs: 300 }),
      run({ renderMs: 100 }),
      run({ renderMs: 200 })
    ];
    expect(cell(runs, 'renderMs')).toEqual({ median: 200, min: 100, max: 300, n: 3, of: 3 });
    expect(summarize(runs)).toEqual({ n: 3, of: 3, status: 'ok' });
  });

  it('counts a run that failed after rendering for its render time, not for the later figures', () => {
    const runs = [
      run({ renderMs: 100, domElements: 50 }),
      run({ renderMs: 300, status: 'timeout', message: 'timeout after 45 s (heap)' })
    ];
    expect(cell(runs, 'renderMs')).toMatchObject({ median: 200, n: 2, of: 2 });
    expect(cell(runs, 'domElements')).toMatchObject({ median: 50, n: 1, of: 2 });
    expect(summarize(runs)).toEqual({ n: 1, of: 2, status: 'ok' });
  });

  it('without a figure, notes what happened most often, preferring that to "skipped"', () => {
    const timeout = { status: 'timeout' as const, message: 'timeout after 60 s' };
    const skipped = { status: 'skipped' as const, message: 'skipped: the two runs before failed' };
    const runs = [run(timeout), run(skipped), run(skipped), run(skipped)];
    expect(cell(runs, 'renderMs')).toEqual({ n: 0, of: 4, note: 'timeout after 60 s' });
    expect(summarize(runs)).toEqual({ n: 0, of: 4, status: 'timeout after 60 s' });
    expect(cell([run({ pan: gesture(1, 2, false) })], 'panP50').note).toBe('no response');
    expect(cell([], 'renderMs')).toEqual({ n: 0, of: 0, note: 'no run' });
  });
});

describe('planRun', () => {
  it('runs with every gesture while fewer than two runs failed', () => {
    expect(planRun([run({ status: 'timeout', message: 'timeout after 60 s' })])).toEqual({
      skipGestures: new Set()
    });
    expect(planRun([])).toEqual({ skipGestures: new Set() });
    expect(planRun([run({ status: 'error', message: 'error: x' }), run()])).toEqual({
      skipGestures: new Set()
    });
  });

  it('skips after two failed runs in a row, and from then on', () => {
    const failed = [
      run({ status: 'timeout', message: 'timeout after 60 s' }),
      run({ status: 'error', message: 'error: boom' })
    ];
    const plan = planRun(failed);
    expect(plan.skip).toBe('skipped: the two runs before failed (error: boom)');
    expect(planRun([...failed, run({ status: 'skipped', message: plan.skip })]).skip).toBe(plan.skip);
  });

  it('skips a gesture that timed out in the two runs before, and only that one', () => {
    const timedOut = { error: 'timeout after 45 s', timedOut: true };
    const plan = planRun([
      run({ pan: timedOut, zoom: gesture(16, 20) }),
      run({ pan: timedOut, zoom: { error: 'timeout after 45 s', timedOut: true } })
    ]);
    expect(plan.skipGestures).toEqual(new Set(['pan']));
  });
});

describe('harnessProblems', () => {
  it('in a smoke run: ours not rendering, a peer erring, our gesture erring; not a peer timing out', () => {
    const runs = [
      run({ pan: { error: 'no element to pan or zoom was found on the page' } }),
      run({ contender: 'vis-timeline', status: 'timeout', message: 'timeout after 20 s' }),
      run({ contender: 'timelinejs', status: 'error', message: 'error: HTTP 404' }),
      run({ size: 1000, status: 'timeout', message: 'timeout after 20 s' })
    ];
    expect(harnessProblems(runs, 'ours', true, 100)).toEqual([
      '100 ours: gesture failed: no element to pan or zoom was found on the page',
      '100 timelinejs: error: HTTP 404',
      '1000 ours: timeout after 20 s'
    ]);
  });

  it('in a full run: only ours failing every measured run at the smallest size', () => {
    const failed = { status: 'error' as const, message: 'error: x' };
    expect(harnessProblems([run({ ...failed, warmup: true }), run()], 'ours', false, 100)).toEqual([]);
    expect(harnessProblems([run({ ...failed, size: 1000 })], 'ours', false, 100)).toEqual([]);
    expect(harnessProblems([run(failed), run(failed)], 'ours', false, 100)).toEqual([
      'ours did not render 100 events: error: x'
    ]);
  });
});

describe('summarizeRuns on a recorded full run', () => {
  // bench/results/latest.json was written by the harness before it was split into modules: its summary
  // must come out of its runs again.
  const saved = JSON.parse(
    readFileSync(new URL('../../bench/results/latest.json', import.meta.url), 'utf8')
  ) as {
    config: { sizes: number[] };
    contenders: { id: ContenderId }[];
    runs: Run[];
    summary: unknown;
  };

  it('gives the summary that the results file holds', () => {
    const { summary, cells } = summarizeRuns(saved.runs, saved.config.sizes, saved.contenders);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(saved.summary);
    expect(cells.size).toBe(saved.config.sizes.length * saved.contenders.length * 8);
  });
});
