/**
 * Deep time: years of five to twelve digits (cosmology's -13800000000, geology's -66000000, a far future
 * 1000000), placed by the mean Gregorian year beyond the calendar and read as people read them.
 */
import { describe, expect, it } from 'vitest';
// Indonesian month names and words, as the site loads them.
import '../../src/lib/core/i18n/id';
import { id } from '../../src/lib/core/i18n/id';
import { en } from '../../src/lib/core/i18n/en';
import { eventAnchors, prepareEvents } from '../../src/lib/core/data/events';
import type { TimelineEvent } from '../../src/lib/core/data/schema';
import { buildModel, eventLabels } from '../../src/lib/core/engine/model';
import { computeFrame } from '../../src/lib/core/engine/frame';
import { storyGroups } from '../../src/lib/core/engine/story';
import { modelEpisodes } from '../../src/lib/core/engine/episodes';
import { GEOMETRY, geometryFor } from '../../src/lib/core/layout/geometry';
import { estimateWidth } from '../../src/lib/core/layout/measure';
import { buildTimeAxis, fitTransform, maxZoom } from '../../src/lib/core/time/axis';
import {
  DAY_MS,
  utcMs,
  yearAt,
  formatDate,
  formatEventDate,
  parseDate,
  YEAR_MS
} from '../../src/lib/core/time/dates';
import { formatInstant } from '../../src/lib/core/time/instants';
import { CALENDAR_END, CALENDAR_START } from '../../src/lib/core/time/deep';
import { installDeepTime, yearStart } from '../../src/lib/core/time/deep-words';
import { axisTicks } from '../../src/lib/core/time/ticks';

// As the validator does for every dataset it reads: deep years' words and round years.
installDeepTime();

const event = (id: string, start: string, end?: string): TimelineEvent => ({
  id,
  start,
  ...(end ? { end } : {}),
  title: { en: `Event ${id}` },
  summary: { en: 'A summary.' },
  category: 'report',
  sources: [{ source: 's', quote: 'q', translation: 't' }]
});

const COSMOS = [
  event('big-bang', '-13800000000'),
  event('first-stars', '-13600000000'),
  event('sun', '-4600000000'),
  event('earth', '-4540000000'),
  event('dinosaurs', '-66000000'),
  event('sapiens', '-298000'),
  event('farming', '-9999'),
  event('moon', '1969-07-20'),
  event('vega', '12000'),
  event('oceans', '1000000000')
];

function model(events: TimelineEvent[], width = 1280, locale: 'en' | 'id' = 'en') {
  const prepared = prepareEvents(events);
  return buildModel({
    events: prepared,
    labels: eventLabels(prepared, locale, estimateWidth, GEOMETRY),
    width,
    geometry: geometryFor(width),
    locale,
    t: locale === 'en' ? en : id,
    measure: estimateWidth
  });
}

/** Every number in a value, however deep: none may be NaN or infinite. */
function numbers(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbers(v, found));
  return found;
}

