/**
 * The parts of a timeline that not every reader needs, each a chunk of its own: the gestures (d3-zoom:
 * drag, pinch, ctrl+wheel; sideways wheel), the details panel (quotes, citations, notes, the
 * archived-text viewer, with its styles), the words only an open event needs, in the timeline's
 * language, the narrow layout (with its styles), which only a narrow timeline draws, and the list of
 * groups, which only data with groups shows. Each is
 * fetched once; a failed fetch is tried again at the next request.
 */
import { untrack } from 'svelte';
import { loadDetailWords, type DetailMessages } from '../core/i18n/index.js';
import type { Locale } from '../core/time/dates.js';

type Gestures = typeof import('../gestures/zoom.js');
type Details = typeof import('./details.js');
type Story = typeof import('./story.js');
type Groups = typeof import('./groups.js');
type Overview = typeof import('./overview.js');

export class TimelineChunks {
  /** d3-zoom's attachment, once loaded; the grab cursor shows from then on. */
  gestures: Gestures | null = $state.raw(null);
  details: Details | null = $state.raw(null);
  story: Story | null = $state.raw(null);
  /** The overview strip, which comes with the gestures. */
  overview: Overview | null = $state.raw(null);
  /** The list of the events' groups, for data whose events have groups only. */
  groups: Groups | null = $state.raw(null);
  /** The open event's words, if they are in the timeline's language (never another's under its name). */
  get words(): DetailMessages | null {
    return this.#words?.locale === this.#locale() ? this.#words : null;
  }

  #words: DetailMessages | null = $state.raw(null);
  #locale: () => Locale;
  #adopt: (css: string) => void;
  #requests = new Map<string, Promise<unknown>>();
  #wordsRequest: { locale: Locale; request: Promise<unknown> } | null = null;

  /** `locale` is read at each request; `adopt` takes a chunk's styles before its parts are drawn. */
  constructor(locale: () => Locale, adopt: (css: string) => void) {
    this.#locale = locale;
    this.#adopt = adopt;
  }

  /** The gestures, and the overview strip with them (neither is needed to draw the first events). */
  loadGestures(): void {
    this.#fetch(
      'gestures',
      () => import('../gestures/zoom.js'),
      (module) => (this.gestures = module)
    );
    this.#fetch(
      'overview',
      () => import('./overview.js'),
      (module) => {
        this.#adopt(module.css);
        this.overview = module;
      }
    );
  }

  /** The panel and its words in the current language (again after a change of language). */
  loadDetails(): void {
    this.loadWords();
    this.#fetch(
      'details',
      () => import('./details.js'),
      (module) => {
        this.#adopt(module.css);
        this.details = module;
      }
    );
  }

  loadStory(): void {
    this.#fetch(
      'story',
      () => import('./story.js'),
      (module) => {
        this.#adopt(module.css);
        this.story = module;
      }
    );
  }

  /**
   * When each chunk comes, for a timeline whose state `view` reads: the details panel (with the archived
   * texts its quotes are highlighted in, `wantTexts`) at the first sign of intent — a pointer over the
   * timeline, a touch, focus inside it: call the function returned — so it is there by the time the
   * reader opens an event, or once the first events are drawn when an event is open from the start; the
   * gestures at once after the first events, or at intent if that comes sooner; the narrow layout at
   * once, for a narrow timeline only; the list of groups at once, for data with groups only. Until they arrive, the buttons and keys move the view without
   * animation. Call it while the component initialises: it sets up effects.
   */
  follow(
    view: {
      width(): number;
      narrow(): boolean;
      open(): boolean;
      locale(): Locale;
      id(): string;
      grouped(): boolean;
    },
    wantTexts: () => void
  ): () => void {
    const details = () => {
      this.loadDetails();
      wantTexts();
    };
    $effect(() => {
      if (view.width() > 0 && !view.narrow()) return afterPaint(() => this.loadGestures());
    });
    $effect(() => {
      if (view.narrow()) this.loadStory();
    });
    $effect(() => {
      if (!view.grouped()) return;
      this.#fetch(
        'groups',
        () => import('./groups.js'),
        (module) => {
          this.#adopt(module.css);
          this.groups = module;
        }
      );
    });
    // The moment the first events are in the page, for whoever measures it (tests/e2e/budget.test.ts
    // counts what was fetched before it; a blogger sees it in the browser's performance panel). A narrow
    // timeline's first events wait for the narrow layout.
    let drawn = $state(false);
    $effect(() => {
      if (drawn || view.width() === 0 || (view.narrow() && !this.story)) return;
      drawn = true;
      performance.mark?.('news-timeline:first-events', { detail: untrack(view.id) });
    });
    $effect(() => {
      // The first events never wait for the panel: it is fetched once they are painted.
      if (view.open() && drawn) return afterPaint(details);
    });
    $effect(() => {
      // A reader who changes the language with an event open gets its words in the new one.
      view.locale();
      if (this.details) untrack(() => this.loadWords());
    });
    return () => {
      if (!view.narrow()) this.loadGestures();
      details();
    };
  }

  /** Fetches a chunk once; a failed fetch is forgotten, so that the next request tries again. */
  #fetch<T>(name: string, load: () => Promise<T>, arrived: (module: T) => void): void {
    if (this.#requests.has(name)) return;
    this.#requests.set(
      name,
      load().then(arrived, () => this.#requests.delete(name))
    );
  }

  loadWords(): void {
    const wanted = this.#locale();
    if (this.#wordsRequest?.locale === wanted) return;
    const request = loadDetailWords(wanted).then(
      (words) => {
        if (this.#locale() === wanted) this.#words = words;
      },
      () => (this.#wordsRequest = null)
    );
    this.#wordsRequest = { locale: wanted, request };
  }
}

/** Runs `load` after the next paint (the first events', when they have just been drawn). */
function afterPaint(load: () => void): () => void {
  const frame = requestAnimationFrame(() => setTimeout(load));
  return () => cancelAnimationFrame(frame);
}
