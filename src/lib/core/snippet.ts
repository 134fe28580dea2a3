/**
 * The snippets a blogger pastes: the element with its script, or the iframe with its resize script.
 * Written here once for the Embed dialog and the authoring page. Every value is escaped for an HTML
 * attribute: ids and names are data.
 */

import { escapeHtml as attr } from './html.js';

export interface SnippetOptions {
  /** The folder the embed is served from, ending in a slash: `https://site.example/embed/`. */
  base: string;
  /** A dataset of one's own, relative to the blog post (the curated one when absent). */
  src?: string;
  lang?: string;
  event?: string | null;
  height?: number;
  /**
   * A link the page shows in the element's place until its script runs — and for good, if the script
   * cannot run (no JavaScript, or a host that refuses it to other sites: see README, "Hosting the embed").
   */
  fallback?: { href: string; text: string };
}

/** The element's fallback link, as its content: hidden by the shadow root once the script runs. */
const fallbackLink = (fallback: SnippetOptions['fallback']) =>
  fallback ? `<a href="${attr(fallback.href)}">${attr(fallback.text)}</a>` : '';

/**
 * elementSnippet({ base: 'https://s.example/embed/', lang: 'id' })
 *   → '<script type="module" src="https://s.example/embed/news-timeline.js"></script>\n<news-timeline lang="id" …'
 */
export function elementSnippet({ base, src, lang, event, height = 480, fallback }: SnippetOptions): string {
  const attributes = [
    src ? ` src="${attr(src)}"` : '',
    lang ? ` lang="${attr(lang)}"` : '',
    event ? ` event="${attr(event)}"` : ''
  ].join('');
  return (
    `<script type="module" src="${attr(base)}news-timeline.js"></` +
    `script>\n<news-timeline${attributes} style="display:block;height:${height}px">${fallbackLink(fallback)}</news-timeline>`
  );
}

/**
 * iframeSnippet({ base: 'https://s.example/embed/', lang: 'en', title: 'Timeline' })
 *   → '<iframe src="https://s.example/embed/?lang=en" title="Timeline" …></iframe>\n<script src="…resize.js"></script>'
 */
export function iframeSnippet({ base, lang, event, title }: SnippetOptions & { title: string }): string {
  const params = new URLSearchParams();
  if (lang) params.set('lang', lang);
  if (event) params.set('event', event);
  const query = params.size > 0 ? `?${params}` : '';
  return (
    `<iframe src="${attr(`${base}${query}`)}" title="${attr(title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>\n` +
    `<script src="${attr(base)}resize.js"></` +
    'script>'
  );
}
