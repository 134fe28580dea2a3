/**
 * Axis ticks for what is on screen: each visible segment gets its own d3-time ticks at a step that keeps
 * them `spacing` pixels apart, labelled by their precision. Nothing is placed inside a break, and only
 * the visible part of a segment is ticked, so a deep zoom never enumerates years of days.
 */
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { toScreen, type TimeAxis, type ZoomTransform } from './axis.js';
import { CALENDAR_END, CALENDAR_START, deepWords } from './deep.js';
import {
  DAY_MS,
  MONTH_MS,
  YEAR_MS,
  formatYear,
  shortMonthName,
  yearAt,
  type Locale,
  type Precision
} from './dates.js';

export interface Tick {
  time: number;
  /** Screen x under the transform. */
  x: number;
  label: string;
  precision: Precision;
}

interface TickStep {
  interval: TimeInterval;
  ms: number;
  precision: Precision;
}

/** Round numbers of years, for ticks and for the overview's year lines. */
export const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] as const;

const TICK_STEPS: TickStep[] = [
  { interval: utcDay, ms: DAY_MS, precision: 'day' },
  { interval: utcDay.every(2)!, ms: 2 * DAY_MS, precision: 'day' },
  {
    interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())),
    ms: 7 * DAY_MS,
    precision: 'day'
  },
  { interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())), ms: 15 * DAY_MS, precision: 'day' },
  { interval: utcMonth, ms: MONTH_MS, precision: 'month' },
  { interval: utcMonth.every(3)!, ms: 3 * MONTH_MS, precision: 'month' },
  { interval: utcMonth.every(6)!, ms: 6 * MONTH_MS, precision: 'month' },
  ...YEAR_STEPS.map((n) => ({ interval: utcYear.every(n)!, ms: n * YEAR_MS, precision: 'year' as const }))
];

/**
 * The ticks of the segments in view, no two labels closer than `spacing` allows or drawn over each other
 * (labels are measured), none running into a break or off the view; and every segment in view names its
 * year: its first tick carries it, and a segment too narrow for any tick gets its year alone.
 *
 * axisTicks(axis, { k: 1, x: 0 }, 1280, 'en', 84, measure) → [{ label: '2002', … }, { label: 'Apr 2019', … }, …]
 */
export function axisTicks(
  axis: TimeAxis,
  transform: ZoomTransform,
  viewWidth: number,
  locale: Locale,
  spacing: number,
  measure: (label: string) => number
): Tick[] {
  const ticks: Tick[] = [];
  /** Room a label takes: its text and the padding after the tick line. */
  const room = (label: string) => Math.ceil(measure(label)) + 8;
  let lastEnd = -Infinity;
  for (const segment of axis.segments) {
    const sx0 = toScreen(transform, segment.x0);
    const sx1 = toScreen(transform, segment.x1);
    if (sx1 < 0 || sx0 > viewWidth) continue;
    const right = Math.min(sx1, viewWidth);
    const msPerPx = (segment.end - segment.start) / (sx1 - sx0);
    const step = TICK_STEPS.find((s) => s.ms >= msPerPx * spacing);
    // Only the visible part of the segment is ticked, so a deep zoom does not enumerate years of days.
    const from = segment.start + Math.max(0, -sx0) * msPerPx;
    const to = segment.end - Math.max(0, sx1 - viewWidth) * msPerPx;
    let placed = 0;
    const place = (time: number, label: string, precision: Precision) => {
      const x = sx0 + (time - segment.start) / msPerPx;
      if (x < 0 || x < lastEnd || x + room(label) > right) return;
      ticks.push({ time, x, label, precision });
      lastEnd = x + room(label);
      placed++;
    };
    if (step && segment.start >= CALENDAR_START && segment.end <= CALENDAR_END) {
      for (const date of step.interval.range(new Date(from), new Date(to + 1))) {
        place(date.getTime(), tickLabel(date, step.precision, locale, placed === 0), step.precision);
      }
    } else {
      // Beyond the calendar, or steps longer than a thousand years: round years as they are read
      // ("13.8 billion years ago"), at a step that leaves room for the widest of them.
      const years = deepWords()?.ticks(from, to, msPerPx, spacing, room, locale) ?? [];
      for (const { time, label } of years) place(time, label, 'year');
    }
    if (placed === 0) {
      // Too narrow for a tick at this step: the segment still says which year it is (the year of its
      // middle, placed at its left edge).
      const x = Math.max(sx0, 0, lastEnd);
      const time = (from + to) / 2;
      // Three digits at most in deep time: "66 million years ago", not the middle's exact year.
      const label = formatYear(yearAt(time), locale, 3);
      if (x + room(label) <= right) {
        ticks.push({ time, x, label, precision: 'year' });
        lastEnd = x + room(label);
      }
    }
  }
  return ticks;
}

/** "2019"; "Apr", or "Apr 2019" in January and at a segment's first tick; "25 Apr", likewise. */
function tickLabel(date: Date, precision: Precision, locale: Locale, first: boolean): string {
  const year = formatYear(date.getUTCFullYear(), locale);
  if (precision === 'year') return year;
  const month = shortMonthName(date.getUTCMonth() + 1, locale);
  const withYear = first || date.getUTCMonth() === 0;
  if (precision === 'month') return withYear ? `${month} ${year}` : month;
  const day = `${date.getUTCDate()} ${month}`;
  return first || (date.getUTCMonth() === 0 && date.getUTCDate() === 1) ? `${day} ${year}` : day;
}
