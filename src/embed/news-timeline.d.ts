// Types for build/embed/news-timeline.js: `<news-timeline>`, its attributes, methods and event.
// Shipped beside the script; reference it with /// <reference path="…/news-timeline.d.ts" /> or copy it.

export interface NewsTimelineSelectDetail {
  /** The opened event's id, or null when the reader closed the panel. */
  id: string | null;
  /**
   * The address to share the opened event by, or null. With the curated dataset (no `src`): the event's
   * own page on the site the script comes from (`<site>/event/<id>/`, `<site>/id/event/<id>/` with
   * `lang="id"`). With a dataset of your own: this page opened at the event (`…#event=<id>`) when the
   * element has `deep-link`, else null.
   */
  url: string | null;
}

export declare class NewsTimelineElement extends HTMLElement {
  static observedAttributes: string[];
  /** Opens an event by id (null closes the panel). */
  select(id: string | null): void;
  /** Zooms out to show every event. */
  fit(): void;
  addEventListener<K extends keyof NewsTimelineEventMap>(
    type: K,
    listener: (this: NewsTimelineElement, event: NewsTimelineEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions
  ): void;
}

export interface NewsTimelineEventMap extends HTMLElementEventMap {
  select: CustomEvent<NewsTimelineSelectDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimelineElement;
  }
}
