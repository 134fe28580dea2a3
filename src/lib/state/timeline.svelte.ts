/**
 * The one state object of a timeline: what is shown (events, locale), where the reader is looking (the
 * zoom transform), and what they have focused and opened. Everything drawn is derived from it, so
 * marks, axis and overview can never disagree.
 *
 * d3-zoom owns the gestures; it hands its transform to `transform` and the marks follow. Programmatic
 * moves (buttons, keys, deep links) go back through d3-zoom via `moveTo`, so its internal state and
 * ours never drift apart.
 */
import {
  axisTicks,
  buildTimeAxis,
  clampTransform,
  fitTransform,
  maxZoom,
  type ZoomTransform
} from '../core/axis.js';
import { formatEventDate, formatRange, type Locale } from '../core/dates.js';
import { eventAnchors, prepareEvents, sourcesById } from '../core/events.js';
import { localize, messages } from '../core/i18n.js';
import { LayoutCache, lowerBound, markOf, visibleMarks, zoomLevel, type PlacedMark } from '../core/layout.js';
import type { Source, TimelineEvent } from '../core/schema.js';
import { estimateWidth, type Measure } from './measure.js';

export interface TimelineInput {
  events: readonly TimelineEvent[];
  sources: readonly Source[];
  locale: Locale;
  /** The open event's id, or null. */
  selected: string | null;
  /** Called when the reader opens or closes an event. */
  select: (id: string | null) => void;
}

/** A mark as drawn now: its layout plus its place on screen. */
export interface ScreenMark extends PlacedMark {
  /** Stable across zoom levels for an event; clusters are keyed by their span. */
  key: string;
  /** Screen x of the mark's start and of its end (the last member of a cluster). */
  sx: number;
  sx2: number;
  name: string;
  label: string;
}

/** A range event's extent on screen, or the span a month- or year-dated event may fall anywhere in. */
export interface ScreenRange {
  index: number;
  kind: 'range' | 'precision';
  sx: number;
  sx2: number;
  row: number;
}

/** Pixels kept between a focused mark and the edge of the view when panning to it. */
const EDGE = 48;
/** How far one press of + or − zooms. */
export const ZOOM_STEP = 2;
/** How long a programmatic move takes, when motion is welcome. */
export const ANIMATION_MS = 320;

export class TimelineState {
  readonly #input: () => TimelineInput;
  #moveTo: ((transform: ZoomTransform, animate: boolean) => void) | null = null;
  /** Where the running animation is heading, and when it set off: a second press builds on it. */
  #target: { transform: ZoomTransform; at: number } | null = null;

  /** Measured width of the view in pixels; 0 until measured. */
  width = $state(0);
  /** Label lanes above the axis: fewer on a phone. */
  lanes = $state(5);
  transform: ZoomTransform = $state.raw({ k: 1, x: 0 });
  /** The event that holds the roving tabindex: the one ←/→ move from. */
  focusIndex = $state(0);
  /** Bumped to ask the marks to move DOM focus to `focusIndex`'s mark. */
  focusRequest = $state(0);
  /** Said politely to screen readers. */
  announcement = $state('');
  /** The cluster whose members are listed (at the deepest zoom, where it cannot spread further). */
  openCluster: PlacedMark | null = $state.raw(null);
  /** How label widths are measured: exact per title, or per character for large datasets. */
  measurers: { exact: Measure; fast: Measure } = $state.raw({ exact: estimateWidth, fast: estimateWidth });
  /** Above this many events, titles are measured per character: see measure.ts. */
  static readonly EXACT_LIMIT = 2000;
  readonly measure: Measure = $derived.by(() =>
    this.#input().events.length > TimelineState.EXACT_LIMIT ? this.measurers.fast : this.measurers.exact
  );
  reducedMotion = $state(false);
  /** True when the reader opened the panel just now: it takes focus then, but not on a deep-linked load. */
  focusPanel = $state(false);

  constructor(input: () => TimelineInput) {
    this.#input = input;
  }

