/**
 * One frame of a timeline: everything drawn, computed from the model and the view (the zoom transform
 * and the roving focus), in screen pixels. Components only draw what this returns; nothing else turns
 * time or base pixels into screen positions.
 */
import { formatEventDate, formatRange } from '../time/dates.js';
import { toBase, toScreen, type ZoomTransform } from '../time/axis.js';
import { axisTicks, type Tick } from '../time/ticks.js';
import { localize } from '../i18n/index.js';
import { barPaths, packBars, type BarKind, type ScreenBar } from '../layout/bars.js';
import type { PlacedMark } from '../layout/lanes.js';
import { atMaxZoom, atMinZoom, zoomLevel } from '../layout/levels.js';
import { markOf, visibleMarks } from '../layout/visibility.js';
import type { Model } from './model.js';

export interface View {
  transform: ZoomTransform;
  /** The event holding the roving tabindex: its mark is always drawn, so Tab can reach the timeline. */
  focusIndex: number;
}

/** A mark as drawn now: its layout, its place on screen and its words. */
export interface FrameMark extends PlacedMark {
  /** Stable across zoom levels for an event; a cluster is keyed by its first and last member. */
  key: string;
  /** Screen x of the mark's start and of its end (the last member of a cluster). */
  sx: number;
  sx2: number;
  /** Pixels from the viewport's bottom to the mark's bottom (its lane), and the stem's height below it. */
  bottom: number;
  stem: number;
  /** A cluster's pill, from its first member to its last. */
  pillWidth: number;
  /** The accessible name: title and date, or the count and dates of a cluster. */
  name: string;
  /** The visible label; shown in `labelWidth` pixels, cut with an ellipsis when less than `fullWidth`. */
  label: string;
  truncated: boolean;
  /** True for the one mark in the tab order. */
  focusable: boolean;
}

export interface FrameBreak {
  x0: number;
  x1: number;
  label: string;
}

export interface Frame {
  transform: ZoomTransform;
  width: number;
  /** The zoom level whose layout is shown, and whether close marks gather into clusters at it. */
  level: number;
  clustering: boolean;
  zoom: { canZoomIn: boolean; canZoomOut: boolean; fitted: boolean };
  marks: FrameMark[];
  bars: ScreenBar[];
  paths: Record<BarKind, string>;
  /** The axis line of each visible segment, clipped to the view. */
  segments: { x0: number; x1: number }[];
  breaks: FrameBreak[];
  ticks: Tick[];
  /** The time on screen, UTC ms, and where it is on the overview strip. */
  span: { start: number; end: number };
  window: { x0: number; x1: number };
}

/**
 * computeFrame(model, { transform: { k: 1, x: 0 }, focusIndex: 0 }) → { marks, ticks, breaks, … }
 */
export function computeFrame(model: Model, view: View): Frame {
  const { transform, focusIndex } = view;
  const { width, geometry: g, axis } = model;
  const level = zoomLevel(transform.k);
  // At the deepest zoom nothing can spread further, so close marks stack instead of gathering.
  const clustering = !atMaxZoom(transform.k, model.maxK);
  const layout = model.layouts.at(level, clustering);

  // The layout is in pixels at its level; the view, at k.
  const left = toBase(transform, 0) * level;
  const right = toBase(transform, width) * level;
  const placed = visibleMarks(layout, left, right, g.reach, g);
  const focused = markOf(layout, focusIndex);
  if (focused && !placed.includes(focused)) placed.push(focused);
  const marks = placed.map((mark) => frameMark(model, transform, mark, focusIndex));

  const bars = packBars(model.events, model.baseX, model.bars, transform, width, g.barRows);
  const span = {
    start: axis.scale.invert(toBase(transform, 0)),
    end: axis.scale.invert(toBase(transform, width))
  };
  const { overview } = model;
  const x0 = Math.max(0, overview.x(Math.max(overview.span.start, span.start)));
  const x1 = Math.min(width, overview.x(Math.min(overview.span.end, span.end)));

  return {
    transform,
    width,
    level,
    clustering,
    zoom: {
      canZoomIn: clustering,
      canZoomOut: !atMinZoom(transform.k),
      fitted: atMinZoom(transform.k) && Math.abs(transform.x) < 1
    },
    marks,
    bars,
    paths: barPaths(bars, width, g.barRowHeight),
    segments: axis.segments
      .map((s) => ({
        x0: Math.max(-2, toScreen(transform, s.x0)),
        x1: Math.min(width + 2, toScreen(transform, s.x1))
      }))
      .filter((s) => s.x1 > s.x0),
    breaks: axis.breaks
      .map((b) => ({
        x0: toScreen(transform, b.x0),
        x1: toScreen(transform, b.x1),
        label: model.t.duration(b.duration.count, b.duration.unit)
      }))
      .filter((b) => b.x1 > 0 && b.x0 < width),
    ticks: axisTicks(axis, transform, width, model.locale, g.tickSpacing),
    span,
    window: { x0, x1: Math.max(x0, x1) }
  };
}

function frameMark(model: Model, transform: ZoomTransform, mark: PlacedMark, focusIndex: number): FrameMark {
  const { events, baseX, locale, t, geometry: g } = model;
  const first = events[mark.first]!;
  const last = events[mark.last]!;
  const sx = toScreen(transform, baseX[mark.first]!);
  const sx2 = toScreen(transform, baseX[mark.last]!);
  const title = localize(first.event.title, locale).text;
  const count = mark.last - mark.first + 1;
  const event = mark.kind === 'event';
  const bottom = g.laneBase + mark.lane * g.laneHeight;
  // The stem runs from the middle of the dot down to the top of the bars' band.
  const stemTop = g.markHeight / 2 + g.dot;
  const stemEnd = g.barBottom + g.barRowHeight;
  return {
    ...mark,
    key: event ? `e:${first.event.id}` : `c:${first.event.id}:${last.event.id}`,
    sx,
    sx2,
    bottom,
    stem: bottom + g.markHeight - stemTop - stemEnd,
    pillWidth: sx2 - sx + 2 * g.dot,
    name: event
      ? `${title}, ${formatEventDate(first.event, locale)}`
      : t.clusterName(count, formatRange(first.event.start, last.event.end ?? last.event.start, locale)),
    label: event ? title : t.clusterLabel(count),
    truncated: mark.labelWidth < mark.fullWidth,
    focusable: mark.first <= focusIndex && focusIndex <= mark.last
  };
}
