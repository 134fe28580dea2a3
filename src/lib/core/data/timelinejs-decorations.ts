/**
 * What TimelineJS shows beside a slide's dates and text (its display date, its group, its media), as the
 * event's fields: shared by the JSON converter (timelinejs.ts) and the spreadsheet's (timelinejs-sheet.ts).
 */

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
