import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/lib/core/bisect';
import {
  LAYOUT_DEFAULTS,
  clusterRuns,
  layoutMarks,
  markExtent,
  type LayoutItem,
  type PlacedMark
} from '../../src/lib/core/layout/lanes';
import { visibleMarks } from '../../src/lib/core/layout/visibility';

/** A small deterministic generator (mulberry32): tests never use unseeded randomness. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function items(xs: number[], width = 80): LayoutItem[] {
  return xs.map((x) => ({ x, labelWidth: width }));
}

/** Every pair of marks in the same lane: the left one ends before the right one starts. */
function overlaps(marks: PlacedMark[]): string[] {
  const found: string[] = [];
  const byLane = new Map<number, PlacedMark[]>();
  for (const mark of marks) byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark]);
  for (const [lane, row] of byLane) {
    for (let i = 1; i < row.length; i++) {
      const a = markExtent(row[i - 1]!);
      const b = markExtent(row[i]!);
      if (a.right > b.left)
        found.push(`lane ${lane}: mark at ${row[i - 1]!.x} runs into mark at ${row[i]!.x}`);
    }
  }
  return found;
}

describe('clusterRuns', () => {
  it('gathers marks closer than the gap, chaining through neighbours', () => {
    expect(clusterRuns(items([0, 10, 20, 100, 200, 205]), 16)).toEqual([
      [0, 2],
      [3, 3],
      [4, 5]
    ]);
  });
});

describe('layoutMarks', () => {
  it('puts a label that would run over the next mark on another lane', () => {
    const marks = layoutMarks(items([0, 40]));
    expect(marks.map((m) => m.lane)).toEqual([0, 1]);
    expect(marks.every((m) => m.labelWidth === 80)).toBe(true);
  });

  it('reuses a lane once the label before has ended', () => {
    expect(layoutMarks(items([0, 40, 200])).map((m) => m.lane)).toEqual([0, 1, 0]);
  });

  it('shortens the oldest label when every lane is busy, and says so by its width', () => {
    const marks = layoutMarks(items([0, 20, 40, 60, 80], 300), { lanes: 4 });
    expect(marks.map((m) => m.lane)).toEqual([0, 1, 2, 3, 0]);
    expect(marks[0]!.labelWidth).toBe(80 - 5 - 6 - 5 - 6);
    expect(marks[0]!.labelWidth).toBeLessThan(marks[0]!.fullWidth);
    expect(overlaps(marks)).toEqual([]);
  });

  it('drops a label rather than leave a stub narrower than the minimum', () => {
    const marks = layoutMarks(items([0, 17, 34], 300), { lanes: 2 });
    expect(marks[0]!.labelWidth).toBe(0);
    expect(overlaps(marks)).toEqual([]);
  });

  it('gathers marks too close to tell apart into one cluster with their range', () => {
    const marks = layoutMarks(items([0, 5, 10, 300]));
    expect(marks.map((m) => [m.kind, m.first, m.last])).toEqual([
      ['cluster', 0, 2],
      ['event', 3, 3]
    ]);
    expect(marks[0]!.labelWidth).toBe(LAYOUT_DEFAULTS.clusterLabelWidth(3));
  });

  it("starts a cluster's label after its pill, and puts it inside a pill wide enough to hold it", () => {
    const [narrow] = layoutMarks(items([0, 10, 20]));
    expect(narrow).toMatchObject({ kind: 'cluster', x2: 20, inside: false });
    expect(markExtent(narrow!).right).toBe(20 + 5 + 6 + narrow!.labelWidth);
    const [wide] = layoutMarks(items(Array.from({ length: 12 }, (_, i) => i * 10)));
    expect(wide).toMatchObject({ kind: 'cluster', x: 0, x2: 110, inside: true });
    expect(markExtent(wide!).right).toBe(110 + 5);
  });

  it('cuts dense data into clusters no wider than the span limit, not one cluster of everything', () => {
    const dense = items(Array.from({ length: 1000 }, (_, i) => i * 2));
    const marks = layoutMarks(dense, { lanes: 3 });
    expect(marks.length).toBeGreaterThan(10);
    for (const mark of marks) expect(mark.x2 - mark.x).toBeLessThanOrEqual(160);
    expect(overlaps(marks)).toEqual([]);
  });

  it('stacks same-day marks across lanes at the deepest zoom, clustering only what the lanes cannot hold', () => {
    const stacked = layoutMarks(items([100, 100, 100]), { cluster: false, lanes: 4 });
    expect(stacked.map((m) => [m.kind, m.lane])).toEqual([
      ['event', 0],
      ['event', 1],
      ['event', 2]
    ]);
    const crowded = layoutMarks(items([100, 100, 100, 100, 100]), { cluster: false, lanes: 4 });
    expect(crowded.map((m) => m.kind)).toEqual(['cluster']);
  });

  it('cuts a label short where the content ends, so nothing runs off the timeline', () => {
    const marks = layoutMarks(items([0, 900], 200), { limit: 1000 });
    expect(marks[1]!.labelWidth).toBe(1000 - 900 - 5 - 6);
    expect(layoutMarks(items([990], 200), { limit: 1000 })[0]!.labelWidth).toBe(0);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('never lets two labels overlap in random data (seed %i)', (seed) => {
    const next = random(seed);
    const xs = Array.from({ length: 400 }, () => next() * 5000).sort((a, b) => a - b);
    const data = xs.map((x) => ({ x, labelWidth: 20 + next() * 260 }));
    for (const options of [{}, { lanes: 1 }, { lanes: 6 }, { cluster: false, lanes: 3 }]) {
      const marks = layoutMarks(data, options);
      expect(overlaps(marks)).toEqual([]);
      // Every item is shown, alone or in a cluster, exactly once.
      expect(marks.reduce((n, m) => n + m.last - m.first + 1, 0)).toBe(data.length);
    }
  });
});

describe('visibleMarks', () => {
  it('finds only the marks reaching into the view, by binary search', () => {
    const marks = layoutMarks(items([0, 500, 1000, 1500, 2000], 100));
    expect(visibleMarks(marks, 900, 1600, 200).map((m) => m.x)).toEqual([1000, 1500]);
    expect(visibleMarks(marks, 560, 600, 200).map((m) => m.x)).toEqual([500]);
  });

  it('lowerBound returns the insertion point', () => {
    expect(lowerBound([1, 3, 5], 4, (n) => n)).toBe(2);
    expect(lowerBound([1, 3, 5], 0, (n) => n)).toBe(0);
    expect(lowerBound([1, 3, 5], 9, (n) => n)).toBe(3);
  });
});
