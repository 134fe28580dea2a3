/** The benchmark's text (bench/report.ts): figures, the table in Markdown and plain text, and RESULTS.md. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildTable,
  describeRound,
  describeRun,
  formatCell,
  formatRatio,
  formatValue,
  markdownTable,
  resultsMarkdown,
  textTable,
  type ReportInput
} from '../../bench/report';
import { cellKey, METRICS, summarizeRuns, type MetricKey } from '../../bench/stats';
import type { Cell, Run, Table } from '../../bench/types';

const figure = (median: number, n = 5, of = 5): Cell => ({ median, min: median, max: median, n, of });

describe('figures', () => {
  it('about three significant digits, grouped in thousands, with the unit if any', () => {
    expect(formatValue(1234.5, '')).toBe('1,235');
    expect(formatValue(100, 'ms')).toBe('100 ms');
    expect(formatValue(16.666, 'ms')).toBe('16.7 ms');
    expect(formatValue(4.4, 'MB')).toBe('4.40 MB');
    expect(formatValue(0.123, '')).toBe('0.12');
  });

  it('a cell shows its median, how many runs gave it when not all did, or its note', () => {
    expect(formatCell(figure(805.2), '')).toBe('805');
    expect(formatCell(figure(16.7, 3, 5), '')).toBe('16.7 (3/5 runs)');
    expect(formatCell({ n: 0, of: 5, note: 'timeout after 60 s' }, '')).toBe('timeout after 60 s');
    expect(formatCell({ n: 0, of: 0 }, '')).toBe('—');
  });

  it("a ratio is the peer's median over ours: two decimals below 1, one below 10, none from 10", () => {
    expect(formatRatio(figure(2544), figure(805))).toBe('3.2×');
    expect(formatRatio(figure(50), figure(100))).toBe('0.50×');
    expect(formatRatio(figure(2500), figure(100))).toBe('25×');
    expect(formatRatio(figure(1000), figure(100))).toBe('10×');
    expect(formatRatio(figure(999), figure(100))).toBe('10.0×');
    expect(formatRatio({ n: 0, of: 5, note: 'timeout after 60 s' }, figure(100))).toBe('—');
    expect(formatRatio(figure(100), figure(0))).toBe('—');
  });
});

describe('the table', () => {
  const contenders = [
    { id: 'ours' as const, label: 'ours (embed)' },
    { id: 'vis-timeline' as const, label: 'vis|timeline' }
  ];
  const sizes = [100, 10_000];
  const cells = new Map<string, Cell>();
  for (const size of sizes) {
    for (const metric of METRICS) {
      const render = metric.key === ('renderMs' satisfies MetricKey);
      cells.set(
        cellKey(size, 'ours', metric.key),
        render ? figure(size) : { n: 0, of: 5, note: 'no response' }
      );
      cells.set(cellKey(size, 'vis-timeline', metric.key), render ? figure(size * 4) : figure(1));
    }
  }
  const table = buildTable(sizes, contenders, cells);

  it('has ours, then each peer and its ratio to ours', () => {
    expect(table.header).toEqual([
      'events',
      'figure',
      'ours (embed)',
      'vis|timeline',
      'vis|timeline ÷ ours (embed)'
    ]);
  });

  it('has a row per size and figure, in the order of the figures', () => {
    expect(table.rows).toHaveLength(sizes.length * METRICS.length);
    expect(table.rows.map((row) => row[1])).toEqual(
      [...METRICS, ...METRICS].map((m) => (m.unit ? `${m.label} (${m.unit})` : m.label))
    );
    expect(table.rows[0]).toEqual(['100', 'events on screen (ms)', '100', '400', '4.0×']);
    expect(table.rows[METRICS.length]).toEqual([
      '10,000',
      'events on screen (ms)',
      '10,000',
      '40,000',
      '4.0×'
    ]);
    expect(table.rows[1]).toEqual(['100', 'JS heap after render (MB)', 'no response', '1.00', '—']);
  });

  describe('with the floor', () => {
    const withFloor = [contenders[0]!, { id: 'floor' as const, label: 'floor' }, contenders[1]!];
    const floorCells = new Map(cells);
    for (const size of sizes) {
      for (const metric of METRICS) {
        const render = metric.key === ('renderMs' satisfies MetricKey);
        floorCells.set(cellKey(size, 'floor', metric.key), render ? figure(size * 2) : figure(2));
      }
    }
    const floored = buildTable(sizes, withFloor, floorCells);

    it('divides every contender by the floor as well as the peers by ours', () => {
      expect(floored.header).toEqual([
        'events',
        'figure',
        'ours (embed)',
        'ours (embed) ÷ floor',
        'floor',
        'floor ÷ ours (embed)',
        'vis|timeline',
        'vis|timeline ÷ ours (embed)',
        'vis|timeline ÷ floor'
      ]);
      expect(floored.rows[0]).toEqual([
        '100',
        'events on screen (ms)',
        '100',
        '0.50×',
        '200',
        '2.0×',
        '400',
        '4.0×',
        '2.0×'
      ]);
    });

    it('gives no ratio to the floor where ours or the peer has no figure', () => {
      expect(floored.rows[1]).toEqual([
        '100',
        'JS heap after render (MB)',
        'no response',
        '—',
        '2.00',
        '—',
        '1.00',
        '—',
        '0.50×'
      ]);
    });
  });

  it('in Markdown: a header, a separator, a line per row, pipes in the text escaped', () => {
    const lines = markdownTable(table).split('\n');
    expect(lines).toHaveLength(2 + table.rows.length);
    expect(lines[0]).toBe(
      '| events | figure | ours (embed) | vis\\|timeline | vis\\|timeline ÷ ours (embed) |'
    );
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- |');
    expect(lines[2]).toBe('| 100 | events on screen (ms) | 100 | 400 | 4.0× |');
  });

  it('in plain text: aligned columns (text to the left, figures to the right), a blank line between sizes', () => {
    const small: Table = {
      header: ['events', 'figure', 'ours'],
      rows: [
        ['100', 'heap', '1.5'],
        ['100', 'DOM elements', '202'],
        ['1,000', 'heap', '12.25']
      ]
    };
    expect(textTable(small).split('\n')).toEqual([
      'events  figure         ours',
      '------  ------------  -----',
      '100     heap            1.5',
      '100     DOM elements    202',
      '',
      '1,000   heap          12.25'
    ]);
  });
});

describe('progress lines', () => {
  it('name the round: the warm-up, then the measured runs counted from 1', () => {
    expect([0, 1, 5].map((round) => describeRound(round, { warmup: true, runs: 5 }))).toEqual([
      'warm-up',
      'run 1/5',
      'run 5/5'
    ]);
    expect(describeRound(0, { warmup: false, runs: 1 })).toBe('run 1/1');
  });

  it("give a run's figures, its failure and where its time went", () => {
    const run: Run = {
      size: 100,
      contender: 'ours',
      round: 1,
      warmup: false,
      status: 'timeout',
      message: 'timeout after 45 s (gestures)',
      renderMs: 299.4,
      heapUsedBytes: 2.5 * 2 ** 20,
      domElements: 202,
      bytes: { script: 40 * 1024, style: 4 * 1024, document: 0, data: 0, font: 0, other: 0 },
      pan: { p50: 16.7, p95: 33.3, max: 50, frames: 30, responded: false, durationMs: 500 },
      zoom: { error: 'timeout after 45 s', timedOut: true },
      otherOriginRequests: ['https://fonts.example/x.css'],
      pageErrors: [],
      consoleErrors: [],
      wallMs: 12_345,
      steps: { launch: 400, render: 1500 }
    };
    expect(describeRun(run)).toBe(
      'render 299 ms, heap 2.5 MB, 202 elements, pan 16.7/33.3 ms (no response), zoom: timeout after 45 s, ' +
        '44.0 KB code, timeout after 45 s (gestures), 1 other-origin requests blocked [12.3 s: launch 0.4 render 1.5]'
    );
  });
});

describe('RESULTS.md from a recorded run', () => {
  // bench/results/latest.json and bench/RESULTS.md were written together by the harness before it was split
  // into modules (RESULTS.md may carry a hand-written section after the generated part).
  const saved = JSON.parse(
    readFileSync(new URL('../../bench/results/latest.json', import.meta.url), 'utf8')
  ) as ReportInput & {
    config: { sizes: number[] };
    contenders: { id: 'ours'; label: string }[];
    runs: Run[];
    table: Table;
  };
  const committed = readFileSync(new URL('../../bench/RESULTS.md', import.meta.url), 'utf8');

  it('gives the table the results file holds, from its runs', () => {
    const { cells } = summarizeRuns(saved.runs, saved.config.sizes, saved.contenders);
    expect(buildTable(saved.config.sizes, saved.contenders, cells)).toEqual(saved.table);
  });

  it('gives RESULTS.md as it was written', async () => {
    // A full run links its own results/<timestamp>.json; --report links the file it was given.
    const link = /Every run's raw figures: \[([^\]]+)\]/.exec(committed)?.[1];
    const stamp = saved.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
    expect([`results/${stamp}.json`, 'results/latest.json']).toContain(link);
    const markdown = await resultsMarkdown(saved, saved.table, link!);
    expect(markdown.length).toBeGreaterThan(1000);
    expect(committed.startsWith(markdown)).toBe(true);
    // Nothing after it but, perhaps, a section written by hand.
    expect(committed.slice(markdown.length)).toMatch(/^(\n## [\s\S]*)?$/);
  });
});
