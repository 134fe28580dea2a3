/**
 * The engine's small parts, each on its own: where a move goes, how bars share rows, what a wheel or a
 * swipe means, the URL fragment, the embed snippets and the sizes handed to CSS.
 */
import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../src/lib/core/data/events';
import type { TimelineEvent } from '../../src/lib/core/data/schema';
import { buildModel, eventLabels } from '../../src/lib/core/engine/model';
import { computeFrame } from '../../src/lib/core/engine/frame';
import { bounded, expand, reveal, zoomAbout } from '../../src/lib/core/engine/navigate';
import { LEVEL_STEP, zoomLevel } from '../../src/lib/core/layout/levels';
import { readDatasetFile } from '../../scripts/dataset-files';
import { en } from '../../src/lib/core/i18n/en';
import { barEnds, barPaths, packBars } from '../../src/lib/core/layout/bars';
import { GEOMETRY, cssVariables, geometryFor, viewportHeight } from '../../src/lib/core/layout/geometry';
import { markOf } from '../../src/lib/core/layout/visibility';
import { estimateWidth } from '../../src/lib/core/layout/measure';
import { elementSnippet, iframeSnippet } from '../../src/lib/core/snippet';
import { readUrlState, writeUrlState } from '../../src/lib/core/url-state';
import { TouchLock, wheelPan } from '../../src/lib/gestures/policy';

function event(id: string, start: string, end?: string): TimelineEvent {
  return {
    id,
    start,
    ...(end ? { end } : {}),
    title: { en: `Event ${id}` },
    summary: { en: 'A summary.' },
    category: 'report',
    sources: [{ source: 's', quote: 'q', translation: 't' }]
  };
}

function model(events: TimelineEvent[], width = 1280) {
  const prepared = prepareEvents(events);
  return buildModel({
    events: prepared,
    labels: eventLabels(prepared, 'en', estimateWidth, GEOMETRY),
    width,
    geometry: geometryFor(width),
    locale: 'en',
    t: en,
    measure: estimateWidth
  });
}

const curated = (await readDatasetFile(new URL('../../data/events.json', import.meta.url).pathname)).dataset
  .events;

const crowd = [
  event('a', '2019-01-10'),
  ...Array.from({ length: 6 }, (_, i) => event(`c${i}`, `2019-04-${String(20 + i).padStart(2, '0')}`)),
  event('z', '2019-12-20')
];

describe('where a move goes', () => {
  const m = model(crowd);

  it('keeps the view within bounds: no zoom out past everything, the axis never dragged off', () => {
    expect(bounded(m, { k: 0.5, x: 300 })).toEqual({ k: 1, x: 0 });
    expect(bounded(m, { k: 1e9, x: 0 }).k).toBe(m.maxK);
  });

  it('zooms about a point, which stays where it is on screen', () => {
    const to = zoomAbout(m, { k: 1, x: 0 }, 2, 640);
    expect(to.k).toBe(2);
    expect(to.k * ((640 - 0) / 1) + to.x).toBeCloseTo(640, 6);
  });

  it('reveals an event hidden in a cluster by zooming in just far enough to show it alone', () => {
    const c = model(curated);
    const cluster = c.layouts
      .at(1, true)
      .filter((mark) => mark.kind === 'cluster')
      .sort((a, b) => b.last - b.first - (a.last - a.first))[0]!;
    const index = (cluster.first + cluster.last) >> 1;
    const to = reveal(c, { k: 1, x: 0 }, index)!;
    expect(to.k).toBeGreaterThan(1);
    const shown = computeFrame(c, { transform: to, focusIndex: index });
    expect(shown.marks.find((mark) => mark.focusable)).toMatchObject({ kind: 'event', first: index });
    // A level lower would not have done: the move went just far enough.
    expect(markOf(c.layouts.at(zoomLevel(to.k) / LEVEL_STEP, true), index)?.kind).toBe('cluster');
    // And it moves nothing for an event that is already alone and in view.
    expect(reveal(c, to, index)).toBeNull();
  });

  it('opens a cluster by zooming until it spreads, and not at all at the deepest zoom', () => {
    const c = model(curated);
    const cluster = c.layouts.at(1, true).find((mark) => mark.kind === 'cluster' && mark.x2 > mark.x)!;
    const to = expand(c, { k: 1, x: 0 }, cluster)!;
    expect(to.k).toBeGreaterThan(1);
    // Its members now stand further apart than the clustering distance.
    const [x0, x1] = [c.baseX[cluster.first]!, c.baseX[cluster.last]!];
    expect(to.k * (x1 - x0)).toBeGreaterThan(c.geometry.clusterGap);
    expect(expand(c, { k: c.maxK, x: 0 }, cluster)).toBeNull();
  });
});

describe("a mark's name", () => {
  it('says the date as the data words it, and the group the event belongs to', () => {
    const grouped = [
      { ...event('a', '1969-07-20'), displayDate: { en: 'July 1969' }, group: { en: 'Moon' } },
      event('b', '1975-07-17')
    ];
    const names = computeFrame(model(grouped), { transform: { k: 1, x: 0 }, focusIndex: 0 }).marks.map(
      (mark) => mark.name
    );
    expect(names).toEqual(['Event a, July 1969, Moon', 'Event b, 17 July 1975']);
  });
});

