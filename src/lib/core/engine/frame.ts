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
  /**
   * Pixels from the viewport's bottom to the label's bottom (its lane), and from there down to the rail:
   * the stem's height. A mark without a label sits on the rail (`bottom` is the rail's, `stem` 0).
   */
  bottom: number;
  stem: number;
  /** A cluster's pill, from its first member to its last. */
  pillWidth: number;
  /** Screen x of the mark's box: its label's left edge (or its dot's, without a label). */
  boxX: number;
  /** Where the dot or pill stands in the box, from its left edge (0 unless the label runs left). */
  dotX: number;
  /** The accessible name: title and date; for a cluster, its top member, how many more, and when. */
  name: string;
  /** The visible label, whole or cut after a word: it fits `labelWidth`. Empty without a label. */
  label: string;
  /** The whole label, shown on hover and focus when the visible one is cut. */
  fullLabel: string;
  truncated: boolean;
  /** True for the one mark in the tab order. */
  focusable: boolean;
}

/**
 * An episode's band along the top, clipped to the view, and its title: running right from the band's
 * start, or left to its end where there is more room that way, cut after a word when it must be.
 */
export interface FrameEpisode {
  id: string;
  x0: number;
  x1: number;
  title: string;
  label: string;
  /** Screen x of the label's left edge, and its width. */
  labelX: number;
  labelWidth: number;
  lang: string;
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
  episodes: FrameEpisode[];
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
    ticks: axisTicks(
      axis,
      transform,
      width,
      model.locale,
      g.tickSpacing,
      (text) => (model.measure(text) * g.tickText) / g.labelText
    ),
    episodes: frameEpisodes(model, transform),
    span,
    window: { x0, x1: Math.max(x0, x1) }
  };
}

function frameMark(model: Model, transform: ZoomTransform, mark: PlacedMark, focusIndex: number): FrameMark {
  const { events, baseX, locale, t, geometry: g, labels } = model;
  const first = events[mark.first]!;
  const last = events[mark.last]!;
  const top = events[mark.top]!;
  const sx = toScreen(transform, baseX[mark.first]!);
  const sx2 = toScreen(transform, baseX[mark.last]!);
  const title = localize(top.event.title, locale).text;
  const others = mark.last - mark.first;
  const event = mark.kind === 'event';
  const more = event ? '' : ` ${t.clusterMore(others)}`;
  const labelled = mark.lane >= 0;
  const bottom = labelled ? g.laneBase + mark.lane * g.laneHeight : g.railBottom;
  const label = labelled
    ? `${labels.text(mark.top, mark.labelWidth - (event ? 0 : model.suffixWidth(others)))}${more}`
    : '';
  return {
    ...mark,
    key: event ? `e:${first.event.id}` : `c:${first.event.id}:${last.event.id}`,
    sx,
    sx2,
    bottom,
    stem: bottom - g.railBottom,
    pillWidth: sx2 - sx + 2 * g.dot,
    boxX: labelled && mark.side === 'left' ? sx2 + g.dot - mark.labelWidth : sx - g.dot,
    dotX: labelled && mark.side === 'left' ? sx - sx2 - 2 * g.dot + mark.labelWidth : 0,
    name: event
      ? `${title}, ${formatEventDate(first.event, locale)}${first.event.group ? `, ${localize(first.event.group, locale).text}` : ''}`
      : t.clusterName(
          title,
          others,
          formatRange(first.event.start, last.event.end ?? last.event.start, locale),
          !atMaxZoom(transform.k, model.maxK)
        ),
    label,
    fullLabel: `${title}${more}`,
    truncated: labelled && label !== `${title}${more}`,
    focusable: mark.first <= focusIndex && focusIndex <= mark.last
  };
}

/** The episodes in view, as bands along the top; no title runs into another. */
function frameEpisodes(model: Model, transform: ZoomTransform): FrameEpisode[] {
  const { width, geometry: g, measure } = model;
  const pad = 2 * g.labelPad;
  const bands: FrameEpisode[] = [];
  let lastEnd = -Infinity;
  model.chapters.forEach((chapter, i) => {
    const x0 = Math.max(0, toScreen(transform, chapter.x0));
    const x1 = Math.min(width, toScreen(transform, chapter.x1));
    if (x1 - x0 < 2) return;
    const next = model.chapters[i + 1];
    const nextStart = next ? toScreen(transform, next.x0) - g.gap : Infinity;
    const whole = Math.ceil(measure(chapter.title)) + pad;
    const right = x0 >= lastEnd + g.gap ? Math.min(width, nextStart) - x0 : 0;
    const left = x1 - Math.max(0, lastEnd + g.gap);
    const side = right >= whole || right >= left ? 'right' : 'left';
    const room = Math.max(0, side === 'right' ? right : left);
    const label = cutAtWord(chapter.title, room - pad, measure);
    const labelWidth = label ? Math.min(room, Math.ceil(measure(label)) + pad) : 0;
    const labelX = side === 'right' ? x0 : x1 - labelWidth;
    if (label) lastEnd = labelX + labelWidth;
    bands.push({
      id: chapter.id,
      x0,
      x1,
      title: chapter.title,
      label,
      labelX,
      labelWidth,
      lang: chapter.lang
    });
  });
  return bands;
}

/** The longest start of `text`, cut after a word with an ellipsis, that `measure` fits in `room`. */
function cutAtWord(text: string, room: number, measure: (text: string) => number): string {
  if (measure(text) <= room) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const cut = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[,;:–-]$/, '')}…`;
    if (measure(cut) <= room) return cut;
  }
  return '';
}
