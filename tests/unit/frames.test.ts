/**
 * Snapshots of whole frames: the curated timeline and a few synthetic ones, at a desktop and a phone
 * width, zoomed out, into April 2019 and to the deepest zoom, in English and Indonesian. Each is text
 * (tests/unit/frames/*.txt): a change in layout — a constant, the lanes, the axis, the labels — shows
 * up as a diff in review. Labels are measured by the same estimate everywhere, so the frames are the
 * same on every machine and in every zone.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../scripts/dataset-files';
import { prepareEvents } from '../../src/lib/core/data/events';
import type { TimelineEvent } from '../../src/lib/core/data/schema';
import { computeFrame } from '../../src/lib/core/engine/frame';
import { buildModel, eventLabels, type Model } from '../../src/lib/core/engine/model';
import { centreOn, reveal } from '../../src/lib/core/engine/navigate';
import { en } from '../../src/lib/core/i18n/en';
import { id } from '../../src/lib/core/i18n/id';
import { geometryFor } from '../../src/lib/core/layout/geometry';
import { estimateWidth } from '../../src/lib/core/layout/measure';
import { fitTransform } from '../../src/lib/core/time/axis';
import { parseDate } from '../../src/lib/core/time/dates';
import { frameText } from './frames/render';

const root = fileURLToPath(new URL('../..', import.meta.url));
const curatedDataset = (await readDatasetFile(`${root}data/events.json`)).dataset;
const curated = curatedDataset.events;

function model(events: readonly TimelineEvent[], width: number, t = en): Model {
  const prepared = prepareEvents(events);
  const geometry = geometryFor(width);
  return buildModel({
    events: prepared,
    episodes: events === curated ? curatedDataset.episodes : undefined,
    labels: eventLabels(prepared, t.locale, estimateWidth, geometry),
    width,
    geometry,
    locale: t.locale,
    t,
    measure: estimateWidth
  });
}

/** A synthetic event: only what the layout reads matters. */
function event(id: string, start: string, end?: string): TimelineEvent {
  return {
    id,
    start,
    ...(end ? { end } : {}),
    title: { en: `Event ${id.replace(/-/g, ' ')}`, id: `Peristiwa ${id.replace(/-/g, ' ')}` },
    summary: { en: 'A summary.' },
    category: 'report',
    sources: [{ source: 's', quote: 'q', translation: 't' }]
  };
}

const snapshot = (name: string) => `./frames/${name}.txt`;

/** The view zoomed so that April 2019's days fill it. */
function april2019(m: Model) {
  const from = m.axis.scale(parseDate('2019-04-17').start);
  const to = m.axis.scale(parseDate('2019-04-27').start);
  return fitTransform(from, to, m.width, [1, m.maxK], 1);
}

describe('the curated timeline', () => {
  for (const width of [1280, 390]) {
    for (const t of [en, id]) {
      it(`at ${width} px in ${t.locale}, zoomed out`, async () => {
        const m = model(curated, width, t);
        const frame = computeFrame(m, { transform: { k: 1, x: 0 }, focusIndex: 0 });
        await expect(frameText('curated', m, frame)).toMatchFileSnapshot(
          snapshot(`curated-${width}-${t.locale}-fit`)
        );
      });
    }

    it(`at ${width} px, zoomed into the days of April 2019`, async () => {
      const m = model(curated, width);
      const frame = computeFrame(m, { transform: april2019(m), focusIndex: 0 });
      await expect(frameText('curated', m, frame)).toMatchFileSnapshot(
        snapshot(`curated-${width}-en-april-2019`)
      );
    });

    it(`at ${width} px, at the deepest zoom on 25 April 2019`, async () => {
      const m = model(curated, width);
      const base = m.axis.scale(parseDate('2019-04-25').start + 12 * 3_600_000);
      const frame = computeFrame(m, { transform: centreOn(m, base, m.maxK), focusIndex: 0 });
      await expect(frameText('curated', m, frame)).toMatchFileSnapshot(
        snapshot(`curated-${width}-en-deepest`)
      );
    });
  }

  it('after End, with the last event revealed and holding the tab stop', async () => {
    const m = model(curated, 1280);
    const last = m.events.length - 1;
    const transform = reveal(m, { k: 1, x: 0 }, last) ?? { k: 1, x: 0 };
    const frame = computeFrame(m, { transform, focusIndex: last });
    const text = frameText('curated, End', m, frame);
    // The last event stands alone, as the keyboard's End promises.
    expect(frame.marks.find((mark) => mark.focusable)).toMatchObject({ kind: 'event', first: last });
    await expect(text).toMatchFileSnapshot(snapshot('curated-1280-en-end'));
  });
});

describe('synthetic timelines', () => {
  const crowd = Array.from({ length: 24 }, (_, i) =>
    event(`crowd-${i + 1}`, `2020-03-${String(1 + (i % 8)).padStart(2, '0')}`)
  );
  const ranges = [
    event('long-range', '2001', '2009'),
    event('month-precision', '2003-05'),
    event('year-precision', '2004'),
    event('overlapping-range', '2002-06', '2005-02'),
    event('short-range', '2008-03-01', '2008-03-20'),
    event('late-day', '2009-11-11')
  ];
  const centuries = [
    event('antiquity', '-0500'),
    event('middle-ages', '1066-10-14'),
    event('modern', '1969-07-20'),
    event('future', '2100')
  ];

  it.each([
    ['crowded-month', crowd, 1280],
    ['crowded-month', crowd, 390],
    ['ranges-and-precision', ranges, 1280],
    ['centuries', centuries, 1280]
  ] as const)('%s at %d px, zoomed out', async (name, events, width) => {
    const m = model(events, width);
    const frame = computeFrame(m, { transform: { k: 1, x: 0 }, focusIndex: 0 });
    await expect(frameText(name, m, frame)).toMatchFileSnapshot(snapshot(`${name}-${width}-fit`));
  });

  it('a crowded month at the deepest zoom stacks what the lanes can hold', async () => {
    const m = model(crowd, 1280);
    const base = m.axis.scale(parseDate('2020-03-04').start);
    const frame = computeFrame(m, { transform: centreOn(m, base, m.maxK), focusIndex: 5 });
    await expect(frameText('crowded-month', m, frame)).toMatchFileSnapshot(
      snapshot('crowded-month-1280-deepest')
    );
  });
});

describe('the axis of the curated timeline, zoomed out', () => {
  // 1216 px is the page's timeline at 1280×800; a wider measure than the estimate stands in for a
  // browser's bold tick labels.
  it.each([600, 800, 1000, 1216, 1280, 1600])('at %i px says the year of every stretch', (width) => {
    const m = model(curated, width);
    const wide = { ...m, measure: (text: string) => estimateWidth(text) * 1.25 };
    const frame = computeFrame(wide, { transform: { k: 1, x: 0 }, focusIndex: 0 });
    for (const segment of frame.segments) {
      const year = frame.ticks.find(
        (tick) => tick.x >= segment.x0 - 1 && tick.x < segment.x1 && /\d{4}/.test(tick.label)
      );
      expect(
        year,
        `the stretch ${segment.x0.toFixed(0)}–${segment.x1.toFixed(0)} says its year`
      ).toBeDefined();
    }
  });
});
