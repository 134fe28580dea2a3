/**
 * On a touch tablet, where the timeline is drawn across (on a phone it reads top to bottom: story.test.ts):
 * no sideways scrolling of the page, tapping opens an event in the drawer along the right edge, a
 * horizontal swipe pans the timeline, a vertical swipe scrolls the page, and two fingers zoom.
 *
 * Touches are sent through the Chrome DevTools Protocol (Input.dispatchTouchEvent), which goes through the
 * browser's own input pipeline: touch events for the page and, where the page lets it, native scrolling.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  events,
  eventsGroup,
  marksInView,
  moves,
  positions,
  settle,
  shownSpan,
  span,
  toolbarButton,
  untilDraggable
} from './helpers';

const WIDTH = 768;
test.use({ viewport: { width: WIDTH, height: 1024 }, hasTouch: true, isMobile: true });

type Point = { x: number; y: number };

/** Moves one or more fingers in a straight line from `from` to `to`, in steps, then lifts them. */
async function touch(cdp: CDPSession, from: Point[], to: Point[], steps = 12): Promise<void> {
  const at = (t: number) =>
    from.map((p, i) => ({ x: p.x + (to[i]!.x - p.x) * t, y: p.y + (to[i]!.y - p.y) * t }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(eventsGroup(page).getByRole('button').first()).toBeVisible();
});

test('the page never scrolls sideways', async ({ page }) => {
  expect(await sidewaysScroll(page), 'at first').toBeLessThanOrEqual(WIDTH);
  const [event] = (await marksInView(page)).filter((m) => !m.cluster);
  await eventsGroup(page).getByRole('button', { name: event!.name, exact: true }).tap();
  await expect(page.getByRole('complementary')).toBeVisible();
  expect(await sidewaysScroll(page), 'with an event open').toBeLessThanOrEqual(WIDTH);
  await page.getByRole('complementary').getByRole('button', { name: 'Close' }).tap();
  await toolbarButton(page, 'Zoom in').tap();
  await settle(page);
  expect(await sidewaysScroll(page), 'zoomed in').toBeLessThanOrEqual(WIDTH);
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  expect(await sidewaysScroll(page), 'in Indonesian').toBeLessThanOrEqual(WIDTH);
});

test('tapping an event opens it in a drawer along the right edge, beside the timeline', async ({ page }) => {
  const [event] = (await marksInView(page)).filter((m) => !m.cluster);
  expect(event, 'an event in view').toBeDefined();
  await eventsGroup(page).getByRole('button', { name: event!.name, exact: true }).tap();

  const sheet = page.getByRole('complementary');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(
    event!.name.slice(0, event!.name.lastIndexOf(', '))
  );
  expect(await sheet.evaluate((aside) => getComputedStyle(aside).position)).toBe('fixed');
  const box = (await sheet.boundingBox())!;
  const toolbar = (await page.getByRole('toolbar', { name: 'Timeline' }).boundingBox())!;
  const stage = (await eventsGroup(page).boundingBox())!;
  expect(box.x + box.width, 'the drawer runs along the right edge').toBeCloseTo(WIDTH, 0);
  expect(box.y + box.height, 'down to the bottom of the screen').toBeCloseTo(1024, 0);
  // From under the toolbar: the title, the language switch and the zoom buttons stay in view and usable.
  expect(box.y, 'below the toolbar').toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 0.5);
  expect(box.y, 'beside the timeline, from its top').toBeLessThanOrEqual(stage.y + 1);
  await toolbarButton(page, 'Zoom in').tap({ trial: true });
  expect(box.width, 'leaving most of the timeline in view').toBeLessThan(WIDTH / 2);
  // The event is kept clear of the drawer.
  const seen = (await marksInView(page)).find((m) => m.name === event!.name)!;
  expect(seen.x, `"${event!.name}" is left of the drawer`).toBeLessThan(box.x);

  await sheet.getByRole('button', { name: 'Close' }).tap();
  await expect(sheet).toHaveCount(0);
});

test('a horizontal swipe pans the timeline', async ({ page }) => {
  await toolbarButton(page, 'Zoom in').tap();
  await settle(page);
  await untilDraggable(eventsGroup(page));
  const cdp = await page.context().newCDPSession(page);
  const box = (await eventsGroup(page).boundingBox())!;
  // Among the lanes, below the episodes' bands (a band is a button of its own).
  const y = box.y + box.height / 2;

  for (const dx of [-150, 100]) {
    const before = await positions(page);
    const x = box.x + box.width / 2 - dx / 2;
    await touch(cdp, [{ x, y }], [{ x: x + dx, y }]);
    await settle(page);
    const moved = moves(before, await positions(page));
    expect(moved.length, 'marks seen before and after the swipe').toBeGreaterThan(0);
    for (const [name, by] of moved) expect(by, `"${name}" moved with the finger`).toBeCloseTo(dx, 0);
  }
});

test('a vertical swipe over the timeline scrolls the page and leaves the marks alone', async ({ page }) => {
  await untilDraggable(eventsGroup(page));
  const cdp = await page.context().newCDPSession(page);
  const box = (await eventsGroup(page).boundingBox())!;
  const x = box.x + box.width / 2;
  const before = await positions(page);
  await touch(cdp, [{ x, y: box.y + box.height - 20 }], [{ x, y: box.y + 20 }]);
  await expect
    .poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolls' })
    .toBeGreaterThan(0);
  await settle(page);
  const after = await positions(page);
  for (const [name, x] of before) expect(after.get(name), `"${name}" did not move sideways`).toBe(x);
});

test('spreading two fingers zooms in', async ({ page }) => {
  await untilDraggable(eventsGroup(page));
  const cdp = await page.context().newCDPSession(page);
  const box = (await eventsGroup(page).boundingBox())!;
  const [cx, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const before = await shownSpan(page);
  await touch(
    cdp,
    [
      { x: cx - 30, y },
      { x: cx + 30, y }
    ],
    [
      { x: cx - 120, y },
      { x: cx + 120, y }
    ]
  );
  await settle(page);
  const after = await shownSpan(page);
  expect(after.to - after.from, `"${after.text}" is narrower than "${before.text}"`).toBeLessThan(
    (before.to - before.from) / 2
  );
  await expect(toolbarButton(page, 'Zoom out')).toBeEnabled();
});

test('"Show all" shows every event, even on a narrow screen', async ({ page }) => {
  await toolbarButton(page, 'Zoom in').tap();
  await settle(page);
  await toolbarButton(page, 'Show all').tap();
  await settle(page);
  const shown = await shownSpan(page);
  expect(shown.from, `"${shown.text}" includes the first event`).toBeLessThanOrEqual(
    span(events[0]!.start).from
  );
  expect(shown.to, `"${shown.text}" includes the last event`).toBeGreaterThanOrEqual(
    span(events.at(-1)!.start).to
  );
});
