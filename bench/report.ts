/**
 * From figures to text: the table (Markdown for RESULTS.md, plain text for the terminal), RESULTS.md itself,
 * and the one-line progress reports. Pure functions; resultsMarkdown only reads Prettier's configuration.
 */
import path from 'node:path';
import * as prettier from 'prettier';
import type { DatasetFiles } from './datasets.js';
import type { Options } from './options.js';
import { ROOT } from './server.js';
import { cellKey, METRICS } from './stats.js';
import type { Cell, Contender, Run, Table } from './types.js';

/** Three significant digits or so: 1,234 / 12.3 / 1.23, with the unit when there is one. */
export function formatValue(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  });
  return unit ? `${text} ${unit}` : text;
}

/** A cell's median, with "(n/of runs)" when not every measured run produced it; its note when none did. */
export function formatCell(c: Cell, unit: string): string {
  if (c.median === undefined) return c.note ?? '—';
  const partial = c.n < c.of ? ` (${c.n}/${c.of} runs)` : '';
  return `${formatValue(c.median, unit)}${partial}`;
}

/** The peer's median divided by ours, "3.2×"; a dash when either has none. */
export function formatRatio(peer: Cell, ours: Cell): string {
  if (peer.median === undefined || ours.median === undefined || ours.median === 0) return '—';
  const ratio = peer.median / ours.median;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(ratio >= 1 ? 1 : 2)}×`;
}

/** The id of the no-library page: when it runs, every figure is also given as a ratio to it. */
export const FLOOR_ID = 'floor';

/**
 * One row per size and figure: ours, then each other contender and its ratio to ours. When the floor (the
 * no-library page) is among them, every contender's figure is also divided by the floor's, in a column
 * after it ("ours ÷ floor", "vis-timeline ÷ floor"), so each row reads against both references. `cells` is
 * keyed by cellKey (stats.ts) and must hold every size, contender and figure.
 */
export function buildTable(
  sizes: number[],
  contenders: Pick<Contender, 'id' | 'label'>[],
  cells: Map<string, Cell>
): Table {
  const [ours, ...others] = contenders;
  const floor = others.find((c) => c.id === FLOOR_ID);
  const header = ['events', 'figure', ours!.label];
  if (floor) header.push(`${ours!.label} ÷ ${floor.label}`);
  for (const other of others) {
    header.push(other.label, `${other.label} ÷ ${ours!.label}`);
    if (floor && other !== floor) header.push(`${other.label} ÷ ${floor.label}`);
  }
  const rows: string[][] = [];
  for (const size of sizes) {
    for (const metric of METRICS) {
      const get = (c: Pick<Contender, 'id'>) => cells.get(cellKey(size, c.id, metric.key))!;
      const row = [size.toLocaleString('en-US'), `${metric.label}${metric.unit ? ` (${metric.unit})` : ''}`];
      row.push(formatCell(get(ours!), ''));
      if (floor) row.push(formatRatio(get(ours!), get(floor)));
      for (const other of others) {
        row.push(formatCell(get(other), ''), formatRatio(get(other), get(ours!)));
        if (floor && other !== floor) row.push(formatRatio(get(other), get(floor)));
      }
      rows.push(row);
    }
  }
  return { header, rows };
}

export function markdownTable(table: Table): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    `| ${table.header.map(escape).join(' | ')} |`,
    `| ${table.header.map(() => '---').join(' | ')} |`
  ];
  for (const row of table.rows) lines.push(`| ${row.map(escape).join(' | ')} |`);
  return lines.join('\n');
}

/** Columns padded to their widest cell (the first two to the left), a blank line between sizes. */
export function textTable(table: Table): string {
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

export function describeRound(round: number, options: Pick<Options, 'warmup' | 'runs'>): string {
  if (options.warmup) return round === 0 ? 'warm-up' : `run ${round}/${options.runs}`;
  return `run ${round + 1}/${options.runs}`;
}

/** One run's figures and where its time went, for the progress line. */
export function describeRun(run: Run): string {
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

/** What RESULTS.md is written from: the part of the results JSON it uses. */
export interface ReportInput {
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
}

/** RESULTS.md before Prettier formats it. `jsonFile` is the results file's link, relative to bench/. */
export function resultsMarkdownText(result: ReportInput, table: Table, jsonFile: string): string {
  const m = result.machine;
  const datasetLines = Object.entries(result.datasets).map(
    ([size, s]) =>
      `${Number(size).toLocaleString('en-US')} events (${s.ranges.toLocaleString('en-US')} ranges, ${s.bursts} bursts, ${s.first} … ${s.last})`
  );
  return `# Benchmark results

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
bytes. "÷ floor" divides by the no-library page's figure (bench/pages/floor.html: one SVG, a circle and a
label per event), when it ran: below 1 means less than that naive page. "no response" means the view did not change during the gesture (that contender does not pan or zoom
with that input), so its frame times say nothing. A failure is shown as what happened ("timeout after 60
s", "error: …"); "(3/5 runs)" means only that many of the measured runs produced the figure.

${markdownTable(table)}
`;
}

/** RESULTS.md as the project's Prettier configuration formats it. */
export async function resultsMarkdown(result: ReportInput, table: Table, jsonFile: string): Promise<string> {
  const text = resultsMarkdownText(result, table, jsonFile);
  const config = (await prettier.resolveConfig(path.join(ROOT, 'bench/RESULTS.md'))) ?? {};
  return prettier.format(text, { ...config, parser: 'markdown', plugins: [] });
}
