/**
 * Dates that carry their precision. A dataset writes `"2002"`, `"2019-02"` or `"2019-04-25"`; the shape
 * says whether the article gave a year, a month or a day, and the timeline must not pretend to know more.
 *
 * Everything here is in UTC and pure: no `new Date(string)` (its parsing differs across engines and reads
 * the machine's zone), no current time. Calendar arithmetic is done on UTC milliseconds; the names of
 * the months, in English and Indonesian, are dayjs's: the data of its `en` locale, here, and of its `id`
 * locale, which the Indonesian words' module hands over when it is loaded (`addMonthNames`). Only the
 * data: dayjs's core, which its `id` module imports to register itself, comes only with Indonesian.
 */
import enLocale from 'dayjs/locale/en.js';
import { CALENDAR_END, CALENDAR_START, deepWords } from './deep.js';

/**
 * The ISO shapes a date may take; the shape is the precision. A leading minus is a year before year 1
 * (astronomical numbering: `0000` is 1 BCE, `-0500` is 501 BCE). A year of five to twelve digits is deep
 * time (deep.ts): the pattern lets a month or a day follow it only so that parseDate can say why not.
 */
export const DATE_PATTERN = /^-?\d{4,12}(?:-\d{2}(?:-\d{2})?)?$/;
const DEEP_DATE = /^-?\d{5}/;

export type Precision = 'year' | 'month' | 'day';
export type Locale = 'en' | 'id';
export const LOCALES: readonly Locale[] = ['en', 'id'];

/** A calendar date as written, with the span of time it covers. */
export interface DateSpan {
  /** The string as given, e.g. `"2019-04"`. */
  iso: string;
  precision: Precision;
  year: number;
  /** 1–12, when the precision is month or day. */
  month?: number;
  /** 1–31, when the precision is day. */
  day?: number;
  /** First millisecond covered, UTC. */
  start: number;
  /** First millisecond after the span, UTC (exclusive). */
  end: number;
}

export class DateError extends Error {
  override name = 'DateError';
}

/** Whether a string names a language the interface speaks. isLocale('id') → true; isLocale('fr') → false */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** A dayjs locale's month names, and the short ones where it has them. */
interface MonthNames {
  months?: string[];
  monthsShort?: string[];
}

const monthNames: Partial<Record<Locale, MonthNames>> = { en: enLocale };

/**
 * Gives the dates a language's month names, from a dayjs locale: i18n/id.ts hands over dayjs's own `id`
 * locale when it is loaded, so that an English page never downloads it (nor dayjs, which it imports).
 */
export function addMonthNames(locale: Locale, data: MonthNames): void {
  monthNames[locale] = data;
}

/**
 * The month names for a language. Refused, rather than quietly English, for one not loaded: the reader
 * never gets English month names where Indonesian was asked for.
 */
function dayjsLocale(locale: Locale): { months: string[]; monthsShort?: string[] } {
  const data = monthNames[locale];
  if (!data?.months) {
    throw new Error(
      `the ${locale} month names are not loaded: import the ${locale} messages (i18n/${locale}.ts)`
    );
  }
  return data as { months: string[]; monthsShort?: string[] };
}

/**
 * Milliseconds since the epoch for a UTC calendar day. `Date.UTC` maps years 0–99 to 1900–1999, so the
 * year is set separately; this keeps years such as 0050 and -0500 (501 BCE) where they belong.
 *
 * utcMs(2019, 4, 25) → 1556150400000
 */
