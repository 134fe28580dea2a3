/**
 * The overview strip: the whole span of the events at true scale (no breaks), with a line per round
 * number of years and a short stroke per pixel column that holds an event. What the reader is looking at
 * is marked on it by a window (frame.ts).
 */
import type { PreparedEvent } from '../data/events.js';
import { formatYear, YEAR_MS, type Locale } from '../time/dates.js';
import { CALENDAR_END, CALENDAR_START, deepWords } from '../time/deep.js';
import { piecewise, type Piecewise } from '../time/piecewise.js';
import { YEAR_STEPS } from '../time/ticks.js';
import { utcYear } from 'd3-time';
import type { Geometry } from '../layout/geometry.js';

export interface OverviewModel {
  /** The time the events cover, UTC ms. */
  span: { start: number; end: number };
  /** Time → pixels across the strip. */
  x: Piecewise;
  years: { x: number; year: number; label: string }[];
  /** One short stroke per pixel column holding an event: bounded by the width, not by the data. */
  density: string;
  /** Where each episode lies on the strip, at least two pixels wide. */
  episodes: { id: string; x0: number; x1: number }[];
}

/**
 * overviewModel(events, 1280, 'en', geometry) → { years: [{ label: '2002', … }, …], density: 'M0.5,8v14…' }
 */
export function overviewModel(
  events: readonly PreparedEvent[],
  width: number,
  locale: Locale,
  geometry: Pick<Geometry, 'overviewHeight' | 'overviewYearSpacing' | 'overviewYearLabel'>,
  chapters: readonly { id: string; start: number; end: number }[] = []
): OverviewModel {
  let end = -Infinity;
  for (const event of events) end = Math.max(end, event.end);
  const span = events.length === 0 ? { start: 0, end: 1 } : { start: events[0]!.start, end };
  const x = piecewise([span.start, span.end], [0, Math.max(1, width)]);

  const taken = new Uint8Array(Math.max(1, Math.ceil(width)) + 1);
  const top = Math.round(geometry.overviewHeight * 0.27);
  const length = Math.round(geometry.overviewHeight * 0.47);
  let density = '';
  for (const event of events) {
    const column = Math.round(x(event.start));
    if (taken[column]) continue;
    taken[column] = 1;
    density += `M${column + 0.5},${top}v${length}`;
  }

  const total = (span.end - span.start) / YEAR_MS;
  const room = Math.max(1, Math.floor(width / geometry.overviewYearSpacing));
  const step = YEAR_STEPS.find((s) => total / s <= room);
  // Beyond the calendar, or longer than a thousand years a line: round years as they are read (deep.ts).
  const deep = step === undefined || span.start < CALENDAR_START || span.end > CALENDAR_END;
  const years = deep
    ? (deepWords()?.lines(span, width, geometry.overviewYearSpacing, locale) ?? []).map((line) => ({
        ...line,
        x: x(line.time)
      }))
    : utcYear
        .every(step)!
        .range(new Date(span.start), new Date(span.end + 1))
        .map((date) => ({ x: x(date.getTime()), year: date.getUTCFullYear() }))
        .map((line) => ({ ...line, label: formatYear(line.year, locale) }));
  const shown = years.filter((line) => line.x <= width - geometry.overviewYearLabel);
  const episodes = chapters.map((c) => {
    const x0 = x(c.start);
    return { id: c.id, x0, x1: Math.max(x0 + 2, x(c.end)) };
  });
  return { span, x, years: shown, density, episodes };
}
