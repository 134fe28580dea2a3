/**
 * From runs to figures: medians, percentiles, one cell per size, contender and figure, and what earlier runs
 * say about the next one. Pure functions, no I/O.
 */
import type { Cell, Contender, Frames, Gesture, GestureResult, Run } from './types.js';

/** The figures of the table, in its order. */
export const METRICS = [
  { key: 'renderMs', label: 'events on screen', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap after render', unit: 'MB' },
  { key: 'domElements', label: 'DOM elements', unit: '' },
  { key: 'panP50', label: 'pan frame p50', unit: 'ms' },
  { key: 'panP95', label: 'pan frame p95', unit: 'ms' },
  { key: 'zoomP50', label: 'zoom frame p50', unit: 'ms' },
  { key: 'zoomP95', label: 'zoom frame p95', unit: 'ms' },
  { key: 'codeKB', label: 'script + style (gzip)', unit: 'KB' }
] as const;
export type MetricKey = (typeof METRICS)[number]['key'];

/** Nearest-rank percentile of values sorted in ascending order; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The median (the mean of the middle two for an even count); the values need not be sorted. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value that occurs most often (the first of them on a tie); undefined for none. */
export function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** One gesture's figures from its parts' frame times; whether it responded is the first part's. */
export function gestureStats(parts: Frames[]): Gesture {
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

/** One run's figure, or what to show instead of it ("no response", "timeout after 45 s", …). */
export function metricOf(run: Run, key: MetricKey): number | string | undefined {
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

/** Whether a contender rendered at one size: in how many measured runs, or the first failure's message. */
export function summarize(runs: Run[]): Cell & { status: string } {
  const measured = runs.filter((run) => !run.warmup);
  const ok = measured.filter((run) => run.status === 'ok');
  const firstFailure = measured.find((run) => run.status !== 'ok' && run.status !== 'skipped');
  return {
    n: ok.length,
    of: measured.length,
    status: ok.length > 0 ? 'ok' : (firstFailure?.message ?? measured[0]?.message ?? 'no run')
  };
}

/** One figure over the measured runs of one contender at one size: the median, or why there is none. */
export function cell(runs: Run[], key: MetricKey): Cell {
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

/** The key of a cell in the map summarizeRuns returns. */
export const cellKey = (size: number, contender: string, metric: MetricKey) =>
  `${size}|${contender}|${metric}`;

/** Per size and contender: whether it rendered, in how many measured runs, and each figure's cell. */
export type Summary = Record<
  string,
  Record<string, { status: string; runs: string; figures: Record<string, Cell> }>
>;

/** Every cell of the table (keyed by cellKey) and the summary the results JSON carries. */
export function summarizeRuns(
  runs: Run[],
  sizes: number[],
  contenders: Pick<Contender, 'id'>[]
): { cells: Map<string, Cell>; summary: Summary } {
  const cells = new Map<string, Cell>();
  const summary: Summary = {};
  for (const size of sizes) {
    const bySize: Summary[string] = {};
    for (const contender of contenders) {
      const mine = runs.filter((r) => r.size === size && r.contender === contender.id);
      const status = summarize(mine);
      const figures: Record<string, Cell> = {};
      for (const metric of METRICS) {
        const c = cell(mine, metric.key);
        cells.set(cellKey(size, contender.id, metric.key), c);
        figures[metric.key] = c;
      }
      bySize[contender.id] = { status: status.status, runs: `${status.n}/${status.of}`, figures };
    }
    summary[size] = bySize;
  }
  return { cells, summary };
}

/** The 1-minute load average over the runs: median and highest. */
export function loadDuring(runs: Run[]): { median: number; max: number } | null {
  const loads = runs.flatMap((run) => (run.load1 === undefined ? [] : [run.load1]));
  return loads.length === 0 ? null : { median: median(loads), max: Math.max(...loads) };
}

export function failureOf(result: GestureResult | undefined): string | undefined {
  return result && 'error' in result ? result.error : undefined;
}

export function isTimeout(result: GestureResult | undefined): boolean {
  return !!result && 'timedOut' in result && !!result.timedOut;
}

/**
 * What the earlier runs of one contender at one size say about its next run. After two failed runs in a row
 * (warm-up and first measured, say) the rest would fail too and only burn the time budget: skip it, with the
 * reason. Likewise a gesture that timed out in the two runs before is not tried again (the rest is measured).
 */
export function planRun(
  previous: Run[]
): { skip: string; skipGestures?: undefined } | { skip?: undefined; skipGestures: Set<'pan' | 'zoom'> } {
  const lastTwo = previous.filter((r) => r.status !== 'skipped').slice(-2);
  if (
    previous.some((r) => r.status === 'skipped') ||
    (lastTwo.length === 2 && lastTwo.every((r) => r.status === 'timeout' || r.status === 'error'))
  ) {
    return { skip: `skipped: the two runs before failed (${lastTwo[1]!.message})` };
  }
  const skipGestures = new Set<'pan' | 'zoom'>();
  if (lastTwo.length === 2) {
    for (const kind of ['pan', 'zoom'] as const) {
      if (lastTwo.every((r) => isTimeout(r[kind]) || failureOf(r[kind])?.startsWith('skipped'))) {
        skipGestures.add(kind);
      }
    }
  }
  return { skipGestures };
}

/**
 * Why the harness is broken, if it is (exit code 1): in a smoke run, ours did not render, a peer's page
 * failed with an error, or our pan or zoom failed with an error; in a full run, ours rendered at none of the
 * measured runs at the smallest size. Slow figures and peers' time-outs are results, not problems.
 */
export function harnessProblems(runs: Run[], oursId: string, smoke: boolean, smallest: number): string[] {
  const broken: string[] = [];
  if (smoke) {
    for (const r of runs) {
      if (r.contender === oursId && r.status !== 'ok') broken.push(`${r.size} ${r.contender}: ${r.message}`);
      if (r.contender !== oursId && r.status === 'error')
        broken.push(`${r.size} ${r.contender}: ${r.message}`);
      if (r.contender === oursId && r.status === 'ok') {
        for (const g of [r.pan, r.zoom]) {
          if (g && 'error' in g && !/^(timeout|skipped|not measured)/.test(g.error))
            broken.push(`${r.size} ${r.contender}: gesture failed: ${g.error}`);
        }
      }
    }
  } else {
    const first = runs.filter((r) => r.contender === oursId && !r.warmup && r.size === smallest);
    if (first.length > 0 && first.every((r) => r.status !== 'ok')) {
      broken.push(`ours did not render ${smallest} events: ${first[0]!.message}`);
    }
  }
  return broken;
}