export function utcMs(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * Parses one of the accepted shapes strictly, or throws a `DateError` that says what is wrong.
 *
 * parseDate('2019-04') → { precision: 'month', year: 2019, month: 4, start: Apr 1, end: May 1, … }
 * parseDate('2019-02-30') → throws "2019-02-30 is not a date in the calendar: February 2019 has 28 days"
 */
export function parseDate(iso: string): DateSpan {
  const known = parsed.get(iso);
  if (known) return known;
  const span = parseUncached(iso);
  // Datasets repeat dates (100,000 events fall on a few thousand days): parse each string once.
  if (parsed.size >= 65_536) parsed.clear();
  parsed.set(iso, Object.freeze(span));
  return span;
}

const parsed = new Map<string, DateSpan>();

function parseUncached(iso: string): DateSpan {
  if (typeof iso !== 'string' || !DATE_PATTERN.test(iso)) {
    throw new DateError(`${JSON.stringify(iso)} is not a date of the shape YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (DEEP_DATE.test(iso)) {
    // Deep years are read by deep-words.ts, which the reader and the validator install.
    const words = deepWords();
    if (!words) throw new DateError(`${iso} needs installDeepTime()`);
    return words.span(iso);
  }
  const negative = iso.startsWith('-');
  const [yearText, monthText, dayText] = (negative ? iso.slice(1) : iso).split('-');
  const year = (negative ? -1 : 1) * Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);

  if (month !== undefined && (month < 1 || month > 12)) {
    throw new DateError(`${iso} is not a date in the calendar: the month must be 01 to 12`);
  }
  if (month !== undefined && day !== undefined) {
    const days = Math.round((utcMs(year, month + 1, 1) - utcMs(year, month, 1)) / DAY_MS);
    if (day < 1 || day > days) {
      throw new DateError(
        `${iso} is not a date in the calendar: ${monthName(month, 'en')} ${formatYear(year, 'en')} has ${days} days`
      );
    }
    const start = utcMs(year, month, day);
    return { iso, precision: 'day', year, month, day, start, end: start + DAY_MS };
  }
  if (month !== undefined) {
    return {
      iso,
      precision: 'month',
      year,
      month,
      start: utcMs(year, month, 1),
      end: month === 12 ? utcMs(year + 1, 1, 1) : utcMs(year, month + 1, 1)
    };
  }
  return { iso, precision: 'year', year, start: utcMs(year, 1, 1), end: utcMs(year + 1, 1, 1) };
}

export const DAY_MS = 86_400_000;
/** The mean Gregorian year and month: for lengths of time, never for calendar arithmetic. */
export const YEAR_MS = 365.2425 * DAY_MS;
export const MONTH_MS = YEAR_MS / 12;

/**
 * The year an instant falls in, beyond the calendar too (deep-words.ts): yearAt(Date.UTC(2019, 3)) → 2019
 */
export const yearAt = (ms: number): number =>
  ms < CALENDAR_START || ms >= CALENDAR_END
    ? (deepWords()?.yearAt(ms) ?? NaN)
    : new Date(ms).getUTCFullYear();

/** The problem with a date string, or `null` when it is a valid date. */
export function dateProblem(iso: unknown): string | null {
  try {
    parseDate(iso as string);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * "2019", "500", "501 BCE" (en) / "501 SM" (id): years before 1 count back from 1 BCE = year 0. Once deep
 * time's words are installed (deep-words.ts, by the validator), years read as people read them, with at
 * most `digits` significant digits from a million on: "10,000 BCE", "66 million years ago", "13,8 miliar
 * tahun lalu", "1 million CE".
 */
export function formatYear(year: number, locale: Locale, digits?: number): string {
  const words = deepWords();
  if (words) return words.year(year, locale, digits);
  if (year > 0) return String(year);
  return `${1 - year} ${locale === 'id' ? 'SM' : 'BCE'}`;
}

/** A count of years, months…: "8", "12,000", "9.2 billion" once deep time's words are installed. */
export function formatCount(count: number, locale: Locale): string {
  return deepWords()?.count(count, locale) ?? String(count);
}

/** monthName(8, 'id') → "Agustus" */
export function monthName(month: number, locale: Locale): string {
  return dayjsLocale(locale).months[month - 1] ?? '';
}

/**
 * The short month name a language's dayjs locale gives, or, where it gives none (English), the first
 * three letters, as dayjs's own `MMM` does: shortMonthName(8, 'id') → "Agt" (not "Agu").
 */
export function shortMonthName(month: number, locale: Locale): string {
  const data = dayjsLocale(locale);
  return data.monthsShort?.[month - 1] ?? data.months[month - 1]?.slice(0, 3) ?? '';
}

/**
 * Formats a date by its precision, never claiming more than it knows.
 *
 * formatDate('2019-04-25', 'en') → "25 April 2019"; formatDate('2019-02', 'id') → "Februari 2019";
 * formatDate('2002', 'en') → "2002"
 */
export function formatDate(date: string | DateSpan, locale: Locale): string {
  const span = typeof date === 'string' ? parseDate(date) : date;
  const year = formatYear(span.year, locale);
  if (span.precision === 'year') return year;
  const month = monthName(span.month!, locale);
  if (span.precision === 'month') return `${month} ${year}`;
  return `${span.day} ${month} ${year}`;
}

/**
 * Formats a start and optional end, sharing what they have in common.
 *
 * formatRange('2019-04-26', '2019-04-27', 'en') → "26–27 April 2019"
 * formatRange('2018-03', '2019-04', 'en') → "March 2018 – April 2019"
 */
export function formatRange(start: string, end: string | undefined, locale: Locale): string {
  const first = parseDate(start);
  if (end === undefined || end === start) return formatDate(first, locale);
  const last = parseDate(end);
  if (first.precision === 'year' && last.precision === 'year') {
    if (first.year === last.year) return formatYear(first.year, locale);
    const [from, to] = [formatYear(first.year, locale), formatYear(last.year, locale)];
    // "2002–2019", but "66 million years ago – 23 million years ago": a dash between words is spaced.
    return /\s/.test(from + to) ? `${from} – ${to}` : `${from}–${to}`;
  }
  // Within one year, the year is said once: "26–27 April 2019", "February – 27 April 2019".
  if (first.year === last.year && first.precision !== 'year' && last.precision !== 'year') {
    if (first.precision === 'day' && last.precision === 'day' && first.month === last.month) {
      return `${first.day}–${formatDate(last, locale)}`;
    }
    const month = monthName(first.month!, locale);
    return `${first.precision === 'day' ? `${first.day} ${month}` : month} – ${formatDate(last, locale)}`;
  }
  return `${formatDate(first, locale)} – ${formatDate(last, locale)}`;
}

const APPROXIMATELY: Record<Locale, string> = { en: 'about', id: 'sekitar' };

/**
 * An event's date as a reader sees it: the range, marked when it was inferred.
 *
 * formatEventDate({ start: '2019-04-18', approximate: true }, 'en') → "about 18 April 2019"
 */
export function formatEventDate(
  event: { start: string; end?: string; approximate?: boolean; displayDate?: { en: string; id?: string } },
  locale: Locale
): string {
  // The label the data gives ("Spring 1969") is what a reader sees; `start` and `end` still place it.
  const shown = event.displayDate;
  if (shown) return (locale === 'id' && shown.id) || shown.en;
  const text = formatRange(event.start, event.end, locale);
  return event.approximate ? `${APPROXIMATELY[locale]} ${text}` : text;
}
