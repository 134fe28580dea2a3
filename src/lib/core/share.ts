/**
 * One page per event, for sharing: where it lives in each language, and what a link preview reads from
 * its head (the canonical address, Open Graph and Twitter card tags). Pure: the site's origin is given,
 * never read here, so the pages, the sitemap, the panel's "Copy link" and the element agree on one shape.
 */
import type { Locale } from './time/dates.js';

/** The share image's size: what Open Graph and Twitter's large card show without cropping. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** Open Graph's names for the two languages. */
const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', id: 'id_ID' };

/**
 * Where an event's page lives, relative to the site's root: English at `event/<id>/`, Indonesian under
 * `id/`, so each language has an address of its own that a preview can read without scripts.
 *
 * sharePath('hanoi', 'id') → "id/event/hanoi/"
 */
export function sharePath(id: string, locale: Locale): string {
  return `${locale === 'id' ? 'id/' : ''}event/${encodeURIComponent(id)}/`;
}

/**
 * An event page's absolute address, from the site's root (which ends in a slash: a root without one
 * would lose its last folder).
 *
 * shareUrl('https://example.org/timeline/', 'hanoi', 'en') → "https://example.org/timeline/event/hanoi/"
 */
export function shareUrl(root: string, id: string, locale: Locale): string {
  return new URL(sharePath(id, locale), root.endsWith('/') ? root : `${root}/`).href;
}

/**
 * A text cut to at most `max` characters at the end of a word, with an ellipsis when cut, so a preview
 * never shows half a word. A single word longer than `max` is cut inside it, as nothing else fits.
 *
 * cutAtWord('Kim arrives in Vladivostok', 20) → "Kim arrives in…"
 */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const kept = space > 0 ? room.slice(0, space) : room;
  // No dangling comma or dash before the ellipsis.
  return `${kept.replace(/[\s,;:–—-]+$/, '')}…`;
}

export interface ShareMetaInput {
  /** The site's root, absolute, ending in a slash. */
  root: string;
  id: string;
  locale: Locale;
  /** The event's title in `locale`. */
  title: string;
  /** The event's date as the page shows it. */
  date: string;
  /** The event's summary in `locale`. */
  summary: string;
  /** The site's name, for `og:site_name`. */
  siteName: string;
}

export interface ShareMeta {
  canonical: string;
  /** `<link rel="alternate" hreflang>` for every language, this one included. */
  alternates: { hreflang: Locale | 'x-default'; href: string }[];
  title: string;
  description: string;
  /** `<meta property=…>` (Open Graph) and `<meta name=…>` (Twitter) pairs, in order. */
  tags: ({ property: string; content: string } | { name: string; content: string })[];
}

/** The description a preview shows: the date, then the summary, short enough not to be cut by it. */
export const DESCRIPTION_LENGTH = 200;

/**
 * Everything an event page's head says about it. The image sits beside the page (`share.png`).
 *
 * shareMeta({ root: 'https://example.org/', id: 'hanoi', locale: 'en', … }).canonical → "https://example.org/event/hanoi/"
 */
export function shareMeta(input: ShareMetaInput): ShareMeta {
  const { root, id, locale } = input;
  const canonical = shareUrl(root, id, locale);
  const image = new URL('share.png', canonical).href;
  // "About 18 April 2019. …": the date opens the sentence, so it takes a capital.
  const date = input.date.charAt(0).toUpperCase() + input.date.slice(1);
  const description = cutAtWord(`${date}. ${input.summary}`, DESCRIPTION_LENGTH);
  const other: Locale = locale === 'en' ? 'id' : 'en';
  const alternates: ShareMeta['alternates'] = [
    { hreflang: 'en', href: shareUrl(root, id, 'en') },
    { hreflang: 'id', href: shareUrl(root, id, 'id') },
    { hreflang: 'x-default', href: shareUrl(root, id, 'en') }
  ];
  return {
    canonical,
    alternates,
    title: input.title,
    description,
    tags: [
      { property: 'og:type', content: 'article' },
      { property: 'og:site_name', content: input.siteName },
      { property: 'og:title', content: input.title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: canonical },
      { property: 'og:locale', content: OG_LOCALE[locale] },
      { property: 'og:locale:alternate', content: OG_LOCALE[other] },
      { property: 'og:image', content: image },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(SHARE_IMAGE.width) },
      { property: 'og:image:height', content: String(SHARE_IMAGE.height) },
      { property: 'og:image:alt', content: `${input.title} (${input.date})` },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: input.title },
      { name: 'twitter:description', content: description },
      { name: 'twitter:image', content: image }
    ]
  };
}

/**
 * The site's root from `SITE_URL` (what the build was told), or the default: an absolute http(s)
 * address, its path ending in a slash. A wrong value stops the build with its name, not a page of
 * broken links.
 *
 * siteRoot('https://example.org/timeline') → "https://example.org/timeline/"
 */
export function siteRoot(value: string | undefined, fallback: string): string {
  const given = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL: "${given}" is not an absolute URL (e.g. https://example.org/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${given}" must start with https:// or http://`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL: "${given}" must have no ?query or #fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
