/**
 * The state of one timeline, read top to bottom: its inputs (events, sources, language, the open
 * event), the view (width and zoom transform), and the selection (the roving focus, an open cluster,
 * what was last announced). The model and the frame are derived from them by the pure engine
 * (core/engine/), so marks, axis and overview can never disagree.
 *
 * d3-zoom owns the gestures (gestures/zoom.svelte.ts) and hands its transform to `transform`.
 * Programmatic moves (buttons, keys, deep links) go back through d3-zoom via the registered mover, so
 * its state and ours never drift apart. Keyboard focus follows its own protocol (focus.svelte.ts).
 */
import { buildModel, eventLabels, type Model } from '../core/engine/model.js';
import { computeFrame, type Frame } from '../core/engine/frame.js';
import { bounded, centreOn, expand, reveal, zoomAbout } from '../core/engine/navigate.js';
import { prepareEvents, sourcesById } from '../core/data/events.js';
import type { Episode, Source, TimelineEvent } from '../core/data/schema.js';
import type { Messages } from '../core/i18n/en.js';
import { localize } from '../core/i18n/index.js';
import { geometryFor } from '../core/layout/geometry.js';
import type { PlacedMark } from '../core/layout/lanes.js';
import { estimateWidth } from '../core/layout/measure.js';
import type { Measurers } from './measure.js';
import { fitTransform, toScreen, type ZoomTransform } from '../core/time/axis.js';
import { formatEventDate, type Locale } from '../core/time/dates.js';
import { Focus } from './focus.svelte.js';

export interface TimelineInput {
  events: readonly TimelineEvent[];
  /** The story's chapters; without them, the stretches between breaks are named. */
  episodes?: readonly Episode[];
  sources: readonly Source[];
  locale: Locale;
  /** The interface's words in `locale`. */
  t: Messages;
  /** The open event's id, or null. */
  selected: string | null;
  /** Called when the reader opens or closes an event. */
  select: (id: string | null) => void;
  /**
   * Whether an event's media may be shown as an image: a request to the media's host, which only the
   * host page may allow (off: its caption, credit and a link).
   */
  remoteMedia?: boolean;
}

/** How long a programmatic move takes, when motion is welcome. */
export const ANIMATION_MS = 320;
/** Above this many events, titles are measured per character: see measure.ts. */
const EXACT_LIMIT = 2000;

export class TimelineState {
  readonly #input: () => TimelineInput;
  readonly focus = new Focus();
  /** Moves the view through d3-zoom, over `duration` ms (0 jumps). */
  #mover: ((transform: ZoomTransform, duration: number) => void) | null = null;
  /** Where the running animation is heading, and when it set off: a second press builds on it. */
  #target: { transform: ZoomTransform; at: number } | null = null;
  /** The open event last brought into view, and whether the view has been placed once. */
  #followed: string | null = null;
  #placed = false;
  /** Where a link's event was centred, before the drawer covered part of the view: see `clearOfDrawer`. */
  #linked: { index: number; moves: number } | null = null;
  /** How many times the reader has moved the view (gestures, keys, buttons, the overview). */
  #moves = 0;

  constructor(input: () => TimelineInput) {
    this.#input = input;
  }

