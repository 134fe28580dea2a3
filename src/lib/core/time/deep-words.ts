/**
 * How deep time reads, for a general reader, in the language's number style: "2019", "500 BCE", "10,000
 * BCE", then "300,000 years ago", "66 million years ago", "13.8 billion years ago" (Indonesian "13,8 miliar
 * tahun lalu"), and after the era "12,000 CE", "1 million CE". "Ago" is counted from the year 2000 (as
 * ice-core chronologies count "b2k"), never from the machine's clock, and is used from 100,000 years
 * before it; nearer years are BCE. And the round years (1, 2, 5 × 10^n) that ticks and overview lines sit on.
 *
 * Not on the embed's start path: `installDeepTime` hands these to dates.ts, ticks.ts and overview.ts
 * (deep.ts), and the validator calls it, so every dataset that may hold a deep year has them.
 */
import { DateError, utcMs, YEAR_MS as MEAN_YEAR_MS, type DateSpan, type Locale } from './dates.js';
import { DEEP_YEAR, useDeepWords } from './deep.js';

/** From this many years before the year 2000, a year reads as "… years ago". */
export const AGO_FROM = 100_000;
/** The year "ago" is counted from: a fixed convention, so that labels never depend on today. */
export const PRESENT_YEAR = 2000;

/**
 * The first ms of a year: on the calendar, or for a deep year by mean years from 1970, as a mean year
 * lies from the epoch (the calendar's ends meet it within half a day, never overlapping it).
 *
 * yearStart(2019) → Date.UTC(2019, 0, 1); yearStart(-13_800_000_000) → about -4.35e20
 */
export const yearStart = (year: number): number =>
  year >= DEEP_YEAR || year <= -DEEP_YEAR ? (year - 1970) * MEAN_YEAR_MS : utcMs(year);

/** A deep year as written (`"-66000000"`), a mean year long; with a month or a day, a DateError. */
function span(iso: string): DateSpan {
  // Deep time is counted in years: a month or a day there would claim a calendar that is not kept.
  if (iso.indexOf('-', 1) > 0) {
    throw new DateError(`${iso}: a year of five or more digits stands alone, without a month or day`);
  }
  if (/^-?0/.test(iso)) throw new DateError(`${iso}: a year of five or more digits starts with 1 to 9`);
  const year = Number(iso);
  const start = yearStart(year);
  return { iso, precision: 'year', year, start, end: start + MEAN_YEAR_MS };
}

/**
 * Gives dates.ts, ticks.ts and overview.ts deep time: its years' places, words and round years. The
 * reader and the validator call it; so must a host that hands the Timeline deep years it did not read
 * through them. Idempotent.
 */
export function installDeepTime(): void {
  useDeepWords({
    span,
    // A thousandth of a year's slack absorbs the rounding of numbers that large.
    yearAt: (ms) => Math.floor(ms / MEAN_YEAR_MS + 1e-3) + 1970,
    year: readableYear,
    // "9.2 billion years later": from ten thousand on, two significant digits are what a gap is read by.
    count: (n, locale) => readableNumber(n < DEEP_YEAR ? n : Number(n.toPrecision(2)), locale, 2),
    ticks: deepTicks,
    // A label in the strip's small type, estimated at 6 px a character.
    lines: (span, width, spacing, locale) =>
      deepTicks(
        span.start,
        span.end,
        (span.end - span.start) / Math.max(1, width),
        spacing,
        (l) => l.length * 6 + 8,
        locale
      )
  });
}

/** The year as a fractional number of mean years (the calendar's within a day): for choosing round ticks. */
const yearsOf = (ms: number) => 1970 + ms / MEAN_YEAR_MS;

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

/**
 * Round years between two instants, labelled: the smallest 1-2-5 step that leaves `minPx` between them
 * and room for the widest label (`room`) before the next.
 */
function deepTicks(
  from: number,
  to: number,
  msPerPx: number,
  minPx: number,
  room: (label: string) => number,
  locale: Locale
) {
  for (const step of DEEP_STEPS) {
    const px = (step * MEAN_YEAR_MS) / msPerPx;
    if (px < minPx) continue;
    const years = roundYears(from, to, step).map((y) => ({
      time: y.time,
      year: y.year,
      label: readableYear(y.year, locale, y.digits)
    }));
    if (years.every((y) => room(y.label) <= px)) return years;
  }
  return [];
}
