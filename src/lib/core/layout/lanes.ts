/**
 * Where marks and their labels go at one zoom level, so that no label is ever drawn over another.
 *
 * Work happens in zoomed base pixels (`k · base(t)`), which panning only shifts: a layout is computed
 * once per zoom level and reused for every pan frame. Marks closer than `clusterGap` to their neighbour
 * become one cluster mark with a count; labels go into the first free lane, and when every lane is busy
 * the lane whose last label started earliest gives up the rest of its width (the label is truncated
 * visibly, down to nothing; the full title stays in the mark's accessible name).
 *
 * A label starts after its mark's body: after the dot of an event, after the pill of a cluster (or
 * inside the pill, when the pill is wide enough to hold it). A run of close marks is cut where it
 * would span more than `maxClusterSpan`, so dense data becomes many clusters of readable size rather than
 * one; each piece spans more than that, so the lane used before the previous one is always free again.
 */
import { GEOMETRY, type Geometry } from './geometry.js';

export interface LayoutItem {
  /** Position of the event's start, zoomed base pixels. Ranges draw their extent in a band of their own. */
  x: number;
  /** The label's natural width in pixels. */
  labelWidth: number;
}

export interface PlacedMark {
  kind: 'event' | 'cluster';
  /** Indexes into the sorted items: a cluster holds `first..last`, an event `first === last`. */
  first: number;
  last: number;
  x: number;
  /** Right end of the mark itself: the last member's start (equal to `x` for one event). */
  x2: number;
  lane: number;
  /** The width the label may use; less than `fullWidth` means it is truncated. */
  labelWidth: number;
  fullWidth: number;
  /** A cluster whose pill is wide enough to hold its label shows it inside. */
  inside: boolean;
}

export interface LayoutOptions extends Pick<
  Geometry,
  'lanes' | 'clusterGap' | 'maxClusterSpan' | 'gap' | 'dot' | 'minLabel'
> {
  /** Width of a cluster's label, by the count it shows. */
  clusterLabelWidth: (count: number) => number;
  /** The right end of the content (zoomed base pixels): labels are cut short rather than run past it. */
  limit: number;
  /**
   * Whether to gather close marks. Off at the deepest zoom, where nothing can spread further: there a
   * run of close marks is stacked across lanes, and gathered only when it has more members than lanes.
   */
  cluster: boolean;
}

/** The geometry's sizes, a cluster label as wide as its count, no right end, clustering on. */
export const LAYOUT_DEFAULTS: LayoutOptions = {
  lanes: GEOMETRY.lanes,
  clusterGap: GEOMETRY.clusterGap,
  maxClusterSpan: GEOMETRY.maxClusterSpan,
  gap: GEOMETRY.gap,
  dot: GEOMETRY.dot,
  minLabel: GEOMETRY.minLabel,
  clusterLabelWidth: (count) => 24 + String(count).length * 8,
  limit: Infinity,
  cluster: true
};

/**
 * Gathers runs of items whose starts are closer than `clusterGap` into clusters, cutting a run where it
 * would span more than `maxSpan` pixels.
 *
 * clusterRuns([{ x: 0 }, { x: 5 }, { x: 100 }], 16) → [[0, 1], [2, 2]]
 */
export function clusterRuns(
  items: readonly Pick<LayoutItem, 'x'>[],
  clusterGap: number,
  maxSpan = Infinity
): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < items.length; i++) {
    const last = runs.at(-1);
    const x = items[i]!.x;
    if (last && x - items[i - 1]!.x < clusterGap && x - items[last[0]]!.x <= maxSpan) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** Where a mark's label starts: inside a wide pill, else after the mark's body. */
export function labelStart(
  mark: Pick<PlacedMark, 'x' | 'x2' | 'inside'>,
  options: Pick<LayoutOptions, 'dot' | 'gap'> = LAYOUT_DEFAULTS
): number {
  return mark.inside ? mark.x + options.dot : mark.x2 + options.dot + options.gap;
}

/**
 * Places marks for items sorted by `x`. Positions are zoomed base pixels; only labels are shortened,
 * marks never move.
 *
 * layoutMarks([{ x: 0, labelWidth: 80 }, { x: 40, labelWidth: 80 }])
 *   → two events, on lanes 0 and 1 (the first label would run over the second dot)
 */
export function layoutMarks(
  items: readonly LayoutItem[],
  options: Partial<LayoutOptions> = {}
): PlacedMark[] {
  const o = { ...LAYOUT_DEFAULTS, ...options };
  const marks: PlacedMark[] = [];
  // Per lane: the last mark placed there, and the right edge its label occupies.
  const laneLast: (PlacedMark | undefined)[] = new Array(o.lanes).fill(undefined);
  const laneEnd: number[] = new Array(o.lanes).fill(-Infinity);

  const place = (kind: PlacedMark['kind'], first: number, last: number, fullWidth: number) => {
    const x = items[first]!.x;
    const x2 = items[last]!.x;
    const left = x - o.dot;
    const inside = kind === 'cluster' && x2 - x >= fullWidth + 4;
    let lane = laneEnd.findIndex((end) => end <= left);
    if (lane === -1) {
      // Every lane is busy here: of the lanes whose last mark ends before this one, take the one whose
      // mark started earliest and shorten its label to the room left.
      for (let l = 0; l < o.lanes; l++) {
        const previous = laneLast[l]!;
        if (previous.x2 + o.dot + o.gap > left) continue;
        if (lane === -1 || previous.x < laneLast[lane]!.x) lane = l;
      }
      // Unreachable while runs wider than the lanes are clustered; kept so a bug shows as a stub, not overlap.
      if (lane === -1) throw new Error(`layoutMarks: no lane can take the mark at x=${x}`);
      const previous = laneLast[lane]!;
      if (!previous.inside) {
        const room = left - o.gap - labelStart(previous, o);
        previous.labelWidth = room >= o.minLabel ? Math.min(previous.labelWidth, room) : 0;
      }
    }
    const start = labelStart({ x, x2, inside }, o);
    const fits = inside ? fullWidth : Math.min(fullWidth, o.limit - start);
    const labelWidth = fits >= Math.min(o.minLabel, fullWidth) ? fits : 0;
    const mark: PlacedMark = { kind, first, last, x, x2, lane, labelWidth, fullWidth, inside };
    marks.push(mark);
    laneLast[lane] = mark;
    laneEnd[lane] = (inside || labelWidth === 0 ? x2 + o.dot : start + labelWidth) + o.gap;
  };

  const maxSpan = o.lanes >= 2 ? o.maxClusterSpan : Infinity;
  for (const [first, last] of clusterRuns(items, o.clusterGap, maxSpan)) {
    const size = last - first + 1;
    // A run is gathered when zooming could still spread it, or when it has more members than lanes.
    if (size > 1 && (o.cluster || size > o.lanes)) place('cluster', first, last, o.clusterLabelWidth(size));
    else for (let i = first; i <= last; i++) place('event', i, i, items[i]!.labelWidth);
  }
  return marks;
}

/** The right edge a mark occupies, label included: what "no label over another" is checked against. */
export function markExtent(mark: PlacedMark, options: Pick<LayoutOptions, 'dot' | 'gap'> = LAYOUT_DEFAULTS) {
  const labelEnd = mark.labelWidth > 0 && !mark.inside ? labelStart(mark, options) + mark.labelWidth : 0;
  return { left: mark.x - options.dot, right: Math.max(mark.x2 + options.dot, labelEnd) };
}
