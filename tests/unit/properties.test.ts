/**
 * Properties that must hold for any input, checked on random datasets (fast-check, seeded so a failure
 * reproduces): validation and layout never throw, never produce NaN or infinite coordinates, and never
 * put two marks' labels in the same place. Hostile input — truncated, deep, binary, mixed encodings,
 * control characters — has its own properties in hostile-properties.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeAxis } from '../../src/lib/core/time/axis';
import { eventAnchors, prepareEvents } from '../../src/lib/core/data/events';
import { layoutMarks, markExtent, type PlacedMark } from '../../src/lib/core/layout/lanes';
import { validateDataset } from '../../src/lib/core/data/validate';

const SEED = 20261122;
const runs = { seed: SEED, numRuns: 150 };

/** ISO dates of every precision, years from 500 BCE to 2500, leap days included. */
const isoDate = fc
  .record({
    year: fc.integer({ min: -500, max: 2500 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day')
  })
  .map(({ year, month, day, precision }) => {
    const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
    const m = String(month).padStart(2, '0');
    const d = String(day).padStart(2, '0');
    return precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`;
  });

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('كيم جونغ أون', '김정은', '💥🚂', '<b>x</b>')
);

const event = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), fc.string()),
    start: fc.oneof(isoDate, fc.string()),
    end: isoDate,
    title: fc.record({ en: text, id: text }, { requiredKeys: ['en'] }),
    summary: fc.record({ en: text }),
    category: fc.constantFrom('summit', 'travel', 'report', 'nonsense'),
    sources: fc.array(
      fc.record({ source: fc.constantFrom('s', 'missing'), quote: text, translation: text }),
      {
        maxLength: 3
      }
    )
  },
  { requiredKeys: ['id', 'start', 'title', 'summary', 'category', 'sources'] }
);

const dataset = fc.record({
  sources: fc.constant([{ id: 's', outlet: 'S', title: 'T', language: 'en' }]),
  events: fc.array(event, { maxLength: 60 })
});

describe('for any dataset', () => {
  it('validation never throws, and every event is either kept or named in an issue', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const { dataset: valid, issues } = validateDataset({ file: 'random.json', data, texts: {} });
        const kept = new Set(valid.events.map((e) => e.id));
        const named = new Set(issues.map((i) => i.record));
        data.events.forEach((input, i) => {
          const id = input.id;
          const record =
            id.length > 0 && id.length <= 200 ? `event ${JSON.stringify(id)}` : `event #${i + 1}`;
          expect(kept.has(id) || named.has(record)).toBe(true);
        });
        expect(() => prepareEvents(valid.events)).not.toThrow();
      }),
      runs
    );
  });

  it('the axis maps every event to a finite position, in time order', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: 200, max: 3000 }), (data, width) => {
        const { dataset: valid } = validateDataset({ file: 'random.json', data, texts: {} });
        const events = prepareEvents(valid.events);
        const axis = buildTimeAxis(eventAnchors(events), width);
        const xs = events.map((e) => axis.scale(e.start));
        for (const x of xs) expect(Number.isFinite(x)).toBe(true);
        for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]! - 1e-6);
        expect(Number.isFinite(axis.width)).toBe(true);
      }),
      runs
    );
  });

  it('the layout never overlaps two marks in a lane and shows every event once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 300, maxLength: 300 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (positions, widths, lanes, cluster) => {
          const xs = [...positions].sort((a, b) => a - b);
          const marks = layoutMarks(
            xs.map((x, i) => ({ x, labelWidth: widths[i]! })),
            { lanes, cluster }
          );
          expect(marks.reduce((n, m) => n + m.last - m.first + 1, 0)).toBe(xs.length);
          const byLane = new Map<number, PlacedMark[]>();
          for (const mark of marks) {
            expect(Number.isFinite(mark.x) && Number.isFinite(mark.labelWidth)).toBe(true);
            byLane.set(mark.lane, [...(byLane.get(mark.lane) ?? []), mark]);
          }
          for (const row of byLane.values()) {
            for (let i = 1; i < row.length; i++) {
              expect(markExtent(row[i - 1]!).right).toBeLessThanOrEqual(markExtent(row[i]!).left + 1e-6);
            }
          }
        }
      ),
      runs
    );
  });
});
