/**
 * The curated dataset the embed's build validated and shipped beside the script, and its fingerprint
 * (vite.embed.config.ts defines it; other builds leave it undefined and validate every dataset).
 */
declare const __NEWS_TIMELINE_TRUSTED__: string | undefined;

/** The curated dataset, built beside this script. */
export const DEFAULT_SRC = new URL(/* @vite-ignore */ './timeline.json', import.meta.url).href;

/**
 * The site this script belongs to: the script is served at `<site>/embed/news-timeline.js`, so the
 * site's root, where the events' own pages are, is one folder up.
 */
export const SITE_ROOT = new URL(/* @vite-ignore */ '../', import.meta.url).href;

const TRUSTED: string | undefined =
  typeof __NEWS_TIMELINE_TRUSTED__ === 'string' ? __NEWS_TIMELINE_TRUSTED__ : undefined;

/**
 * The fingerprint to check a dataset against: only the shipped one can match, so any other URL gets
 * none, and the loader fetches the validator beside the data instead of after it.
 */
export function trustedFingerprint(src: string): string | undefined {
  return src === DEFAULT_SRC ? TRUSTED : undefined;
}