describe('bars', () => {
  const m = model([
    event('r1', '2019-01', '2019-06'),
    event('r2', '2019-02', '2019-07'),
    event('d', '2019-03-01'),
    event('y', '2019')
  ]);

  it('give a one-day event none, and put overlapping ranges on rows of their own', () => {
    const ends = barEnds(m.events, m.baseX, m.axis.scale);
    const day = m.events.findIndex((e) => e.event.id === 'd');
    expect(Number.isNaN(ends.ends[day]!)).toBe(true);
    const bars = packBars(m.events, m.baseX, ends, { k: 1, x: 0 }, 1280, 3);
    const rows = new Map(bars.map((b) => [m.events[b.index]!.event.id, b.row]));
    expect(new Set([rows.get('r1'), rows.get('r2'), rows.get('y')]).size).toBe(3);
    expect(bars.find((b) => m.events[b.index]!.event.id === 'y')!.kind).toBe('precision');
  });

  it('draw as one path per kind, whatever their number', () => {
    const bars = packBars(
      m.events,
      m.baseX,
      barEnds(m.events, m.baseX, m.axis.scale),
      { k: 1, x: 0 },
      1280,
      3
    );
    const paths = barPaths(bars, 1280, 6);
    expect(paths.range.match(/M/g)).toHaveLength(2);
    expect(paths.precision.match(/M/g)).toHaveLength(1);
  });
});

describe('what a wheel or a swipe means', () => {
  const wheel = (deltaX: number, deltaY: number, extra: Partial<Parameters<typeof wheelPan>[0]> = {}) => ({
    deltaX,
    deltaY,
    deltaMode: 0,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    ...extra
  });

  it('a sideways wheel pans, a vertical one is left to the page, ctrl zooms instead', () => {
    expect(wheelPan(wheel(30, 2), 1280)).toBe(30);
    expect(wheelPan(wheel(0, 30), 1280)).toBeNull();
    expect(wheelPan(wheel(0, 30, { shiftKey: true }), 1280)).toBe(30);
    expect(wheelPan(wheel(30, 0, { ctrlKey: true }), 1280)).toBeNull();
  });

  it('counts lines and pages in pixels', () => {
    expect(wheelPan(wheel(3, 0, { deltaMode: 1 }), 1280)).toBe(48);
    expect(wheelPan(wheel(1, 0, { deltaMode: 2 }), 1280)).toBe(1280);
  });

  it('gives a one-finger swipe to the page until it shows it is sideways, and for good when vertical', () => {
    const lock = new TouchLock();
    lock.start([{ x: 0, y: 0 }]);
    expect(lock.move([{ x: 2, y: 2 }])).toBe('page');
    expect(lock.move([{ x: 20, y: 3 }])).toBe('timeline');
    lock.start([{ x: 0, y: 0 }]);
    expect(lock.move([{ x: 1, y: 12 }])).toBe('page');
    expect(lock.move([{ x: 60, y: 12 }])).toBe('page');
    lock.start([
      { x: 0, y: 0 },
      { x: 50, y: 0 }
    ]);
    expect(
      lock.move([
        { x: 0, y: 0 },
        { x: 80, y: 0 }
      ])
    ).toBe('timeline');
  });
});

describe('the URL fragment', () => {
  it('reads the event and the language, and leaves out an unknown language', () => {
    expect(readUrlState('#event=kim-departs&lang=id')).toEqual({ event: 'kim-departs', lang: 'id' });
    expect(readUrlState('#lang=fr')).toEqual({});
  });

  it('keeps the keys it does not own, for another timeline or the page', () => {
    expect(writeUrlState('#other=1', { event: 'a', lang: 'en' })).toBe('#other=1&event=a');
    expect(writeUrlState('#a=x&b=y', { event: undefined }, { event: 'b', lang: null })).toBe('#a=x');
    expect(writeUrlState('#event=a', {})).toBe('');
  });

  it('reads an element’s own key only', () => {
    expect(readUrlState('#a=x&b=y', { event: 'b', lang: null })).toEqual({ event: 'y' });
  });
});

describe('the embed snippets', () => {
  const base = 'https://site.example/embed/';

  it('load the element from the embed folder, with what was asked and escaped as data', () => {
    expect(elementSnippet({ base, lang: 'id', event: 'a"b' })).toBe(
      '<script type="module" src="https://site.example/embed/news-timeline.js"></script>\n' +
        '<news-timeline lang="id" event="a&quot;b" style="display:block;height:480px"></news-timeline>'
    );
  });

  it('hold a fallback link, escaped, for a page whose script does not run', () => {
    const snippet = elementSnippet({
      base,
      fallback: { href: 'https://site.example/?a&b', text: 'A <b> & "C"' }
    });
    expect(snippet).toContain(
      '><a href="https://site.example/?a&amp;b">A &lt;b&gt; &amp; &quot;C&quot;</a></news-timeline>'
    );
  });

  it('give the iframe its query and the resize script beside it', () => {
    const snippet = iframeSnippet({ base, lang: 'en', event: 'x', title: 'A & B' });
    expect(snippet).toContain('src="https://site.example/embed/?lang=en&amp;event=x"');
    expect(snippet).toContain('title="A &amp; B"');
    expect(snippet).toContain('<script src="https://site.example/embed/resize.js"></script>');
  });
});

describe('sizes', () => {
  it('are one lane fewer on a narrow timeline, and reach CSS from the same numbers', () => {
    expect(geometryFor(390).lanes).toBe(GEOMETRY.lanes - 1);
    expect(geometryFor(1280)).toBe(GEOMETRY);
    expect(cssVariables(GEOMETRY)).toContain(`--nt-viewport-height: ${viewportHeight(GEOMETRY)}px`);
    expect(cssVariables(geometryFor(390))).toContain(
      `--nt-viewport-height: ${viewportHeight(geometryFor(390))}px`
    );
  });
});
