/**
 * The curated dataset the embed's build validated and shipped beside the script, and its fingerprint
 * (vite.embed.config.ts defines it; other builds leave it undefined and validate every dataset).
 */
import type { Trusted } from '../lib/core/data/fingerprint.js';

declare const __NEWS_TIMELINE_TRUSTED__: Trusted | undefined;
/** Written into the script by vite.embed.config.ts (readerImports): see `preloadReader`. */
declare const __NEWS_TIMELINE_READER_IMPORTS__: string[] | undefined;

/** The curated dataset, built beside this script. */
export const DEFAULT_SRC = new URL(/* @vite-ignore */ './timeline.json', import.meta.url).href;

/**
 * The site this script belongs to: the script is served at `<site>/embed/news-timeline.js`, so the
 * site's root, where the events' own pages are, is one folder up.
 */
export const SITE_ROOT = new URL(/* @vite-ignore */ '../', import.meta.url).href;

const TRUSTED: Trusted | undefined =
  typeof __NEWS_TIMELINE_TRUSTED__ === 'object' ? __NEWS_TIMELINE_TRUSTED__ : undefined;

/**
 * The fingerprint to check a dataset against: only the shipped one can match, so any other URL gets
 * none, and the loader fetches the validator beside the data instead of after it.
 */
export function trustedFingerprint(src: string): Trusted | undefined {
  return src === DEFAULT_SRC ? TRUSTED : undefined;
}

/**
 * Starts fetching, as the element connects, the reader's and the validator's chunks and the chunks they
 * import: small modules that other chunks share, so each is a file of its own. A bundler's app build
 * preloads a chunk's imports with it; a library build does not, and the browser would learn of them only
 * when the reader and the validator had arrived: one more round trip before the first events of any
 * dataset but the shipped one. A dynamic `import()` of each (they run nothing but definitions) puts them
 * in the module map, where the loader's own imports find them, and touches nothing of the host page's.
 * The list is the build's, by file name beside this script; other builds have none.
 */
export function preloadReader(): void {
  const files = typeof __NEWS_TIMELINE_READER_IMPORTS__ === 'object' ? __NEWS_TIMELINE_READER_IMPORTS__ : [];
  for (const file of files) {
    import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => {
      // Reported, if it matters, where the reader imports it.
    });
  }
}

/**
 * The site's page on hosting the embed (the README's section, src/routes/hosting/), beside the embed's
 * folder: where the element's CORS failure links, on the site that serves the script.
 */
export const HOSTING_HELP = new URL('hosting/', SITE_ROOT).href;
