/**
 * Every size of the timeline, defined once. The layout and the frame compute with these numbers; the
 * components receive them as CSS custom properties (`cssVariables`), so a lane in the layout and a lane
 * on screen can never disagree.
 *
 *   ┌──────────────────────────────── viewport ─┐
 *   │ [ episode band ]        [ episode band ]  │  ↕ bandHeight (topRoom holds it)
 *   │  label in lane 4                          │  ↕ laneHeight per lane
 *   │  │ label in lane 0                        │  ↑ laneBase: from the viewport's bottom
 *   │  ● ══════ (the rail: dots and pills)      │  ↑ railBottom
 *   │  ════ bars (barRows × barRowHeight)       │  ↑ barBottom
 *   │──┬──────┬─────── axis ──╱╱─────┬──────────│  ↕ axisHeight
 *   └────────────────────────────────────────────┘
 *   [ overview strip, overviewHeight high, overviewGap below the viewport ]
 */

export interface Geometry {
  /** Label lanes above the axis. */
  lanes: number;
  laneHeight: number;
  /** Height of a label. */
  markHeight: number;
  /** A label's horizontal padding, each side. */
  labelPad: number;
  /** Font sizes: labels, ticks, and small text (break labels). */
  labelText: number;
  tickText: number;
  smallText: number;
  /** Pixels from the viewport's bottom to the bottom of the rail's dots and pills. */
  railBottom: number;
  /** The episode bands along the top. */
  bandHeight: number;
  /** Radius of an event's dot; a cluster's pill has the same rounded ends. */
  dot: number;
  /** Room between a dot and its label, and after a label before the next mark in its lane. */
  gap: number;
  /** Pixels from the viewport's bottom to the bottom of the lowest lane's marks. */
  laneBase: number;
  /** Room above the highest lane. */
  topRoom: number;
  /** Marks whose starts are closer than this are gathered into a cluster. */
  clusterGap: number;
  /** A cluster is cut where it would span more than this (with two lanes or more). */
  maxClusterSpan: number;
  /** A label narrower than this is dropped rather than shown as a stub. */
  minLabel: number;
  /** A label cut after a word keeps at least this much, or the mark keeps only its dot. */
  minCut: number;
  /** The widest a title's label may be, and a headline's. */
  maxLabel: number;
  maxHeadline: number;
  /** Rows of range and precision bars, and the height of each. */
  barRows: number;
  barRowHeight: number;
  /** Pixels from the viewport's bottom to the bars' band: the axis is below it. */
  barBottom: number;
  axisHeight: number;
  /** Pixels a break takes, whatever it stands for. */
  breakWidth: number;
  /** Pixels kept empty at each end of the axis. */
  margin: number;
  /** The least room an episode needs to be worth a segment of its own. */
  minSegment: number;
  /** Ticks at least this far apart. */
  tickSpacing: number;
  overviewHeight: number;
  overviewGap: number;
  /** Year lines on the overview at least this far apart, each label needing this much room. */
  overviewYearSpacing: number;
  overviewYearLabel: number;
  /** Pixels kept between a mark brought into view and the edge of the view, and room for its label. */
  edge: number;
  revealRoom: number;
  /** How far right of its start a mark may reach (its label): marks starting this far left still show. */
  reach: number;
  /** The deepest zoom shows this many days of the busiest stretch. */
  daysInView: number;
  /** How far one press of + or − zooms. */
  zoomStep: number;
}

/** The sizes of a timeline wider than a phone. */
export const GEOMETRY: Readonly<Geometry> = Object.freeze({
  lanes: 5,
  laneHeight: 28,
  markHeight: 22,
  labelPad: 4,
  labelText: 14,
  tickText: 12,
  smallText: 10,
  railBottom: 66,
  bandHeight: 26,
  dot: 5,
  gap: 6,
  laneBase: 84,
  topRoom: 34,
  // Two dots this far apart can be told apart; it is also 2·dot + gap, so a mark this far from the
  // previous one in its lane can always take that lane by shortening the previous label.
  clusterGap: 16,
  // Narrow enough that zooming in on a cluster makes sense, and that dense data makes many of them.
  maxClusterSpan: 160,
  // Three or four characters and an ellipsis: less than that says nothing.
  minLabel: 36,
  // Two or three words: a cut label must still say what the event is.
  minCut: 96,
  maxLabel: 320,
  maxHeadline: 460,
  barRows: 3,
  barRowHeight: 6,
  barBottom: 44,
  axisHeight: 44,
  breakWidth: 52,
  margin: 24,
  minSegment: 60,
  tickSpacing: 84,
  overviewHeight: 30,
  overviewGap: 6,
  overviewYearSpacing: 44,
  overviewYearLabel: 28,
  edge: 48,
  revealRoom: 120,
  reach: 520,
  daysInView: 4,
  zoomStep: 2
});

/** Below this width (the timeline's own, not the screen's), a timeline has one lane fewer. */
export const NARROW = 600;

/**
 * The sizes for a timeline of a given width: one lane fewer when narrow, so the marks keep their room.
 *
 * geometryFor(390).lanes → 4; geometryFor(1280).lanes → 5
 */
export function geometryFor(width: number): Geometry {
  return width > 0 && width <= NARROW ? NARROW_GEOMETRY : GEOMETRY;
}

const NARROW_GEOMETRY: Readonly<Geometry> = Object.freeze({ ...GEOMETRY, lanes: GEOMETRY.lanes - 1 });

/** The viewport's height: the lanes, the room below them for bars and axis, and the room above. */
export function viewportHeight(geometry: Geometry): number {
  return geometry.laneBase + geometry.lanes * geometry.laneHeight + geometry.topRoom;
}

/**
 * The sizes the stylesheets use, as custom properties for the timeline's root `style`.
 *
 * cssVariables(GEOMETRY) → '--nt-lane-height: 30px; --nt-viewport-height: 236px; …'
 */
export function cssVariables(geometry: Geometry): string {
  const sizes: [string, number][] = [
    ['lane-height', geometry.laneHeight],
    ['viewport-height', viewportHeight(geometry)],
    ['mark-height', geometry.markHeight],
    ['label-pad', geometry.labelPad],
    ['label-text', geometry.labelText],
    ['tick-text', geometry.tickText],
    ['small-text', geometry.smallText],
    ['rail-bottom', geometry.railBottom],
    ['band-height', geometry.bandHeight],
    ['dot', 2 * geometry.dot],
    ['gap', geometry.gap],
    ['axis-height', geometry.axisHeight],
    ['bar-bottom', geometry.barBottom],
    ['bar-band', geometry.barRows * geometry.barRowHeight],
    ['overview-height', geometry.overviewHeight],
    ['overview-gap', geometry.overviewGap]
  ];
  return sizes.map(([name, value]) => `--nt-${name}: ${value}px`).join('; ');
}