  // Inputs.
  readonly locale = $derived.by(() => this.#input().locale);
  readonly t = $derived.by(() => this.#input().t);
  readonly events = $derived.by(() => prepareEvents(this.#input().events));
  readonly episodes = $derived.by(() => this.#input().episodes);
  readonly sources = $derived.by(() => sourcesById(this.#input().sources));
  readonly selectedId = $derived.by(() => this.#input().selected);
  readonly remoteMedia = $derived.by(() => this.#input().remoteMedia ?? false);
  readonly selected = $derived(this.events.find((e) => e.event.id === this.selectedId) ?? null);

  // The view.
  /** Measured width of the view in pixels; 0 until measured. */
  width = $state(0);
  transform: ZoomTransform = $state.raw({ k: 1, x: 0 });
  reducedMotion = $state(false);
  /** How label widths are measured: exact per title, or per character for large datasets. */
  measurers: Measurers = $state.raw({ exact: estimateWidth, fast: estimateWidth });

  // The selection.
  /** The event that holds the roving tabindex: the one ←/→ move from. */
  focusIndex = $state(0);
  /** The cluster whose members are listed (at the deepest zoom, where it cannot spread further). */
  openCluster: PlacedMark | null = $state.raw(null);
  /** Said politely to screen readers. */
  announcement = $state('');
  /** Pixels of the view covered on the right by the open event's drawer: moves keep marks clear of it. */
  inset = $state(0);

  // What the engine derives.
  readonly viewWidth = $derived(this.width > 0 ? this.width : 1280);
  readonly geometry = $derived(geometryFor(this.viewWidth));
  readonly #measure = $derived(this.events.length > EXACT_LIMIT ? this.measurers.fast : this.measurers.exact);
  readonly #labels = $derived(eventLabels(this.events, this.locale, this.#measure, this.geometry));
  readonly model: Model = $derived.by(() => {
    // Each layout of the whole dataset is marked, so that a test and the start profile can count them:
    // the first events should cost one (Timeline.svelte measures before drawing for this).
    globalThis.performance?.mark?.('news-timeline:model');
    return buildModel({
      events: this.events,
      episodes: this.episodes,
      labels: this.#labels,
      width: this.viewWidth,
      geometry: this.geometry,
      locale: this.locale,
      t: this.t,
      measure: this.#measure
    });
  });
  readonly frame: Frame = $derived(
    computeFrame(this.model, { transform: this.transform, focusIndex: this.focusIndex })
  );

  /** Where event `index` is on screen now. */
  screenX(index: number): number {
    return toScreen(this.transform, this.model.baseX[index] ?? 0);
  }

  /** The zoom gestures register how to move the view; returns the unregistering cleanup. */
  attachMover(moveTo: (transform: ZoomTransform, duration: number) => void): () => void {
    this.#mover = moveTo;
    return () => {
      if (this.#mover === moveTo) this.#mover = null;
    };
  }

  /** Moves the view, within bounds, animated unless the reader prefers reduced motion. */
  moveTo(transform: ZoomTransform, animate = true): void {
    const target = bounded(this.model, transform, this.inset);
    this.#target = { transform: target, at: performance.now() };
    if (this.#mover) this.#mover(target, animate && !this.reducedMotion ? ANIMATION_MS : 0);
    else this.transform = target;
  }

  /** Zooms about screen x `center` (the middle of the view by default). */
  zoomBy(factor: number, center = this.viewWidth / 2): void {
    // Mid-animation, zoom from where the view is going, so two quick presses zoom twice as far.
    const moving = this.#target && performance.now() - this.#target.at < ANIMATION_MS;
    const from = moving ? this.#target!.transform : this.transform;
    this.readerMoved();
    this.moveTo(zoomAbout(this.model, from, factor, center), true);
  }

  /** Says the reader moved the view: a deep link's centring is theirs to undo from then on. */
  readerMoved(): void {
    this.#moves++;
  }

  fit(): void {
    this.readerMoved();
    this.moveTo({ k: 1, x: 0 });
  }

  panBy(dx: number): void {
    this.readerMoved();
    this.moveTo({ k: this.transform.k, x: this.transform.x + dx }, false);
  }

  /** Centres the view (clear of the drawer) on a base-pixel position, at zoom `k`. */
  centreOn(base: number, k = this.transform.k, animate = true): void {
    this.moveTo(centreOn(this.model, base, k, this.inset), animate);
  }

  /** Shows event `index` as a mark of its own, in view; moves nothing when it already is. */
  reveal(index: number, animate = true): void {
    const target = reveal(this.model, this.transform, index, this.inset);
    if (target) this.moveTo(target, animate);
  }

  /** Zooms to an episode, its whole span across most of the view. */
  showEpisode(id: string): void {
    const chapter = this.model.chapters.find((c) => c.id === id);
    this.readerMoved();
    if (chapter) this.moveTo(fitTransform(chapter.x0, chapter.x1, this.viewWidth, [1, this.model.maxK], 0.9));
  }

  /** Opens a cluster: zooms until its members spread, or lists them when no zoom can. */
  expand(mark: PlacedMark): void {
    const target = expand(this.model, this.transform, mark);
    this.readerMoved();
    if (target) {
      this.openCluster = null;
      this.moveTo(target);
    } else {
      this.openCluster = this.openCluster === mark ? null : mark;
    }
  }

  /**
   * Keeps the open event in view, once the view has its width: a deep link centres it at once; an event
   * opened later (Back, a changed fragment, the API) is brought into view, zooming in if it is hidden in
   * a cluster. Opening a mark already on screen moves nothing.
   */
  followSelection(): void {
    const open = this.selected;
    const first = !this.#placed;
    this.#placed = true;
    const id = open?.event.id ?? null;
    if (id === this.#followed) return;
    this.#followed = id;
    if (!open) {
      this.#linked = null;
      return;
    }
    this.focusIndex = open.index;
    if (first) {
      this.reveal(open.index, false);
      this.centreOn(this.model.baseX[open.index]!, this.transform.k, false);
      this.#linked = { index: open.index, moves: this.#moves };
    } else {
      this.#linked = null;
      this.reveal(open.index);
    }
  }

  /**
   * Keeps the open event clear of the drawer once the drawer has its size (`inset`): an event a link
   * opened is centred again in the part of the view left uncovered, unless the reader has moved the view
   * since; any other is brought into view if the drawer hides it.
   */
  clearOfDrawer(): void {
    const open = this.selected;
    if (!open) return;
    // Kept while the link's event is open and the reader has not moved: the drawer's size can settle in
    // more than one step (its styles, its scrollbar), and each step centres the event again.
    const linked = this.#linked;
    // Unmoved by the reader: the gestures arriving, or new bounds, may have nudged the view, which is
    // no reason to leave the linked event where the drawer hides half the view.
    if (linked?.index === open.index && linked.moves === this.#moves) {
      this.centreOn(this.model.baseX[open.index]!, this.transform.k, false);
    } else this.reveal(open.index);
  }

  /** Moves the roving focus to another event, keeps it on screen, and takes DOM focus there. */
  focusEvent(index: number): void {
    if (this.events.length === 0) return;
    this.focusIndex = Math.max(0, Math.min(this.events.length - 1, index));
    this.reveal(this.focusIndex);
    this.focus.toMark();
  }

  /**
   * Opens an event's details (or closes them with null) and says so politely. The panel takes focus
   * when the reader opened it, not when a script or a link did.
   */
  select(id: string | null, byReader = true): void {
    const prepared = id === null ? null : this.events.find((e) => e.event.id === id);
    if (prepared) {
      this.focusIndex = prepared.index;
      if (byReader) this.focus.toPanel();
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
