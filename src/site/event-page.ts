/**
 * What the share pages and their images are made of, read from the curated dataset at build time:
 * every event id (the prerendered entries), and one event's words in a language.
 */
import { eventSummary } from '../lib/core/data/event-text.js';
import { sourcesById } from '../lib/core/data/events.js';
import type { TimelineEvent } from '../lib/core/data/schema.js';
import { localize } from '../lib/core/i18n/index.js';
import { siteMessages } from '../lib/core/i18n/site.js';
import { shareImageText, type ShareImageText } from '../lib/core/share-image.js';
import { shareMeta, siteRoot, type ShareMeta } from '../lib/core/share.js';
import { formatEventDate, type Locale } from '../lib/core/time/dates.js';
import { formatPublished } from '../lib/core/time/instants.js';
import type { LoadedDataset } from '../lib/data/read.js';
import events from '../../data/events.json';
// Indonesian month names for formatEventDate, as the site's pages load them.
import '../lib/core/i18n/id.js';

/**
 * The address the site is served at, for the absolute URLs previews need: `SITE_URL` when the build is
 * given one, else the address `npm run preview` serves, so that a local build's links work locally.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';
export const SITE_ROOT = siteRoot(process.env.SITE_URL, DEFAULT_SITE_URL);

/** Every event's id, for the routes' `entries`: one page and one image per event and language. */
export function eventIds(): { id: string }[] {
  return (events as { events: { id: string }[] }).events.map(({ id }) => ({ id }));
}

/** The event with this id; a missing one stops the build with its name and the file it is not in. */
export function findEvent(loaded: LoadedDataset, id: string): TimelineEvent {
  const event = loaded.dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`data/events.json: no event has the id "${id}"`);
  return event;
}

/** The head of an event's page in a language. */
export function eventMeta(event: TimelineEvent, locale: Locale): ShareMeta {
  return shareMeta({
    root: SITE_ROOT,
    id: event.id,
    locale,
    title: localize(event.title, locale).text,
    date: formatEventDate(event, locale),
    summary: localize(eventSummary(event), locale).text,
    siteName: siteMessages(locale).title
  });
}

/** The texts of an event's share image: the quote in the image's language, with its outlet. */
export function eventImageText(loaded: LoadedDataset, event: TimelineEvent, locale: Locale): ShareImageText {
  const citation = event.sources[0];
  const source = citation && sourcesById(loaded.dataset.sources).get(citation.source);
  return shareImageText({
    site: siteMessages(locale).title,
    date: formatEventDate(event, locale),
    title: localize(event.title, locale).text,
    // An English card shows the editors' translation; an Indonesian one the article's own words.
    quote: citation && (locale === 'id' ? citation.quote : citation.translation),
    outlet: source?.outlet,
    published: source?.published && formatPublished(source.published, locale),
    // The words in quotation marks are ours, not the outlet's: the card says so.
    translated: locale === 'id' || !citation ? undefined : 'translated from Indonesian'
  });
}
