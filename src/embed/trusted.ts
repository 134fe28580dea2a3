/**
 * The curated dataset the embed's build validated and shipped beside the script, and its fingerprint
 * (vite.embed.config.ts defines it; other builds leave it undefined and validate every dataset).
 */
import type { Trusted } from '../lib/core/data/fingerprint.js';

declare const __NEWS_TIMELINE_TRUSTED__: Trusted | undefined;

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
 * The site's page on hosting the embed (the README's section, src/routes/hosting/), beside the embed's
 * folder: where the element's CORS failure links, on the site that serves the script.
 */
export const HOSTING_HELP = new URL('hosting/', SITE_ROOT).href;
