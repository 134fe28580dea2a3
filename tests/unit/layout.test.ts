import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/lib/core/bisect';
import {
  clusterRuns,
  layoutMarks,
  labelStart,
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

function items(xs: number[], width = 80, priorities: number[] = []): LayoutItem[] {
  return xs.map((x, i) => ({ x, labelWidth: width, priority: priorities[i] }));
}

/** Every pair of labels in the same lane: the left one ends before the right one starts. */
function overlaps(marks: PlacedMark[]): string[] {
  const found: string[] = [];
  const byLane = new Map<number, PlacedMark[]>();
  for (const mark of marks) {
    if (mark.lane >= 0) byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark]);
  }
  for (const [lane, row] of byLane) {
    row.sort((a, b) => labelStart(a) - labelStart(b));
    for (let i = 1; i < row.length; i++) {
      const [a, b] = [row[i - 1]!, row[i]!];
      if (labelStart(a) + a.labelWidth > labelStart(b)) {
        found.push(`lane ${lane}: label at ${a.x} runs into label at ${b.x}`);
      }
    }
  }
  return found;
}

/** Cuts "after a word" every 10 pixels, as if every word were 10 pixels wide. */
const tenPixelWords = {
  fit: (_index: number, room: number) => (room >= 10 ? Math.floor(room / 10) * 10 : 0),
  minCut: 40
};

describe('clusterRuns', () => {
  it('gathers marks closer than the gap, chaining through neighbours', () => {
    expect(clusterRuns(items([0, 10, 20, 100, 200, 205]), 16)).toEqual([
      [0, 2],
      [3, 3],
      [4, 5]
    ]);
  });

  it('never gathers a headline: it stands alone, and its neighbours gather without it', () => {
    expect(clusterRuns(items([0, 5, 10, 15, 20], 80, [1, 1, 2, 1, 1]), 16)).toEqual([
      [0, 1],
      [2, 2],
      [3, 4]
    ]);
  });
});

describe('layoutMarks', () => {
  it('puts a label that would run into the next one on another lane', () => {
    const marks = layoutMarks(items([0, 40]));
    expect(marks.map((m) => m.lane)).toEqual([0, 1]);
    expect(marks.every((m) => m.labelWidth === 80)).toBe(true);
  });

  it('reuses a lane once the label before has ended', () => {
    expect(layoutMarks(items([0, 40, 200])).map((m) => m.lane)).toEqual([0, 1, 0]);
  });

  it('names a headline first and whole, in the lowest lane; the others fill the room that is left', () => {
    const marks = layoutMarks(items([0, 20, 40, 60], 300, [1, 1, 1, 2]), { lanes: 2, ...tenPixelWords });
    expect(marks.map((m) => [m.lane, m.side, m.labelWidth])).toEqual([
      [1, 'right', 300],
      // No room on either side: this one keeps its dot.
      [-1, 'right', 0],
      // Room before the headline, on the left: cut after a word, ending at its mark.
      [0, 'left', 40],
      [0, 'right', 300]
    ]);
    expect(overlaps(marks)).toEqual([]);
  });

  it('cuts a label after a word to end before a more important one, where no lane has room for it whole', () => {
    const marks = layoutMarks(items([0, 100], 300, [1, 2]), { lanes: 1, ...tenPixelWords });
    expect(marks.map((m) => [m.lane, m.labelWidth])).toEqual([
      [0, 90],
      [0, 300]
    ]);
    expect(overlaps(marks)).toEqual([]);
  });

  it('drops a label rather than leave a stub narrower than the minimum', () => {
    const marks = layoutMarks(items([0, 17, 34], 300), { lanes: 2, ...tenPixelWords });
    expect(marks[2]!.labelWidth).toBe(0);
    expect(marks[2]!.lane).toBe(-1);
    expect(overlaps(marks)).toEqual([]);
  });

  it('gathers marks too close to tell apart into one cluster, named by its most important member', () => {
    const marks = layoutMarks(
      [
        { x: 0, labelWidth: 80, priority: 0 },
        { x: 5, labelWidth: 120, priority: 1 },
        { x: 10, labelWidth: 60, priority: 0 },
        { x: 300, labelWidth: 80 }
      ],
      { clusterSuffixWidth: (others) => 10 * others }
    );
    expect(marks.map((m) => [m.kind, m.first, m.last, m.top])).toEqual([
      ['cluster', 0, 2, 1],
      ['event', 3, 3, 3]
    ]);
    expect(marks[0]!.fullWidth).toBe(120 + 20);
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

  it('runs a label left of its mark where the content ends, so nothing runs off the timeline', () => {
    const marks = layoutMarks(items([0, 900], 200), { limit: 1000, ...tenPixelWords });
    expect(marks[1]).toMatchObject({ lane: 0, side: 'left', labelWidth: 200 });
    expect(labelStart(marks[1]!) + marks[1]!.labelWidth).toBe(905);
    expect(overlaps(marks)).toEqual([]);
  });

  it('keeps only the dot rather than cut a label to less than a few words', () => {
    const marks = layoutMarks(items([0, 60], 300, [1, 2]), { lanes: 1, ...tenPixelWords, minCut: 96 });
    expect(marks.map((m) => [m.lane, m.labelWidth])).toEqual([
      [-1, 0],
      [0, 300]
    ]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('never lets two labels overlap in random data (seed %i)', (seed) => {
    const next = random(seed);
    const xs = Array.from({ length: 400 }, () => next() * 5000).sort((a, b) => a - b);
    const data = xs.map((x) => ({ x, labelWidth: 20 + next() * 260, priority: Math.floor(next() * 3) }));
    for (const options of [{}, { lanes: 1 }, { lanes: 6 }, { cluster: false, lanes: 3 }]) {
      const marks = layoutMarks(data, { ...options, ...tenPixelWords });
      expect(overlaps(marks)).toEqual([]);
      // Every item is shown, alone or in a cluster, exactly once, in order.
      expect(marks.reduce((n, m) => n + m.last - m.first + 1, 0)).toBe(data.length);
      for (let i = 1; i < marks.length; i++) expect(marks[i]!.first).toBe(marks[i - 1]!.last + 1);
    }
  });

  it('names every headline whole when headlines are far enough apart, whatever else is around them', () => {
    const next = random(42);
    const xs = Array.from({ length: 600 }, () => next() * 8000).sort((a, b) => a - b);
    const data = xs.map((x) => ({ x, labelWidth: 60 + next() * 200, priority: Math.floor(next() * 2) }));
    for (const x of [500, 1500, 2500, 4000, 7000]) data.push({ x, labelWidth: 240, priority: 2 });
    data.sort((a, b) => a.x - b.x);
    const marks = layoutMarks(data, tenPixelWords);
    const headlines = marks.filter((m) => m.priority === 2);
    expect(headlines).toHaveLength(5);
    for (const mark of headlines) expect(mark).toMatchObject({ kind: 'event', labelWidth: 240 });
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
