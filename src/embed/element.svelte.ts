/**
 * `<news-timeline>`: the timeline as a custom element for any page. Its shadow root keeps the host's CSS
 * out and its own in; its styles are one constructed stylesheet (adoptedStyleSheets), which a strict
 * Content-Security-Policy allows where `<style>` elements and style attributes are refused. Everything it
 * loads comes from beside this script unless `src` says otherwise.
 */
import { mount, unmount } from 'svelte';
import { isLocale, type Locale } from '../lib/core/time/dates.js';
import { readUrlState, writeUrlState } from '../lib/core/url-state.js';
import { fetchEarly } from '../lib/data/load.js';
import { cssHeight, DEFAULT_HEIGHT, remoteMedia, resolveSrc } from './attributes.js';
import Embed from './Embed.svelte';
import { sharePath } from '../lib/core/share.js';
import { DEFAULT_SRC, preloadReader, SITE_ROOT, trustedFingerprint } from './trusted.js';
// The palette as :host custom properties; the build moves it, with every component's CSS, into STYLES.
import '../lib/theme.css';

/** Replaced at build time by the compiled CSS of every component (see vite.embed.config.ts). */
declare const __NEWS_TIMELINE_CSS__: string;

let sheet: CSSStyleSheet | undefined;
/** One stylesheet, shared by every instance on the page. */
function stylesheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(__NEWS_TIMELINE_CSS__);
  }
  return sheet;
}

let instances = 0;

interface EmbedProps {
  /** The dataset's URL, resolved against the page (or the attribute as it is, when it is no URL). */
  src: string;
  lang: Locale;
  event: string | null;
  height: string;
  /** `media="remote"`: events' media as images from their hosts. */
  remoteMedia: boolean;
  idPrefix: string;
  onselect: (id: string | null) => void;
  shareUrl: (id: string, locale: Locale) => string | null;
}

export class NewsTimelineElement extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'event', 'theme', 'height', 'deep-link', 'media'];

  #props: EmbedProps = $state({
    src: DEFAULT_SRC,
    lang: 'en',
    event: null,
    height: `${DEFAULT_HEIGHT}px`,
    remoteMedia: false,
    idPrefix: `news-timeline-${++instances}`,
    onselect: (id) => this.#selected(id),
    shareUrl: (id, locale) => this.#shareUrl(id, locale)
  });
  #app: { fit(): void; open(id: string | null): void } | undefined;
  /** The `height` attribute last applied. */
  #height: string | null = null;
  #onHashChange = () => this.#readHash();

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    if (this.#app) return;
    const root = this.shadowRoot!;
    root.adoptedStyleSheets = [stylesheet()];
    for (const name of NewsTimelineElement.observedAttributes) this.#apply(name, this.getAttribute(name));
    if (this.#deepLinkKey) {
      this.#readHash();
      window.addEventListener('popstate', this.#onHashChange);
      window.addEventListener('hashchange', this.#onHashChange);
    }
    // Before mounting: the shell asks for the data, the reader and the validator only once mounted.
    const src = resolveSrc(this.#props.src);
    if (src !== null) fetchEarly(new URL(src));
    if (trustedFingerprint(this.#props.src) === undefined) preloadReader();
    this.#app = mount(Embed, { target: root, props: this.#props });
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onHashChange);
    window.removeEventListener('hashchange', this.#onHashChange);
    if (this.#app) {
      void unmount(this.#app);
      this.#app = undefined;
    }
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    this.#apply(name, value);
  }

  #apply(name: string, value: string | null): void {
    const props = this.#props;
    if (name === 'src') props.src = value ? (resolveSrc(value, document.baseURI) ?? value) : DEFAULT_SRC;
    else if (name === 'lang') props.lang = isLocale(value) ? value : 'en';
    else if (name === 'event') props.event = value || null;
    else if (name === 'media') props.remoteMedia = remoteMedia(value);
    // Once per value: an upgraded element meets its attributes twice (attributeChanged, then connected).
    else if (name === 'height' && value !== this.#height) {
      this.#height = value;
      props.height = cssHeight(value);
    }
  }

  /** The fragment key this instance reads and writes, when deep links are on (`deep-link` or `deep-link="key"`). */
  get #deepLinkKey(): string | null {
    if (!this.hasAttribute('deep-link')) return null;
    return this.getAttribute('deep-link') || 'event';
  }

  #readHash(): void {
    const key = this.#deepLinkKey;
    if (key) this.#props.event = readUrlState(location.hash, { event: key, lang: null }).event ?? null;
  }

  #selected(id: string | null): void {
    const key = this.#deepLinkKey;
    if (key && (readUrlState(location.hash, { event: key, lang: null }).event ?? null) !== id) {
      const hash = writeUrlState(location.hash, { event: id ?? undefined }, { event: key, lang: null });
      history.pushState(history.state, '', hash || location.pathname + location.search);
    }
    const url = id === null ? null : this.#shareUrl(id, this.#props.lang);
    this.dispatchEvent(new CustomEvent('select', { detail: { id, url }, bubbles: true, composed: true }));
  }

  /**
   * The address to share for an event: its own page on the site, for the curated dataset (the only one
   * with pages); for any other `src`, the host page opened at the event when this element keeps its
   * events in the address (`deep-link`), else none, as no other address would open it.
   */
  #shareUrl(id: string, locale: Locale): string | null {
    if (this.#props.src === DEFAULT_SRC) return new URL(sharePath(id, locale), SITE_ROOT).href;
    const key = this.#deepLinkKey;
    if (!key) return null;
    const hash = writeUrlState(location.hash, { event: id }, { event: key, lang: null });
    return new URL(hash || '#', location.href).href;
  }

  /** Opens an event by id (or closes the panel with null). */
  select(id: string | null): void {
    if (this.#app) this.#app.open(id);
    else this.#props.event = id;
  }

  /** Zooms out to show every event. */
  fit(): void {
    this.#app?.fit();
  }
}

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimelineElement;
  }
}
