/**
 * The element's attributes as values it can use, parsed and checked: a page's attribute is input like
 * any other. Only a length reaches the element's CSS — `height="1px;background:url(//elsewhere)"`
 * must not become a style — and only a URL reaches `fetch`.
 */

export const DEFAULT_HEIGHT = 480;

/**
 * A CSS length as the attribute may give it: a number (pixels), or a number with one of these units.
 * Nothing else: no `calc()`, no `var()`, no semicolons, no second declaration.
 */
const LENGTH =
  /^(?:\d+(?:\.\d+)?|\.\d+)(?:px|em|rem|ex|ch|lh|rlh|vh|vw|vmin|vmax|svh|lvh|dvh|cm|mm|in|pt|pc|%)?$/i;

/**
 * `height="480"` is pixels; `30rem`, `60vh`, `100%` are taken as they are. Anything else is ignored
 * (the default height is kept) with a warning that names the attribute and its value.
 *
 * cssHeight('480') → '480px'; cssHeight('1px;background:red') → '480px', and a console warning
 */
export function cssHeight(value: string | null, warn: (message: string) => void = console.warn): string {
  const text = value?.trim() ?? '';
  if (text === '') return `${DEFAULT_HEIGHT}px`;
  if (!LENGTH.test(text)) {
    warn(
      `<news-timeline>: height=${JSON.stringify(value)} is ignored: give a number of pixels or a CSS length such as 480px, 30rem or 60vh.`
    );
    return `${DEFAULT_HEIGHT}px`;
  }
  return /\d$/.test(text) ? `${text}px` : text;
}

/**
 * `media="remote"`: the host allows an event's media to be shown as an image, fetched from the media's
 * own host (a request elsewhere, so off unless asked). Any other value leaves it off: its caption,
 * credit and a link.
 *
 * remoteMedia('remote') → true; remoteMedia(null) → false; remoteMedia('yes') → false (exactly, as HTML's
 * keyword attributes are written)
 */
export const remoteMedia = (value: string | null): boolean => value === 'remote';

/**
 * The `src` attribute resolved against the page (or absolute already), or null when it is no URL
 * (`"http://"`): that becomes a failure the reader sees, not an exception in the page's console.
 *
 * resolveSrc('data/timeline.json', 'https://blog.example/post/') → 'https://blog.example/post/data/timeline.json'
 */
export function resolveSrc(value: string, base?: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
