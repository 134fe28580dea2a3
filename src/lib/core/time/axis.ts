/**
 * A time axis with honest gaps. Twenty-one years hold five short episodes; a linear axis would spend
 * three quarters of its width on empty years and squeeze April 2019 into a few pixels. Here long empty
 * stretches collapse into narrow labelled breaks ("8 years"), while time inside each episode stays to
 * scale, so the reader can see both that time was compressed and how much.
 *
 * The axis is a piecewise-linear map (piecewise.ts): each segment maps linearly, each break squeezes its
 * whole gap into `breakWidth` pixels; d3-time places the ticks (ticks.ts). Zooming multiplies base
 * positions (`x = k · base(t) + tx`, see `toScreen`), so segments and breaks keep their places relative
 * to each other (rescaling a polylinear scale, as d3-zoom's `rescaleX` does, would move its kinks).
 */
import { GEOMETRY, type Geometry } from '../layout/geometry.js';
import { DAY_MS, MONTH_MS, YEAR_MS } from './dates.js';
import { CALENDAR_END, CALENDAR_START } from './deep.js';
import { piecewise, type Piecewise } from './piecewise.js';

/** A stretch of time, UTC milliseconds, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** An episode drawn to scale. */
export interface AxisSegment {
  start: number;
  end: number;
  /** Base-pixel extent (at zoom 1). */
  x0: number;
  x1: number;
  /** How many anchors (event dates) fall in it. */
  count: number;
}

export type DurationUnit = 'year' | 'month' | 'week' | 'day';

/** A collapsed gap between two segments. */
export interface AxisBreak {
  /** The empty time it stands for: from the last date of one episode to the first of the next. */
  start: number;
  end: number;
  x0: number;
  x1: number;
  duration: { count: number; unit: DurationUnit };
}

export interface TimeAxis {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  /** Base width in pixels (at zoom 1). */
  width: number;
  /** Time (UTC ms) → base pixels, across segments and breaks; `scale.invert` goes back. */
  scale: Piecewise;
}

export interface AxisOptions extends Pick<Geometry, 'breakWidth' | 'margin' | 'minSegment'> {
  /** The width a break's label needs: a break is at least that wide, so its label is never cut. */
  breakLabelWidth?: (duration: AxisBreak['duration']) => number;
  /** Gaps longer than this collapse into a break; shorter ones stay to scale. */
  minGap: number;
  /** At most this many segments: the shortest gaps are kept to scale until the count fits. */
  maxSegments: number;
}

export const AXIS_DEFAULTS: AxisOptions = {
  // About a month: the six weeks between the Hanoi summit and the April 2019 run-up are a gap worth
  // showing as such, the days inside one trip are not.
  minGap: 30 * DAY_MS,
  // Beyond a dozen episodes the breaks themselves would eat the width.
  maxSegments: 12,
  breakWidth: GEOMETRY.breakWidth,
  margin: GEOMETRY.margin,
  minSegment: GEOMETRY.minSegment
};

/**
 * How long a gap is, in the largest unit that reads naturally.
 *
 * gapDuration(8 * YEAR_MS) → { count: 8, unit: 'year' }; gapDuration(45 * DAY_MS) → { count: 6, unit: 'week' }
 */
export function gapDuration(ms: number): AxisBreak['duration'] {
  if (ms >= YEAR_MS * 0.95) return { count: Math.max(1, Math.round(ms / YEAR_MS)), unit: 'year' };
  if (ms >= MONTH_MS * 1.9) return { count: Math.round(ms / MONTH_MS), unit: 'month' };
  if (ms >= 13 * DAY_MS) return { count: Math.round(ms / (7 * DAY_MS)), unit: 'week' };
  return { count: Math.max(1, Math.round(ms / DAY_MS)), unit: 'day' };
}

/**
 * Groups anchor intervals into episodes: neighbours closer than `minGap` share a segment. When that
 * leaves more than `maxSegments`, the shortest gaps are closed first.
 */
export function groupEpisodes(anchors: Interval[], options: Pick<AxisOptions, 'minGap' | 'maxSegments'>) {
  const sorted = anchors
    .filter((a) => Number.isFinite(a.start) && Number.isFinite(a.end))
    .sort((a, b) => a.start - b.start);
  const runs: { start: number; end: number; count: number }[] = [];
  for (const anchor of sorted) {
    const last = runs.at(-1);
    if (last && anchor.start <= last.end) {
      last.end = Math.max(last.end, anchor.end);
      last.count++;
    } else runs.push({ start: anchor.start, end: anchor.end, count: 1 });
  }
  // Close every gap below minGap, then the shortest ones until few enough remain.
  const gaps = runs.slice(1).map((run, i) => ({ i, size: run.start - runs[i]!.end }));
  const closing = new Set<number>();
  const byLength = [...gaps].sort((a, b) => a.size - b.size);
  const open = gaps.length - byLength.filter((g) => g.size <= options.minGap).length;
  let toClose = Math.max(0, open + 1 - options.maxSegments);
  for (const gap of byLength) {
    if (gap.size <= options.minGap) closing.add(gap.i);
    else if (toClose > 0) {
      closing.add(gap.i);
      toClose--;
    }
  }
  const episodes: typeof runs = [];
  runs.forEach((run, i) => {
    const last = episodes.at(-1);
    if (last && closing.has(i - 1)) {
      last.end = run.end;
      last.count += run.count;
    } else episodes.push({ ...run });
  });
  return episodes;
}

/**
 * Builds the axis for a set of anchors (the dates events are placed at) and a width.
 *
 * buildTimeAxis([{ start: 2002, end: 2003 }, { start: Apr 24 2019, end: Apr 26 2019 }], 1000)
 *   → two segments, one break labelled { count: 16, unit: 'year' }
 */
