/**
 * Deep time: years written with more than four digits (`-13800000000`, `-66000000`, `1000000`), always
 * alone, without a month or a day. JavaScript's Date reaches only ±271,821 years and the calendar means
 * nothing that far out, so such a year is placed on the number line by the mean Gregorian year (365.2425
 * days), counted on from the calendar's own ends (year -9999 and year 10000), so that time stays one
 * increasing line of plain, finite milliseconds that the axis, layout and overview already handle. The
 * year as written stays exact: it is the date's `iso` string and an integer.
 *
 * Labels are for a general reader, in the language's number style: "2019", "500 BCE", "10,000 BCE", then
 * "300,000 years ago", "66 million years ago", "13.8 billion years ago" (Indonesian "13,8 miliar tahun
 * lalu"), and after the era "12,000 CE", "1 million CE". "Ago" is counted from the year 2000 (as ice-core
 * chronologies count "b2k"), never from the machine's clock, and is used from 100,000 years before it;
 * nearer years are BCE. Pure and zone-free: no Date but the two calendar ends, computed in UTC.
 */
import type { Locale } from './dates.js';

/** The mean Gregorian year in ms (dates.ts's YEAR_MS; dates.ts imports this module, not the reverse). */
const MEAN_YEAR_MS = 365.2425 * 86_400_000;

/** The calendar's years are -9999 to 9999: a year of five digits or more is deep. */
export const DEEP_YEAR = 10_000;
/** From this many years before the year 2000, a year reads as "… years ago". */
export const AGO_FROM = 100_000;
/** The year "ago" is counted from: a fixed convention, so that labels never depend on today. */
export const PRESENT_YEAR = 2000;

const utcYearStart = (year: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
};
/** The first ms of year -9999 and of year 10000: where the calendar ends and deep time begins. */
export const CALENDAR_START = utcYearStart(1 - DEEP_YEAR);
export const CALENDAR_END = utcYearStart(DEEP_YEAR);

export const isDeepYear = (year: number) => year >= DEEP_YEAR || year <= -DEEP_YEAR;

/**
 * The first ms of a year, on the calendar or, beyond it, by whole mean years from the calendar's ends.
 *
 * yearStart(2019) → Date.UTC(2019, 0, 1); yearStart(-13_800_000_000) → about -4.35e20
 */
export function yearStart(year: number): number {
  if (year >= DEEP_YEAR) return CALENDAR_END + (year - DEEP_YEAR) * MEAN_YEAR_MS;
  if (year < 1 - DEEP_YEAR) return CALENDAR_START - (1 - DEEP_YEAR - year) * MEAN_YEAR_MS;
  return utcYearStart(year);
}

/**
 * The year an instant falls in: yearStart's inverse. yearAt(yearStart(-66_000_000) + 1) → -66_000_000
 */
export function yearAt(ms: number): number {
  if (ms >= CALENDAR_END) return DEEP_YEAR + Math.floor((ms - CALENDAR_END) / MEAN_YEAR_MS);
  if (ms < CALENDAR_START) return 1 - DEEP_YEAR - Math.ceil((CALENDAR_START - ms) / MEAN_YEAR_MS);
  return new Date(ms).getUTCFullYear();
}

/** The year as a fractional number of mean years: for choosing round ticks, never for a date. */
export const yearsOf = (ms: number) =>
  ms >= CALENDAR_END || ms < CALENDAR_START
    ? yearAt(ms) + (ms - yearStart(yearAt(ms))) / MEAN_YEAR_MS
    : 1970 + ms / MEAN_YEAR_MS;

interface Words {
  group: string;
  decimal: string;
  scales: readonly [string, string, string];
  ago: string;
  bce: string;
  ce: string;
}
const WORDS: Record<Locale, Words> = {
  en: {
    group: ',',
    decimal: '.',
    scales: ['million', 'billion', 'trillion'],
    ago: 'years ago',
    bce: 'BCE',
    ce: 'CE'
  },
  id: {
    group: '.',
    decimal: ',',
    scales: ['juta', 'miliar', 'triliun'],
    ago: 'tahun lalu',
    bce: 'SM',
    ce: 'M'
  }
};

/** How many significant digits a whole number is written with: 13_800_000_000 → 3; 66_001_000 → 5. */
export function significantDigits(n: number): number {
  let digits = String(Math.abs(Math.round(n))).replace(/0+$/, '').length;
  if (digits === 0) digits = 1;
  return digits;
}

/**
 * A whole number as a reader reads it: four digits as they are ("2019"), then grouped ("10,000" /
 * "10.000"), and from a million in words with `digits` significant digits ("13.8 billion" / "13,8
 * miliar"), or grouped in full when more than four digits are asked for ("251,904,000").
 */
