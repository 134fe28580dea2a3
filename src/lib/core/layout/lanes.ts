/**
 * Where marks and their labels go at one zoom level, so that no label is ever drawn over another and the
 * events that matter most are always named.
 *
 * Work happens in zoomed base pixels (`k · base(t)`), which panning only shifts: a layout is computed
 * once per zoom level and reused for every pan frame.
 *
 * Every mark sits on the rail, at its time: a dot for an event, a pill from first to last member for a
 * cluster of events too close to tell apart (closer than `clusterGap`). A headline event is never
 * gathered into a cluster: it keeps its own dot and its own name. Labels live in lanes above the rail,
 * each joined to its mark by a stem. A label runs right from its mark, or, where there is no room on
 * that side (at the end of the timeline, before a more important label), left, ending at its mark.
 * Labels are placed in order of importance — headline, then major, then minor; among equals, from the
 * left — each in the lowest lane where it fits whole; failing that, in the lane and on the side with the
 * most room, cut after a whole word (`fit`) and no shorter than `minCut`; failing that, the mark keeps
 * only its dot, and its name stays in its accessible name. A label placed is never shortened later, so
 * the headlines, placed first, are always whole unless they crowd each other.
 */
import { GEOMETRY, type Geometry } from './geometry.js';

/** Importance as a number: what the layout sorts by. */
export const PRIORITY = { minor: 0, major: 1, headline: 2 } as const;

export interface LayoutItem {
  /** Position of the event's start, zoomed base pixels. */
  x: number;
  /** The label's natural width in pixels, padding included. */
  labelWidth: number;
  /** 0 minor, 1 major (the default), 2 headline. */
  priority?: number;
}

export interface PlacedMark {
  kind: 'event' | 'cluster';
  /** Indexes into the sorted items: a cluster holds `first..last`, an event `first === last`. */
  first: number;
  last: number;
  /** The member whose title labels the mark: the most important, the earliest among equals. */
  top: number;
  /** The most important member's priority. */
  priority: number;
  x: number;
  /** Right end of the mark itself: the last member's start (equal to `x` for one event). */
  x2: number;
  /** The label's lane, or -1 when the mark shows only its dot or pill. */
  lane: number;
  /** Which way the label runs from the mark: right from its start, or left, ending at its end. */
  side: 'right' | 'left';
  /** The width the label may use; less than `fullWidth` means it is cut after a word. */
  labelWidth: number;
  fullWidth: number;
}

export interface LayoutOptions extends Pick<
  Geometry,
  'lanes' | 'clusterGap' | 'maxClusterSpan' | 'gap' | 'dot' | 'minLabel' | 'minCut'
> {
  /** What a cluster's label adds to its top member's title, for the `others` it also holds (" +3"). */
  clusterSuffixWidth: (others: number) => number;
  /**
   * The widest label of item `index` that fits in `room` pixels, cut after a whole word with an
   * ellipsis, padding included; 0 when not even its first word fits.
   */
  fit: (index: number, room: number) => number;
  /** The right end of the content (zoomed base pixels): labels are cut short rather than run past it. */
  limit: number;
  /**
   * Whether to gather close marks. Off at the deepest zoom, where nothing can spread further: there a
   * run of close marks is stacked across lanes, and gathered only when it has more members than lanes.
   */
  cluster: boolean;
}

/** The geometry's sizes; labels cut anywhere; no right end; clustering on. */
export const LAYOUT_DEFAULTS: LayoutOptions = {
  lanes: GEOMETRY.lanes,
  clusterGap: GEOMETRY.clusterGap,
  maxClusterSpan: GEOMETRY.maxClusterSpan,
  gap: GEOMETRY.gap,
  dot: GEOMETRY.dot,
  minLabel: GEOMETRY.minLabel,
  minCut: GEOMETRY.minCut,
  clusterSuffixWidth: (others) => 12 + String(others).length * 8,
  fit: (_index, room) => Math.max(0, Math.floor(room)),
  limit: Infinity,
  cluster: true
};

const priorityOf = (item: LayoutItem) => item.priority ?? PRIORITY.major;

/**
 * Gathers runs of items whose starts are closer than `clusterGap`, cutting a run where it would span more
 * than `maxSpan` pixels; a headline item always stands alone.
 *
 * clusterRuns([{ x: 0 }, { x: 5 }, { x: 100 }], 16) → [[0, 1], [2, 2]]
 */
