/**
 * Bars under the marks: a range event's extent, and the span a month- or year-dated event may fall
 * anywhere in. Each bar goes on the first of a few rows where it does not run into another, so
 * overlapping ranges stay apart; only events that can reach the view are looked at in a frame.
 */
import { lowerBound } from '../bisect.js';
import type { PreparedEvent } from '../data/events.js';
import { toBase, toScreen, type ZoomTransform } from '../time/axis.js';

export type BarKind = 'range' | 'precision';

/** Where each event's bar ends (base pixels; NaN for a one-day event, which has none), and the longest bar. */
export interface BarEnds {
  ends: Float64Array;
  longest: number;
}

/** A bar as drawn now: screen x of its ends and its row. */
export interface ScreenBar {
  index: number;
  kind: BarKind;
  sx: number;
  sx2: number;
  row: number;
}

function barKind(event: PreparedEvent): BarKind | null {
  return event.isRange ? 'range' : event.precision === 'day' ? null : 'precision';
}

/**
 * Computed once per axis, so a frame needs no per-event work beyond the events in view.
 *
 * barEnds(events, baseX, scale).ends[i] → the base x where event i's bar ends
 */
export function barEnds(
  events: readonly PreparedEvent[],
  baseX: ArrayLike<number>,
  scale: (time: number) => number
): BarEnds {
  const ends = new Float64Array(events.length).fill(NaN);
  let longest = 0;
  for (const event of events) {
    const kind = barKind(event);
    if (kind === null) continue;
    const end = scale(kind === 'range' ? event.end : event.startEnd);
    ends[event.index] = end;
    longest = Math.max(longest, end - baseX[event.index]!);
  }
  return { ends, longest };
}

/**
 * The bars in view, each on the first row free where it starts (or, when none is, the row that frees
 * soonest).
 *
 * packBars(events, baseX, ends, { k: 1, x: 0 }, 1280, 3) → [{ index: 4, kind: 'range', row: 0, … }, …]
 */
export function packBars(
  events: readonly PreparedEvent[],
  baseX: ArrayLike<number>,
  { ends, longest }: BarEnds,
  transform: ZoomTransform,
  viewWidth: number,
  rows: number
): ScreenBar[] {
  const rowEnds = new Array<number>(rows).fill(-Infinity);
  const bars: ScreenBar[] = [];
  // Events sorted by start: only those starting between (left − longest bar) and right can show a bar.
  const left = toBase(transform, 0);
  const right = toBase(transform, viewWidth);
  const from = lowerBound(baseX, left - longest, (value) => value);
  for (let index = from; index < events.length && baseX[index]! <= right; index++) {
    const end = ends[index]!;
    if (Number.isNaN(end)) continue;
    const sx = toScreen(transform, baseX[index]!);
    const sx2 = toScreen(transform, end);
    if (sx2 < 0 || sx > viewWidth) continue;
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= sx);
    if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = sx2 + 2;
    bars.push({ index, kind: barKind(events[index]!)!, sx, sx2, row });
  }
  return bars;
}

/**
 * Each kind of bar as one SVG path of horizontal strokes, clipped to the view so the numbers stay small:
 * two elements in the DOM however many bars there are.
 */
export function barPaths(
  bars: readonly ScreenBar[],
  viewWidth: number,
  rowHeight: number
): Record<BarKind, string> {
  const paths = { range: '', precision: '' };
  const right = viewWidth + 8;
  for (const bar of bars) {
    const x0 = Math.max(-8, bar.sx);
    const x1 = Math.max(x0 + 2, Math.min(right, bar.sx2));
    paths[bar.kind] += `M${x0.toFixed(1)},${bar.row * rowHeight + rowHeight / 2}H${x1.toFixed(1)}`;
  }
  return paths;
}