export function readableNumber(n: number, locale: Locale, digits = 3): string {
  const words = WORDS[locale];
  const whole = Math.round(Math.abs(n));
  const sign = n < 0 ? '-' : '';
  if (whole < 1e6) {
    const text = String(whole);
    return sign + (whole < DEEP_YEAR ? text : text.replace(/\B(?=(\d{3})+$)/g, words.group));
  }
  // More digits than words carry ("251.904 million") read better as the number itself.
  if (digits > 4) {
    const rounded = String(Number(whole.toPrecision(Math.min(15, digits))));
    return sign + rounded.replace(/\B(?=(\d{3})+$)/g, words.group);
  }
  let scale = whole >= 1e12 ? 2 : whole >= 1e9 ? 1 : 0;
  let value = Number((whole / 10 ** (6 + 3 * scale)).toPrecision(Math.max(1, Math.min(15, digits))));
  // 999.96 million at four digits is "1 billion", not "1000 million".
  if (value >= 1000 && scale < 2) {
    scale++;
    value = Number((value / 1000).toPrecision(Math.max(1, Math.min(15, digits))));
  }
  return `${sign}${String(value).replace('.', words.decimal)} ${words.scales[scale]}`;
}

/**
 * A year as a reader reads it, with at most `digits` significant digits from a million on (by default as
 * many as the year is written with, so "-66000000" reads "66 million years ago", not "66.002 million").
 *
 * readableYear(2019, 'en') → "2019"; readableYear(-500, 'en') → "501 BCE";
 * readableYear(-13_800_000_000, 'id') → "13,8 miliar tahun lalu"; readableYear(1_000_000, 'en') → "1 million CE"
 */
export function readableYear(year: number, locale: Locale, digits = significantDigits(year)): string {
  const words = WORDS[locale];
  if (year >= DEEP_YEAR) return `${readableNumber(year, locale, digits)} ${words.ce}`;
  if (year > 0) return String(year);
  const ago = PRESENT_YEAR - year;
  if (ago >= AGO_FROM) return `${readableNumber(ago, locale, digits)} ${words.ago}`;
  return `${readableNumber(1 - year, locale)} ${words.bce}`;
}

/** Round numbers of years: 1, 2, 5 × 10^n, up to 5 × 10^12. */
export const DEEP_STEPS: readonly number[] = Array.from({ length: 13 }, (_, n) =>
  [1, 2, 5].map((m) => m * 10 ** n)
).flat();

/** A round year for a tick or an overview line: its year, its first ms, and the digits its label needs. */
export interface RoundYear {
  year: number;
  time: number;
  digits: number;
}

/**
 * The years between two instants that are round in the way they are read: multiples of `step` of the
 * years ago before AGO_FROM, of the years BCE, then of the years CE; in time order.
 *
 * roundYears(yearStart(-13_900_000_000), yearStart(-13_600_000_000), 100_000_000) → the years 13.9, 13.8,
 * 13.7 and 13.6 billion years ago
 */
export function roundYears(from: number, to: number, step: number): RoundYear[] {
  const first = yearsOf(from);
  const last = yearsOf(to);
  const years: RoundYear[] = [];
  // A caller's step keeps its lines apart on screen; this bound only keeps a wrong one from looping long.
  if (!(step >= 1) || !Number.isFinite(first) || !Number.isFinite(last) || (last - first) / step > 10_000) {
    return years;
  }
  const add = (year: number, magnitude: number) => {
    const time = yearStart(year);
    if (time < from || time > to || years.at(-1)?.year === year) return;
    // 13,850,000,000 in steps of 50 million needs four digits: "13.85 billion".
    const digits = String(Math.round(Math.abs(magnitude))).length - Math.floor(Math.log10(step) + 1e-9);
    years.push({ year, time, digits: Math.max(1, digits) });
  };
  // Years ago: ago = PRESENT_YEAR - year, largest first.
  const agoEnd = PRESENT_YEAR - AGO_FROM;
  for (let ago = Math.floor((PRESENT_YEAR - first) / step) * step; ago >= AGO_FROM; ago -= step) {
    if (PRESENT_YEAR - ago > last) break;
    add(PRESENT_YEAR - ago, ago);
  }
  // Years BCE: bce = 1 - year, largest first, after the years ago.
  for (let bce = Math.floor((1 - Math.max(first, agoEnd + 1)) / step) * step; bce >= 1; bce -= step) {
    if (1 - bce > last) break;
    if (1 - bce > agoEnd) add(1 - bce, bce);
  }
  // Years CE.
  for (let year = Math.max(1, Math.ceil(first / step)) * step; year <= last; year += step) add(year, year);
  return years;
}
