/**
 * Deep time: years written with more than four digits (`-13800000000`, `-66000000`, `1000000`), always
 * alone, without a month or a day. JavaScript's Date reaches only ±271,821 years and the calendar means
 * nothing that far out, so such a year is placed on the number line by the mean Gregorian year (365.2425
 * days) from 1970, as a mean year lies from the epoch: time stays one increasing line of plain, finite
 * milliseconds that the axis, layout and overview already handle (the calendar's ends meet it within
 * half a day, without overlapping it). The year as written stays exact: the date's `iso` and an integer.
 *
 * The first view needs only this module's constants and hook: deep years are placed, read ("13.8 billion
 * years ago") and ticked by deep-words.ts, which the reader and the validator install (every dataset but
 * the shipped one, which holds none, passes through them), so the embed's first script does not carry it.
 */
import type { DateSpan, Locale } from './dates.js';

/** The calendar's years are -9999 to 9999: a year of five digits or more is deep. */
export const DEEP_YEAR = 10_000;

/**
 * The first ms of year -9999 and of year 10000, UTC: where the calendar ends and deep time begins (as
 * numbers: computing them would cost the embed's first script a Date dance for two constants).
 */
export const CALENDAR_START = -377_705_116_800_000;
export const CALENDAR_END = 253_402_300_800_000;

/** A round year on a deep axis, its label already in the reader's language. */
export interface DeepTick {
  time: number;
  year: number;
  label: string;
}

/** How deep time reads and is ticked: deep-words.ts, installed with `installDeepTime`. */
export interface DeepWords {
  /** A deep year's span: `"-13800000000"` → { precision: 'year', year, start, end }. */
  span(iso: string): DateSpan;
  yearAt(ms: number): number;
  year(year: number, locale: Locale, digits?: number): string;
  count(n: number, locale: Locale): string;
  /** Round years between two instants, no closer than `minPx` and each label's `room` apart. */
  ticks(
    from: number,
    to: number,
    msPerPx: number,
    minPx: number,
    room: (label: string) => number,
    locale: Locale
  ): DeepTick[];
  /** The overview strip's round years over a span `width` pixels wide, `spacing` apart at least. */
  lines(span: { start: number; end: number }, width: number, spacing: number, locale: Locale): DeepTick[];
}

let installed: DeepWords | undefined;
/** Installs deep time's words (deep-words.ts calls it); until then, years read as the calendar's. */
export function useDeepWords(words: DeepWords): void {
  installed = words;
}
export const deepWords = (): DeepWords | undefined => installed;
