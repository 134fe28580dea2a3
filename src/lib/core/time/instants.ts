/**
 * Dates a reader reads beyond an event's own: an instant on the overview strip, a source's publication.
 * Out of dates.ts because neither is drawn with the first events (the overview strip and the sources are
 * chunks that follow them), and a module on the start path goes into the first script whole.
 */
import { CALENDAR_END, CALENDAR_START } from './deep.js';
import { DAY_MS, formatDate, formatEventDate, formatYear, utcMs, yearAt, type Locale } from './dates.js';

/**
 * The UTC calendar day of an instant, formatted like a day-precision date (no zone is read).
 *
 * formatInstant(Date.UTC(2019, 3, 25, 23), 'en') → "25 April 2019"
 */
export function formatInstant(ms: number, locale: Locale): string {
  // Beyond the calendar only the year is known (deep.ts).
  if (ms < CALENDAR_START || ms >= CALENDAR_END) return formatYear(yearAt(ms), locale);
  const date = new Date(ms);
  const start = utcMs(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return formatDate(
    {
      iso: '',
      precision: 'day',
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      start,
      end: start + DAY_MS
    },
    locale
  );
}

/**
 * When a source was published, as a reader reads it.
 *
 * formatPublished({ date: '2019-04-24', approximate: true }, 'en') → "about 24 April 2019"
 */
export function formatPublished(published: { date: string; approximate?: boolean }, locale: Locale): string {
  return formatEventDate({ start: published.date, approximate: published.approximate }, locale);
}
