import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/core/i18n/en';
import { id } from '../../src/lib/core/i18n/id';
import {
  buildTimeAxis,
  clampTransform,
  fitTransform,
  gapDuration,
  groupEpisodes,
  maxZoom,
  type AxisBreak
} from '../../src/lib/core/time/axis';
import { DAY_MS, parseDate, utcMs } from '../../src/lib/core/time/dates';
import { axisTicks } from '../../src/lib/core/time/ticks';

const measureTick = (text: string) => text.length * 7;
const words = (duration: AxisBreak['duration'], t = en) => t.duration(duration.count, duration.unit);

const day = (iso: string) => parseDate(iso);
const YEAR = 365.25 * DAY_MS;

/** The five episodes of the curated data, reduced to a few dates each. */
const EPISODES = [
  '2002',
  '2011',
  '2019-02',
  '2019-04-18',
  '2019-04-23',
  '2019-04-24',
  '2019-04-25',
  '2023-09-05',
  '2023-09-11'
].map(day);

describe('groupEpisodes', () => {
  it('keeps dates within a month together and splits at longer gaps', () => {
    const episodes = groupEpisodes(EPISODES, { minGap: 30 * DAY_MS, maxSegments: 12 });
    expect(episodes.map((e) => e.count)).toEqual([1, 1, 1, 4, 2]);
  });

  it('closes the shortest gaps first when there would be too many segments', () => {
    const anchors = [0, 100, 1000, 1100, 5000].map((d) => ({ start: d * DAY_MS, end: (d + 1) * DAY_MS }));
    const episodes = groupEpisodes(anchors, { minGap: 30 * DAY_MS, maxSegments: 2 });
    expect(episodes.map((e) => e.count)).toEqual([4, 1]);
  });

  it('ignores anchors that are not finite numbers', () => {
    expect(groupEpisodes([{ start: NaN, end: 1 }], { minGap: 1, maxSegments: 2 })).toEqual([]);
  });
});

describe('buildTimeAxis', () => {
  const axis = buildTimeAxis(EPISODES, 1280);

  it('collapses long empty stretches into labelled breaks, one between each pair of episodes', () => {
    expect(axis.segments).toHaveLength(5);
    expect(axis.breaks.map((b) => words(b.duration))).toEqual(['8 years', '7 years', '7 weeks', '4 years']);
    expect(axis.breaks.map((b) => words(b.duration, id))).toEqual([
      '8 tahun',
      '7 tahun',
      '7 minggu',
      '4 tahun'
    ]);
  });

  it('fills the width it is given, in order, without overlaps', () => {
    expect(axis.width).toBeCloseTo(1280, 6);
    const stops = axis.segments.flatMap((s) => [s.x0, s.x1]);
    expect([...stops].sort((a, b) => a - b)).toEqual(stops);
  });

  it('gives the busiest episode the most room', () => {
    const widths = axis.segments.map((s) => s.x1 - s.x0);
    expect(Math.max(...widths)).toBe(widths[3]);
  });

  it('keeps time to scale inside a segment', () => {
    const april = axis.segments[3]!;
    const x = (iso: string) => axis.scale(day(iso).start);
    expect(x('2019-04-24') - x('2019-04-23')).toBeCloseTo(x('2019-04-25') - x('2019-04-24'), 6);
    expect(x('2019-04-18')).toBeGreaterThan(april.x0);
    expect(x('2019-04-25')).toBeLessThan(april.x1);
  });

  it('builds an axis for a single event and for none', () => {
    expect(buildTimeAxis([day('2019-04-25')], 800).segments).toHaveLength(1);
    expect(buildTimeAxis([], 800).segments).toHaveLength(1);
  });

  it('handles a range spanning decades and years before 1000', () => {
    const range = { start: utcMs(-500), end: utcMs(2000) };
    const axis = buildTimeAxis([range, day('0800')], 1000);
    expect(axis.segments).toHaveLength(1);
    expect(Number.isFinite(axis.scale(day('0800').start))).toBe(true);
  });
});

describe('gapDuration', () => {
  it.each([
    [8 * YEAR, '8 years'],
    [1 * YEAR, '1 year'],
    [10 * 30.4 * DAY_MS, '10 months'],
    [45 * DAY_MS, '6 weeks'],
    [5 * DAY_MS, '5 days']
  ])('says %d ms is "%s"', (ms, text) => {
    expect(words(gapDuration(ms))).toBe(text);
  });
});

describe('axisTicks', () => {
  const axis = buildTimeAxis(EPISODES, 1280);

  it('labels each visible segment at a precision its width can show, and never inside a break', () => {
    const ticks = axisTicks(axis, { k: 1, x: 0 }, 1280, 'en', 84, measureTick);
    expect(ticks.map((t) => t.label)).toContain('2002');
    for (const tick of ticks) {
      for (const gap of axis.breaks) expect(tick.x <= gap.x0 || tick.x >= gap.x1).toBe(true);
    }
  });

  it("shows days when zoomed into April 2019, in the reader's language", () => {
    const april = axis.segments[3]!;
    const view = fitTransform(april.x0, april.x1, 1280, [1, maxZoom(axis, 1280, 4)], 1);
    const labels = axisTicks(axis, view, 1280, 'id', 84, measureTick).map((t) => t.label);
    expect(labels).toContain('25 Apr');
    expect(labels.some((l) => l.startsWith('18 Apr'))).toBe(true);
  });

  it('names August as Indonesian readers abbreviate it, "Agt"', () => {
    const summer = buildTimeAxis([{ start: utcMs(2019, 6, 1), end: utcMs(2019, 10, 1) }], 1280);
    const labels = axisTicks(summer, { k: 1, x: 0 }, 1280, 'id', 84, measureTick).map((t) => t.label);
    expect(labels).toContain('1 Agt');
    expect(labels.join(' ')).not.toContain('Agu');
  });

  it('keeps ticks at least the spacing apart within a segment', () => {
    const ticks = axisTicks(axis, { k: 3, x: -1500 }, 1280, 'en', 84, measureTick);
    for (let i = 1; i < ticks.length; i++) {
      if (ticks[i]!.x > ticks[i - 1]!.x) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThan(40);
    }
  });
});

describe('zoom bounds', () => {
  const axis = buildTimeAxis(EPISODES, 1280);

  it('lets the reader zoom until a day of the busiest stretch spans a quarter of the view', () => {
    const k = maxZoom(axis, 1280, 4);
    const dayWidth = k * (axis.scale(day('2019-04-25').start) - axis.scale(day('2019-04-24').start));
    expect(dayWidth).toBeCloseTo(320, 6);
  });

  it('fits a range into the view, centred, within the zoom bounds', () => {
    expect(fitTransform(100, 200, 1000, [1, 50])).toEqual({ k: 6, x: 500 - 6 * 150 });
    expect(fitTransform(100, 100.001, 1000, [1, 50]).k).toBe(50);
    expect(fitTransform(0, 10_000, 1000, [1, 50]).k).toBe(1);
  });

  it('never lets the timeline be dragged off the view', () => {
    expect(clampTransform({ k: 1, x: 500 }, 1000, 1000)).toEqual({ k: 1, x: 0 });
    expect(clampTransform({ k: 2, x: -5000 }, 1000, 1000)).toEqual({ k: 2, x: -1000 });
    expect(clampTransform({ k: 2, x: -300 }, 1000, 1000)).toEqual({ k: 2, x: -300 });
  });
});