export function clusterRuns(
  items: readonly Pick<LayoutItem, 'x' | 'priority'>[],
  clusterGap: number,
  maxSpan = Infinity
): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < items.length; i++) {
    const last = runs.at(-1);
    const item = items[i]!;
    const alone = item.priority === PRIORITY.headline;
    const joins =
      last &&
      !alone &&
      items[last[1]]!.priority !== PRIORITY.headline &&
      item.x - items[i - 1]!.x < clusterGap &&
      item.x - items[last[0]]!.x <= maxSpan;
    if (joins) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/**
 * Where a mark's label starts: at its dot's left edge, so the stem rises from the mark itself; or, for a
 * label running left, where it must start to end at the right edge of the mark's dot or pill.
 */
export function labelStart(
  mark: Pick<PlacedMark, 'x' | 'x2' | 'side' | 'labelWidth'>,
  options: Pick<LayoutOptions, 'dot'> = LAYOUT_DEFAULTS
): number {
  return mark.side === 'left' ? mark.x2 + options.dot - mark.labelWidth : mark.x - options.dot;
}

/** The busy stretches of one lane, sorted and disjoint: [start, end) pairs. */
class Lane {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Where the stretch holding or following `x` begins: the index of the first stretch ending after x. */
  #after(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The free room from `x` rightwards to the next busy stretch (0 when `x` itself is busy). */
  room(x: number): number {
    const i = this.#after(x);
    if (i === this.ends.length) return Infinity;
    return this.starts[i]! <= x ? 0 : this.starts[i]! - x;
  }

  /** The free room leftwards from `x` to the end of the busy stretch before it (0 when `x` is busy). */
  roomBefore(x: number): number {
    const i = this.#after(x);
    if (i < this.ends.length && this.starts[i]! < x) return 0;
    return i === 0 ? Infinity : x - this.ends[i - 1]!;
  }

  take(start: number, end: number): void {
    const i = this.#after(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}

/**
 * Places marks for items sorted by `x`. Positions are zoomed base pixels; only labels are shortened,
 * marks never move. Returns the marks in order of position.
 *
 * layoutMarks([{ x: 0, labelWidth: 80 }, { x: 40, labelWidth: 80, priority: 2 }])
 *   → the headline at x 40 takes lane 0 whole; the first label, which would run into it, takes lane 1
 */
export function layoutMarks(
  items: readonly LayoutItem[],
  options: Partial<LayoutOptions> = {}
): PlacedMark[] {
  const o = { ...LAYOUT_DEFAULTS, ...options };
  const marks: PlacedMark[] = [];
  const maxSpan = o.lanes >= 2 ? o.maxClusterSpan : Infinity;
  for (const [first, last] of clusterRuns(items, o.clusterGap, maxSpan)) {
    const size = last - first + 1;
    // A run is gathered when zooming could still spread it, or when it has more members than lanes.
    if (size > 1 && (o.cluster || size > o.lanes)) {
      let top = first;
      for (let i = first + 1; i <= last; i++) if (priorityOf(items[i]!) > priorityOf(items[top]!)) top = i;
      const fullWidth = items[top]!.labelWidth + o.clusterSuffixWidth(size - 1);
      marks.push(mark('cluster', first, last, top, fullWidth));
    } else {
      for (let i = first; i <= last; i++) marks.push(mark('event', i, i, i, items[i]!.labelWidth));
    }
  }

  function mark(kind: PlacedMark['kind'], first: number, last: number, top: number, fullWidth: number) {
    const priority = priorityOf(items[top]!);
    const [x, x2] = [items[first]!.x, items[last]!.x];
    return {
      kind,
      first,
      last,
      top,
      priority,
      x,
      x2,
      lane: -1,
      side: 'right',
      labelWidth: 0,
      fullWidth
    } as PlacedMark;
  }

  // Labels by importance, then from the left. (All of equal importance: plain order, and every stretch
  // is taken at a lane's end, so a large dataset costs no more than one pass.)
  const order = marks.map((_, i) => i);
  order.sort((a, b) => marks[b]!.priority - marks[a]!.priority || a - b);
  const lanes = Array.from({ length: o.lanes }, () => new Lane());
  for (const i of order) {
    const m = marks[i]!;
    const start = m.x - o.dot;
    const end = m.x2 + o.dot;
    // The lowest lane with room for the whole label, right before left; else the most room anywhere.
    let best: { lane: number; side: PlacedMark['side']; room: number } | null = null;
    search: for (let l = 0; l < lanes.length; l++) {
      const sides = [
        ['right', Math.min(lanes[l]!.room(start) - o.gap, o.limit - start)],
        ['left', Math.min(lanes[l]!.roomBefore(end) - o.gap, end)]
      ] as const;
      for (const [side, room] of sides) {
        if (room >= m.fullWidth) {
          best = { lane: l, side, room };
          break search;
        }
        if (!best || room > best.room) best = { lane: l, side, room };
      }
    }
    if (!best) continue;
    let width = m.fullWidth;
    if (best.room < width) {
      const suffix = m.kind === 'cluster' ? o.clusterSuffixWidth(m.last - m.first) : 0;
      const cut = o.fit(m.top, best.room - suffix);
      width = cut > 0 ? cut + suffix : 0;
      if (width < o.minCut) continue;
    }
    if (width < Math.min(o.minLabel, m.fullWidth) || width <= 0) continue;
    m.lane = best.lane;
    m.side = best.side;
    m.labelWidth = width;
    const from = labelStart(m, o);
    lanes[best.lane]!.take(
      from - (best.side === 'left' ? o.gap : 0),
      from + width + (best.side === 'right' ? o.gap : 0)
    );
  }
  return marks;
}

/** The stretch a mark occupies, label included: what is in view is found by it. */
export function markExtent(mark: PlacedMark, options: Pick<LayoutOptions, 'dot'> = LAYOUT_DEFAULTS) {
  const from = mark.labelWidth > 0 ? labelStart(mark, options) : Infinity;
  const to = mark.labelWidth > 0 ? from + mark.labelWidth : -Infinity;
  return { left: Math.min(mark.x - options.dot, from), right: Math.max(mark.x2 + options.dot, to) };
}
