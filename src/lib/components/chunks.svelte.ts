/**
 * The parts of a timeline that not every reader needs, each a chunk of its own: the gestures (d3-zoom:
 * drag, pinch, ctrl+wheel; sideways wheel), the details panel (quotes, citations, notes, the
 * archived-text viewer, with its styles), the words only an open event needs, in the timeline's
 * language, and the narrow layout (with its styles), which only a narrow timeline draws. Each is
 * fetched once; a failed fetch is tried again at the next request.
 */
import { loadDetailWords, type DetailMessages } from '../core/i18n/index.js';
import type { Locale } from '../core/time/dates.js';

type Gestures = typeof import('../gestures/zoom.js');
type Details = typeof import('./details.js');
type Story = typeof import('./story.js');

export class TimelineChunks {
  /** d3-zoom's attachment, once loaded; the grab cursor shows from then on. */
  gestures: Gestures | null = $state.raw(null);
  details: Details | null = $state.raw(null);
  story: Story | null = $state.raw(null);
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

  loadGestures(): void {
    this.#fetch(
      'gestures',
      () => import('../gestures/zoom.js'),
      (module) => (this.gestures = module)
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
