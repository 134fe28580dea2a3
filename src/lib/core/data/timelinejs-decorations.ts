/**
 * What TimelineJS shows beside a slide's dates and text (its display date, its group, its media), as the
 * event's fields: shared by the JSON converter (timelinejs.ts) and the spreadsheet's (timelinejs-sheet.ts).
 */
import { slug } from './slug.js';

/** Why what TimelineJS shows and the timeline cannot is left out: said in a notice at its row or slide. */
export const LEFT_OUT = {
  time: 'the timeline places events by the day at the finest; the day is kept',
  thumbnail: 'the timeline’s marks carry no pictures; the media itself is kept',
  background: 'the timeline draws every event on the same background'
};

/** What TimelineJS shows beside a slide's dates and text, as the event's fields. */
export interface Decorations {
  displayDate: string;
  group: string;
  /** The media URL, already checked to be http(s) (`hostOf`). */
  url?: string;
  credit: string;
  caption: string;
  alt: string;
}

/**
 * A slide's or a row's display date, group and media as the event's `displayDate`, `group` and `media`,
 * each only when it says something.
 *
 * decorations({ displayDate: 'Spring 1969', group: 'Space', credit: 'NASA', caption: '', alt: '' })
 *   → { displayDate: { en: 'Spring 1969' }, group: { en: 'Space' }, media: { credit: 'NASA' } }
 */
export function decorations({ displayDate, group, ...media }: Decorations): Record<string, unknown> {
  const given = Object.fromEntries(Object.entries(media).filter(([, value]) => value));
  return {
    ...(displayDate ? { displayDate: { en: displayDate } } : {}),
    ...(group ? { group: { en: group } } : {}),
    ...(Object.keys(given).length ? { media: given } : {})
  };
}

/** A TimelineJS timeline's parts, from its JSON or its spreadsheet, as the project's dataset. */
export function timelineDataset(
  title: string,
  description: string | null | undefined,
  episodes: Record<string, unknown>[],
  sources: Record<string, unknown>[],
  events: Record<string, unknown>[]
): Record<string, unknown> {
  return {
    title: { en: title },
    ...(description ? { description: { en: description } } : {}),
    ...(episodes.length ? { episodes } : {}),
    sources,
    events
  };
}

/** A slide or a row, read: what `slideEvent` makes an event of. */
export interface Slide {
  id: string;
  start: string;
  end: string;
  headline: string;
  /** The text, or the headline when there is none: the event's summary and its one quote. */
  summary: string;
  /** The timeline's title: the source of a slide without a media credit or URL. */
  title: string;
  /** The media URL's host, when `decorations.url` is an http(s) address. */
  host: string | undefined;
  decorations: Decorations;
}

/**
 * A slide or a row as the project's event: its text is its quote, cited to a source made from its media
 * credit or URL host (or the timeline itself), added to `sources` when new (then `added` is true).
 */
export function slideEvent(
  { id, start, end, headline, summary, title, host, decorations: shown }: Slide,
  sources: Map<string, Record<string, unknown>>
): { event: Record<string, unknown>; added: boolean } {
  const { url, credit, caption } = shown;
  const sourceId = slug(credit || host || title);
  const added = !sources.has(sourceId);
  if (added) {
    sources.set(sourceId, {
      id: sourceId,
      outlet: credit || host || title,
      title: caption || credit || title,
      language: 'und',
      ...(url ? { url } : {})
    });
  }
  const event = {
    id,
    start,
    ...(end && end !== start ? { end } : {}),
    title: { en: headline || summary.slice(0, 80) },
    summary: { en: summary },
    category: 'report',
    sources: [{ source: sourceId, quote: summary, translation: summary }],
    ...decorations(shown)
  };
  return { event, added };
}