export function buildTimeAxis(
  anchors: Interval[],
  width: number,
  options: Partial<AxisOptions> = {}
): TimeAxis {
  const settings = { ...AXIS_DEFAULTS, ...options };
  // A narrow view holds fewer episodes: each needs some room to read, each break its fixed width.
  const fit = Math.floor(
    (width - 2 * settings.margin + settings.breakWidth) / (settings.breakWidth + settings.minSegment)
  );
  const episodes = groupEpisodes(anchors, {
    ...settings,
    maxSegments: Math.max(1, Math.min(settings.maxSegments, fit))
  });
  if (episodes.length === 0) {
    const now = 0; // No events: an empty axis around the epoch, never the machine's clock.
    episodes.push({ start: now, end: now + DAY_MS, count: 0 });
  }

  // Pad each episode so marks do not sit on a break, without eating into a neighbour's gap.
  const padded = episodes.map((episode, i) => {
    const before = i === 0 ? Infinity : episode.start - episodes[i - 1]!.end;
    const after = i === episodes.length - 1 ? Infinity : episodes[i + 1]!.start - episode.end;
    const pad = Math.max(DAY_MS, (episode.end - episode.start) * 0.06);
    return {
      ...episode,
      start: episode.start - Math.min(pad, before / 4),
      end: episode.end + Math.min(pad, after / 4)
    };
  });

  const durations = padded.slice(1).map((_, i) => gapDuration(episodes[i + 1]!.start - episodes[i]!.end));
  const breakWidths = durations.map((duration) =>
    Math.max(settings.breakWidth, Math.ceil(settings.breakLabelWidth?.(duration) ?? 0))
  );
  const available = Math.max(
    padded.length * 40,
    width - 2 * settings.margin - breakWidths.reduce((a, b) => a + b, 0)
  );
  // Each episode gets at least `minSegment` (room for its year on the axis and a lone event's dot), and
  // the rest in proportion to what it holds: proportion alone left a one-event stretch too narrow to say
  // its year once a dataset had many events elsewhere.
  const floor = Math.min(settings.minSegment, available / padded.length);
  const weights = padded.map((episode) => 2 + episode.count);
  const total = weights.reduce((a, b) => a + b, 0);

  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let x = settings.margin;
  padded.forEach((episode, i) => {
    if (i > 0) {
      const breakWidth = breakWidths[i - 1]!;
      breaks.push({
        start: episodes[i - 1]!.end,
        end: episodes[i]!.start,
        x0: x,
        x1: x + breakWidth,
        duration: durations[i - 1]!
      });
      x += breakWidth;
    }
    const segmentWidth = floor + ((available - floor * padded.length) * weights[i]!) / total;
    segments.push({
      start: episode.start,
      end: episode.end,
      x0: x,
      x1: x + segmentWidth,
      count: episode.count
    });
    x += segmentWidth;
  });

  const scale = piecewise(
    segments.flatMap((s) => [s.start, s.end]),
    segments.flatMap((s) => [s.x0, s.x1])
  );
  return { segments, breaks, width: x + settings.margin, scale };
}

/** A d3-zoom-like transform: screen x = k · base x + x. */
export interface ZoomTransform {
  k: number;
  x: number;
}

/** Where a base-pixel position is on screen under a transform: the one place `k · base + x` is written. */
export function toScreen(transform: ZoomTransform, base: number): number {
  return transform.k * base + transform.x;
}

/** The base-pixel position under a screen x: toBase(t, toScreen(t, b)) → b */
export function toBase(transform: ZoomTransform, screen: number): number {
  return (screen - transform.x) / transform.k;
}

/**
 * How far in the reader may zoom: until one day of the busiest stretch spans a quarter of the view.
 *
 * maxZoom(axis, 1280, 4) → e.g. 40
 */
export function maxZoom(axis: TimeAxis, viewWidth: number, daysInView: number): number {
  let densest = 0;
  for (const segment of axis.segments) {
    // Deep time is counted in years, not days (deep.ts): there, a year is the unit zoomed to.
    const unit = segment.start < CALENDAR_START || segment.end > CALENDAR_END ? YEAR_MS : DAY_MS;
    densest = Math.max(densest, ((segment.x1 - segment.x0) * unit) / (segment.end - segment.start));
  }
  if (densest <= 0) return 1;
  return Math.max(1, viewWidth / daysInView / densest);
}

/**
 * The transform that shows base-pixel range [x0, x1] across `fill` of the view, centred, within bounds.
 *
 * fitTransform(100, 200, 1000, [1, 50]) → { k: 6, x: -… } (the range spans 600 px, centred)
 */
export function fitTransform(
  x0: number,
  x1: number,
  viewWidth: number,
  [minK, maxK]: [number, number],
  fill = 0.6
): ZoomTransform {
  const span = Math.max(x1 - x0, 1e-9);
  const k = Math.min(maxK, Math.max(minK, (viewWidth * fill) / span));
  return { k, x: viewWidth / 2 - k * ((x0 + x1) / 2) };
}

/**
 * Keeps a transform's content on screen: the axis may not be dragged out of the view.
 *
 * clampTransform({ k: 1, x: 500 }, 1000, 1000) → { k: 1, x: 0 }
 */
export function clampTransform(
  transform: ZoomTransform,
  baseWidth: number,
  viewWidth: number
): ZoomTransform {
  const contentWidth = transform.k * baseWidth;
  const min = Math.min(0, viewWidth - contentWidth);
  return { k: transform.k, x: Math.min(0, Math.max(min, transform.x)) };
}