  readonly locale = $derived.by(() => this.#input().locale);
  readonly t = $derived(messages(this.locale));
  readonly events = $derived.by(() => prepareEvents(this.#input().events));
  readonly sources = $derived.by(() => sourcesById(this.#input().sources));
  readonly selectedId = $derived.by(() => this.#input().selected);
  readonly selected = $derived(this.events.find((e) => e.event.id === this.selectedId) ?? null);

  readonly viewWidth = $derived(this.width > 0 ? this.width : 1280);
  readonly axis = $derived(buildTimeAxis(eventAnchors(this.events), this.viewWidth));
  readonly baseX = $derived(Float64Array.from(this.events, (e) => this.axis.scale(e.start)));
  readonly maxK = $derived(maxZoom(this.axis, this.viewWidth));
  readonly labelWidths = $derived(
    Float64Array.from(this.events, (e) =>
      Math.min(260, this.measure(localize(e.event.title, this.locale).text))
    )
  );
  readonly #layouts = $derived(
    new LayoutCache(this.baseX, this.labelWidths, {
      lanes: this.lanes,
      limit: this.axis.width,
      clusterLabelWidth: (count) => this.measure(this.t.clusterLabel(count)) + 16
    })
  );
  readonly level = $derived(zoomLevel(this.transform.k));
  /** At the deepest zoom nothing can spread further, so close marks stack instead of gathering. */
  readonly clustering = $derived(this.transform.k < this.maxK * 0.999);
  readonly layout = $derived(this.#layouts.at(this.level, this.clustering));

  /** The marks in view (and the focused one, so Tab can always reach the timeline). */
  readonly visible: ScreenMark[] = $derived.by(() => {
    const { k, x } = this.transform;
    const scale = this.level / k;
    const left = -x * scale;
    const right = (this.viewWidth - x) * scale;
    const marks = visibleMarks(this.layout, left, right, 320);
    const focused = markOf(this.layout, this.focusIndex);
    if (focused && !marks.includes(focused)) marks.push(focused);
    return marks.map((mark) => this.#screenMark(mark));
  });

  readonly ticks = $derived(axisTicks(this.axis, this.transform, this.viewWidth, this.locale));

  /**
   * Bars in view: ranges, and the span of a month- or year-dated event (it may fall anywhere in it),
   * each on the first of three rows where it does not cover another.
   */
  /**
   * Where each event's bar ends, in base pixels (NaN for an event on one day, which has none), and the
   * longest bar: computed once per axis, so a frame looks only at the events that can reach the view.
   */
  readonly #bars = $derived.by(() => {
    const ends = new Float64Array(this.events.length).fill(NaN);
    let longest = 0;
    for (const prepared of this.events) {
      const kind = prepared.isRange ? 'range' : prepared.precision === 'day' ? null : 'precision';
      if (kind === null) continue;
      const end = this.axis.scale(kind === 'range' ? prepared.end : prepared.startEnd);
      ends[prepared.index] = end;
      longest = Math.max(longest, end - this.baseX[prepared.index]!);
    }
    return { ends, longest };
  });

  readonly ranges: ScreenRange[] = $derived.by(() => {
    const { k, x } = this.transform;
    const { ends, longest } = this.#bars;
    const rowEnds = [-Infinity, -Infinity, -Infinity];
    const ranges: ScreenRange[] = [];
    // Events sorted by start: only those starting between (left − longest bar) and right can show a bar.
    const left = -x / k;
    const right = (this.viewWidth - x) / k;
    const from = lowerBound(this.baseX, left - longest, (value) => value);
    for (let index = from; index < this.events.length && this.baseX[index]! <= right; index++) {
      const end = ends[index]!;
      if (Number.isNaN(end)) continue;
      const prepared = this.events[index]!;
      const kind = prepared.isRange ? 'range' : 'precision';
      const sx = k * this.baseX[index]! + x;
      const sx2 = k * end + x;
      if (sx2 < 0 || sx > this.viewWidth) continue;
      let row = rowEnds.findIndex((end) => end <= sx);
      if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = sx2 + 2;
      ranges.push({ index: prepared.index, kind, sx, sx2, row });
    }
    return ranges;
  });

  /** The time span on screen, for the overview window. */
  readonly visibleSpan = $derived.by(() => {
    const { k, x } = this.transform;
    const scale = this.axis.scale;
    return { start: scale.invert(-x / k), end: scale.invert((this.viewWidth - x) / k) };
  });

  #screenMark(mark: PlacedMark): ScreenMark {
    const { k, x } = this.transform;
    const first = this.events[mark.first]!;
    const last = this.events[mark.last]!;
    const count = mark.last - mark.first + 1;
    const dates = formatRange(first.event.start, last.event.end ?? last.event.start, this.locale);
    return {
      ...mark,
      key: mark.kind === 'event' ? `e:${first.event.id}` : `c:${first.event.id}:${last.event.id}`,
      sx: k * this.baseX[mark.first]! + x,
      sx2: k * this.baseX[mark.last]! + x,
      name:
        mark.kind === 'event'
          ? `${localize(first.event.title, this.locale).text}, ${formatEventDate(first.event, this.locale)}`
          : this.t.clusterName(count, dates),
      label:
        mark.kind === 'event' ? localize(first.event.title, this.locale).text : this.t.clusterLabel(count)
    };
  }

  /** The zoom attachment registers how to move the view; returns the unregistering cleanup. */
  attachMover(moveTo: (transform: ZoomTransform, animate: boolean) => void): () => void {
    this.#moveTo = moveTo;
    return () => {
      if (this.#moveTo === moveTo) this.#moveTo = null;
    };
  }

  /** Moves the view, within bounds, animated unless the reader prefers reduced motion. */
  moveTo(transform: ZoomTransform, animate = true): void {
    const k = Math.min(this.maxK, Math.max(1, transform.k));
    const target = clampTransform({ k, x: transform.x }, this.axis.width, this.viewWidth);
    this.#target = { transform: target, at: performance.now() };
    if (this.#moveTo) this.#moveTo(target, animate && !this.reducedMotion);
    else this.transform = target;
  }

  zoomBy(factor: number, centerX = this.viewWidth / 2): void {
    // Mid-animation, zoom from where the view is going, so two quick presses zoom twice as far.
    const moving = this.#target && performance.now() - this.#target.at < ANIMATION_MS;
    const { k, x } = moving ? this.#target!.transform : this.transform;
    const next = Math.min(this.maxK, Math.max(1, k * factor));
    this.moveTo({ k: next, x: centerX - ((centerX - x) * next) / k });
  }

  fit(): void {
    this.moveTo({ k: 1, x: 0 });
  }

  panBy(dx: number): void {
    this.moveTo({ k: this.transform.k, x: this.transform.x + dx }, false);
  }

  /** Centres the view on a base-pixel position at zoom `k`. */
  centerOn(baseX: number, k = this.transform.k, animate = true): void {
    this.moveTo({ k, x: this.viewWidth / 2 - k * baseX }, animate);
  }

  /**
   * Shows event `index` as a mark of its own: zooms in just far enough to lift it out of its cluster
   * (if it is in one) and pans it into view.
   */
  reveal(index: number, animate = true): void {
    const { k } = this.transform;
    let target = k;
    if (markOf(this.layout, index)?.kind === 'cluster') {
      target = this.maxK;
      for (let level = zoomLevel(k) * 2 ** 0.25; level < this.maxK; level *= 2 ** 0.25) {
        if (markOf(this.#layouts.at(zoomLevel(level), true), index)?.kind === 'event') {
          target = level;
          break;
        }
      }
    }
    const sx = target * this.baseX[index]! + (target === k ? this.transform.x : 0);
    if (target !== k || sx < EDGE || sx > this.viewWidth - EDGE - 120) {
      this.centerOn(this.baseX[index]!, target, animate);
    }
  }

  /** Opens a cluster: zooms until its members spread, or lists them when no zoom can. */
  expand(mark: PlacedMark): void {
    if (this.transform.k < this.maxK * 0.999) {
      this.openCluster = null;
      const [from, to] = [this.baseX[mark.first]!, this.baseX[mark.last]!];
      this.moveTo(fitTransform(from, to, this.viewWidth, [1, this.maxK], 0.6));
    } else {
      this.openCluster = this.openCluster === mark ? null : mark;
    }
  }

  /** Moves keyboard focus to another event and keeps it on screen. */
  focusEvent(index: number): void {
    if (this.events.length === 0) return;
    this.focusIndex = Math.max(0, Math.min(this.events.length - 1, index));
    this.reveal(this.focusIndex);
    this.focusRequest++;
  }

  /**
   * Opens an event's details (or closes them with null) and says so politely. The panel takes focus
   * when the reader opened it, not when a script did.
   */
  select(id: string | null, focusPanel = true): void {
    const prepared = id === null ? null : this.events.find((e) => e.event.id === id);
    if (prepared) {
      this.focusIndex = prepared.index;
      this.focusPanel = focusPanel;
      this.announcement = this.t.selected(
        localize(prepared.event.title, this.locale).text,
        formatEventDate(prepared.event, this.locale)
      );
    } else if (this.selectedId !== null) {
      this.announcement = this.t.closed;
    }
    this.#input().select(prepared ? prepared.event.id : null);
  }

  /** Closes the details and returns focus to the event they were opened from. */
  close(): void {
    const open = this.selected;
    this.select(null);
    if (open) this.focusEvent(open.index);
  }
}
