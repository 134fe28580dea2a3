/**
 * Ten thousand events: the page draws only what is in view, so the document stays small, and zooming and
 * panning still work. The dataset is generated (seeded, so every run sees the same one) and served as
 * `/big.json`, opened with `?src=/big.json`.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  drag,
  events,
  eventsGroup,
  markName,
  marksInView,
  moves,
  positions,
  press,
  settle,
  shownSpan
} from './helpers';

const COUNT = 10_000;
const CATEGORIES = ['summit', 'travel', 'statement', 'report', 'military', 'preparation', 'background'];

/** mulberry32: a small seeded generator, so the dataset is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Dates from 2000 to 2025, three in five of them in a dozen bursts a few weeks long; a fifth are ranges
 * with an `end`; a few dated only by month or year.
 */
function bigDataset() {
  const next = random(20190424);
  const from = Date.UTC(2000, 0, 1);
  const to = Date.UTC(2025, 11, 31);
  const bursts = Array.from({ length: 12 }, () => from + Math.floor(next() * ((to - from) / DAY)) * DAY);
  const generated = Array.from({ length: COUNT }, (_, n) => {
    const day =
      next() < 0.6
        ? bursts[Math.floor(next() * bursts.length)]! + Math.floor((next() - 0.5) * 40) * DAY
        : from + Math.floor(next() * ((to - from) / DAY)) * DAY;
    const precision = n % 5 === 0 ? 'day' : next() < 0.9 ? 'day' : next() < 0.7 ? 'month' : 'year';
    const start = iso(day).slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
    return {
      id: `synthetic-${n}`,
      start,
      ...(n % 5 === 0 ? { end: iso(day + (1 + Math.floor(next() * 60)) * DAY) } : {}),
      title: { en: `Synthetic event ${n}`, id: `Peristiwa sintetis ${n}` },
      summary: { en: `Generated event number ${n}.`, id: `Peristiwa buatan nomor ${n}.` },
      category: CATEGORIES[n % CATEGORIES.length],
      sources: [{ source: 'synthetic-wire', quote: `Kutipan nomor ${n}.`, translation: `Quote number ${n}.` }]
    };
  });
  return {
    sources: [
      {
        id: 'synthetic-wire',
        outlet: 'Synthetic Wire',
        title: 'Generated for the scale test',
        published: { date: '2025-12-31', derivation: 'Generated.' },
        language: 'id'
      }
    ],
    events: generated
  };
}

const elements = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

const dataset = bigDataset();

/** Opens the page on the generated dataset and waits until all of it is drawn. */
async function openBigDataset(page: Page) {
  // A predicate, not the glob '**/big.json', which would also match the page's own URL, /?src=/big.json.
  await page.route(
    (url) => url.pathname === '/big.json',
    (route) => route.fulfill({ json: dataset })
  );
  await page.goto('/?src=/big.json');
  // The curated events give way to the generated ones, all of them: at first the whole span is in view,
  // so the marks (events and clusters) account for every event.
  await expect(
    eventsGroup(page).getByRole('button', { name: markName(events[0]!), exact: true })
  ).toHaveCount(0);
  await expect
    // Ten thousand events take a while to read and lay out on a busy machine.
    .poll(
      async () =>
        (await marksInView(page)).reduce((sum, m) => sum + (m.cluster ? Number(m.name.split(' ')[0]) : 1), 0),
      { timeout: 20_000 }
    )
    .toBe(COUNT);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /problems? in the data/ })).toHaveCount(0);
}

test('the generated dataset is the one described: ten thousand events, a fifth of them ranges', () => {
  expect(new Set(dataset.events.map((e) => e.id)).size).toBe(COUNT);
  expect(dataset.events.filter((e) => 'end' in e).length).toBe(COUNT / 5);
});

test('with ten thousand events and the whole span in view, the page has fewer than 1,500 elements', async ({
  page
}) => {
  await openBigDataset(page);
  expect(await elements(page)).toBeLessThan(1500);
});

test('with ten thousand events, zooming in and dragging still work and the page stays under 1,500 elements', async ({
  page
}) => {
  await openBigDataset(page);
  const before = await shownSpan(page);
  await press(page, 'Zoom in', 3);
  const zoomed = await shownSpan(page);
  expect(zoomed.to - zoomed.from, `"${zoomed.text}" is narrower than "${before.text}"`).toBeLessThan(
    (before.to - before.from) / 4
  );
  expect(await elements(page), 'elements after zooming in three times').toBeLessThan(1500);

  // Every mark drawn, in view or reaching into it (a cluster's pill can span the view from off to the left).
  const seen = await positions(page, { all: true });
  await drag(page, 200);
  await settle(page);
  const moved = moves(seen, await positions(page, { all: true }));
  expect(moved.length, 'marks seen before and after the drag').toBeGreaterThan(0);
  for (const [name, by] of moved) expect(by, `"${name}" moved with the drag`).toBeCloseTo(200, 0);
  expect(await elements(page), 'elements after dragging').toBeLessThan(1500);
});

test('with ten thousand events, opening a cluster zooms in', async ({ page }) => {
  await openBigDataset(page);
  const before = await shownSpan(page);
  const [biggest] = (await marksInView(page))
    .filter((m) => m.cluster)
    .sort((a, b) => Number(b.name.split(' ')[0]) - Number(a.name.split(' ')[0]));
  // Where the reader sees it: its first dot (the button may have no label to click when there is no room).
  await page.mouse.click(biggest!.x, biggest!.y);
  await settle(page);
  const after = await shownSpan(page);
  expect(after.to - after.from, `"${after.text}" is narrower than "${before.text}"`).toBeLessThan(
    before.to - before.from
  );
  expect(await elements(page)).toBeLessThan(1500);
});

test('with ten thousand events, an event can be opened after zooming in', async ({ page }) => {
  await openBigDataset(page);
  for (let i = 0; i < 20 && (await marksInView(page)).every((m) => m.cluster); i++)
    await press(page, 'Zoom in');
  const [single] = (await marksInView(page)).filter((m) => !m.cluster);
  expect(single, 'an event standing on its own').toBeDefined();
  await eventsGroup(page).getByRole('button', { name: single!.name, exact: true }).click();
  await expect(page.getByRole('complementary', { name: single!.name.split(', ')[0] })).toBeVisible();
  expect(await elements(page), 'elements with an event open').toBeLessThan(1500);
});