describe('a deep year', () => {
  it.each(['-13800000000', '-66000000', '-10000', '10000', '1000000', '999999999999', '-999999999999'])(
    'reads %s exactly as written, as a year on the number line',
    (iso) => {
      const span = parseDate(iso);
      expect(span).toMatchObject({ iso, precision: 'year', year: Number(iso) });
      expect(Number.isInteger(span.year)).toBe(true);
      expect(Number.isFinite(span.start) && Number.isFinite(span.end)).toBe(true);
      // A mean Gregorian year long, give or take the rounding of numbers that large.
      expect((span.end - span.start) / YEAR_MS).toBeCloseTo(1, 3);
    }
  );

  it('follows on from the calendar within a day, never overlapping it, at both of its ends', () => {
    expect(CALENDAR_START).toBe(utcMs(-9999));
    expect(CALENDAR_END).toBe(utcMs(10000));
    const before = parseDate('-9999').start - parseDate('-10000').end;
    const after = parseDate('10000').start - parseDate('9999').end;
    for (const gap of [before, after]) {
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(DAY_MS);
    }
  });

  it('keeps time in order across deep and calendar years', () => {
    const order = [
      '-13800000000',
      '-4600000000',
      '-66000000',
      '-10000',
      '-9999',
      '-0500',
      '2019-04-25',
      '9999',
      '10000',
      '1000000'
    ];
    const starts = order.map((iso) => parseDate(iso).start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(prepareEvents([...COSMOS].reverse()).map((p) => p.event.id)).toEqual(COSMOS.map((e) => e.id));
  });

  it('is found again from any instant inside it', () => {
    for (const year of [-13_800_000_000, -66_000_000, -10_000, 10_000, 1_000_000_000]) {
      expect(yearAt(yearStart(year) + YEAR_MS / 2)).toBe(year);
    }
  });

  it.each([
    [
      '-13800000000-01',
      '-13800000000-01: a year of five or more digits stands alone, without a month or day'
    ],
    ['10000-02-03', '10000-02-03: a year of five or more digits stands alone, without a month or day'],
    ['-1380000000000', 'is not a date of the shape YYYY, YYYY-MM or YYYY-MM-DD'],
    ['-013800', '-013800: a year of five or more digits starts with 1 to 9'],
    ['+10000', 'is not a date of the shape YYYY, YYYY-MM or YYYY-MM-DD']
  ])('refuses %s, saying why', (iso, message) => {
    expect(() => parseDate(iso)).toThrow(message);
  });
});

describe('a deep year as people read it', () => {
  it.each([
    ['-13800000000', '13.8 billion years ago', '13,8 miliar tahun lalu'],
    ['-4540000000', '4.54 billion years ago', '4,54 miliar tahun lalu'],
    ['-66000000', '66 million years ago', '66 juta tahun lalu'],
    ['-298000', '300,000 years ago', '300.000 tahun lalu'],
    ['-10000', '10,001 BCE', '10.001 SM'],
    ['-9999', '10,000 BCE', '10.000 SM'],
    ['-0499', '500 BCE', '500 SM'],
    ['2019', '2019', '2019'],
    ['12000', '12,000 CE', '12.000 M'],
    ['1000000', '1 million CE', '1 juta M'],
    ['1500000000', '1.5 billion CE', '1,5 miliar M']
  ])('shows %s as "%s" and "%s"', (iso, english, indonesian) => {
    expect(formatDate(iso, 'en')).toBe(english);
    expect(formatDate(iso, 'id')).toBe(indonesian);
  });

  it('keeps the digits the year was written with, counting "ago" from the year 2000', () => {
    expect(formatDate('-251902000', 'en')).toBe('251,904,000 years ago');
    expect(formatDate('-66001000', 'id')).toBe('66.003.000 tahun lalu');
    expect(formatDate('-66000000', 'en')).toBe('66 million years ago');
  });

  it('spaces the dash of a range whose ends are words', () => {
    expect(formatEventDate(event('x', '-66000000', '-23000000'), 'en')).toBe(
      '66 million years ago – 23 million years ago'
    );
    expect(formatEventDate(event('x', '2002', '2019'), 'en')).toBe('2002–2019');
  });

  it('names an instant of deep time by its year, never as an invalid date', () => {
    expect(formatInstant(yearStart(-66_000_000) + DAY_MS, 'en')).toBe('66 million years ago');
    expect(formatInstant(yearStart(12_000), 'id')).toBe('12.000 M');
  });
});

describe('a deep axis', () => {
  const anchors = eventAnchors(prepareEvents(COSMOS));
  const axis = buildTimeAxis(anchors, 1280);
  const measure = (text: string) => text.length * 7;

  it('keeps every position and break finite, and says its breaks in words', () => {
    expect(numbers(axis.segments).every(Number.isFinite)).toBe(true);
    expect(numbers(axis.breaks).every(Number.isFinite)).toBe(true);
    const said = axis.breaks.map((b) => en.duration(b.duration.count, b.duration.unit));
    expect(said).toContain('9 billion years');
    expect(said).toContain('4.5 billion years');
    expect(said.join(' ')).not.toMatch(/\d{5}/);
  });

  it('labels round years that never overlap, at every zoom', () => {
    const k = maxZoom(axis, 1280, 4);
    expect(Number.isFinite(k)).toBe(true);
    for (const segment of axis.segments) {
      for (const fill of [0.2, 1, 5, 50]) {
        const view = fitTransform(segment.x0, segment.x1, 1280, [1, k], fill);
        for (const locale of ['en', 'id'] as const) {
          const ticks = axisTicks(axis, view, 1280, locale, 84, measure);
          for (let i = 1; i < ticks.length; i++) {
            expect(ticks[i]!.x).toBeGreaterThanOrEqual(ticks[i - 1]!.x + measure(ticks[i - 1]!.label) + 8);
          }
          for (const tick of ticks) {
            expect(Number.isFinite(tick.x)).toBe(true);
            expect(tick.label).not.toMatch(/NaN|undefined|Infinity|e\+/);
          }
        }
      }
    }
  });

  it('ticks the first billions of years in round steps, as they are read', () => {
    // The first two events in one stretch: 200 million years across the view.
    const early = buildTimeAxis(anchors.slice(0, 2), 1280, { minGap: 1e9 * YEAR_MS });
    const labels = axisTicks(early, { k: 1, x: 0 }, 1280, 'en', 84, measure).map((t) => t.label);
    expect(labels).toContain('13.7 billion years ago');
    const indonesian = axisTicks(early, { k: 1, x: 0 }, 1280, 'id', 84, measure).map((t) => t.label);
    expect(indonesian).toContain('13,7 miliar tahun lalu');
  });
});

describe('the timeline of deep time', () => {
  it('builds frames and an overview with no NaN or infinity in them', () => {
    for (const width of [1280, 400]) {
      const m = model(COSMOS, width);
      const frame = computeFrame(m, { transform: { k: 1, x: 0 }, focusIndex: 0 });
      expect(numbers(frame).every(Number.isFinite)).toBe(true);
      expect(numbers(m.overview).every(Number.isFinite)).toBe(true);
      expect(JSON.stringify(frame)).not.toMatch(/NaN|Invalid/);
      for (const line of m.overview.years) expect(line.label).not.toMatch(/NaN|e\+/);
    }
  });

  it('names an event by its deep date', () => {
    const m = model(COSMOS);
    const frame = computeFrame(m, { transform: { k: 1, x: 0 }, focusIndex: 0 });
    const names = frame.marks.map((mark) => mark.name).join(' | ');
    expect(names).toContain('13.8 billion years ago');
  });

  it('says the gaps of the narrow story in words: "9.2 billion years later"', () => {
    const events = prepareEvents([
      event('big-bang', '-13800000000'),
      event('sun', '-4600000000'),
      event('moon', '1969')
    ]);
    const chapters = modelEpisodes(undefined, events, buildTimeAxis(eventAnchors(events), 400), 'en');
    const groups = storyGroups(events, chapters, 'en', en);
    expect(groups.map((g) => [g.title, g.later])).toEqual([
      ['13.8 billion years ago', ''],
      ['4.6 billion years ago', '9.2 billion years later'],
      ['1969', '4.6 billion years later']
    ]);
    expect(storyGroups(events, chapters, 'id', id)[1]!.later).toBe('9,2 miliar tahun kemudian');
  });
});
