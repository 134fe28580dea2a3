/**
 * The timeline by keyboard alone: one Tab stop, the arrow keys walk through time (into clusters too), Home
 * and End, Enter or Space to open, Esc to close and come back, + and − to zoom.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  events,
  eventDate,
  eventsGroup,
  markName,
  overview,
  settle,
  shownSpan,
  toolbarButton
} from './helpers';

const focused = (page: Page) => page.locator(':focus');

/** Presses Tab from the top of the page until focus is in the timeline's events; returns the presses. */
async function tabIntoTimeline(page: Page): Promise<number> {
  for (let presses = 1; presses <= 15; presses++) {
    await page.keyboard.press('Tab');
    if (await eventsGroup(page).evaluate((group) => group.contains(document.activeElement))) return presses;
  }
  throw new Error('15 presses of Tab never reached the timeline’s events');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(eventsGroup(page).getByRole('button').first()).toBeVisible();
});

test('the events are one Tab stop, and it starts at the first event', async ({ page }) => {
  await tabIntoTimeline(page);
  await expect(focused(page)).toHaveAccessibleName(markName(events[0]!));
  await expect(eventsGroup(page).locator('[tabindex="0"]')).toHaveCount(1);
  // The next Tab leaves the events for the overview.
  await page.keyboard.press('Tab');
  await expect(overview(page)).toBeFocused();
});

test('→ walks through every event in time order, out of clusters too, and ← walks back', async ({ page }) => {
  test.setTimeout(90_000);
  await tabIntoTimeline(page);
  for (const [i, event] of events.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(focused(page), `→ ${i} times`).toHaveAccessibleName(markName(event));
  }
  // Past the last event, → stays there.
  await page.keyboard.press('ArrowRight');
  await settle(page);
  await expect(focused(page)).toHaveAccessibleName(markName(events.at(-1)!));
  for (const event of events.slice(-4, -1).reverse()) {
    await page.keyboard.press('ArrowLeft');
    await expect(focused(page)).toHaveAccessibleName(markName(event));
  }
});

test('the focused event is always in view', async ({ page }) => {
  await tabIntoTimeline(page);
  const view = (await eventsGroup(page).boundingBox())!;
  for (const key of ['End', 'Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'End', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await settle(page);
    const box = (await focused(page).boundingBox())!;
    expect(box.x, `after ${key}, the focused mark is not off to the left`).toBeGreaterThanOrEqual(view.x);
    expect(box.x, `after ${key}, the focused mark is not off to the right`).toBeLessThan(
      view.x + view.width - 10
    );
  }
});

test('a key pressed while the timeline is still moving is not lost', async ({ page }) => {
  await tabIntoTimeline(page);
  // Home on the first event starts a (still) move; the next two → follow within its 320 ms.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(focused(page)).toHaveAccessibleName(markName(events[2]!));
});

test('End reaches the last event and Home the first', async ({ page }) => {
  await tabIntoTimeline(page);
  await page.keyboard.press('End');
  await expect(focused(page)).toHaveAccessibleName(markName(events.at(-1)!));
  await page.keyboard.press('Home');
  await expect(focused(page)).toHaveAccessibleName(markName(events[0]!));
});

test('the focused mark shows a focus ring', async ({ page }) => {
  await tabIntoTimeline(page);
  await page.keyboard.press('ArrowRight');
  await expect(focused(page)).toHaveAccessibleName(markName(events[1]!));
  const rings = await focused(page).evaluate((button) =>
    [...button.querySelectorAll('.label, .dot, .pill')].map((part) => {
      const style = getComputedStyle(part);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    })
  );
  expect(
    rings.some((ring) => ring.style !== 'none' && ring.width > 0),
    JSON.stringify(rings)
  ).toBe(true);
});

test('Enter opens the focused event, with focus on its title, and Esc closes it back to the mark', async ({
  page
}) => {
  await tabIntoTimeline(page);
  await page.keyboard.press('End');
  const event = events.at(-1)!;
  const mark = eventsGroup(page).getByRole('button', { name: markName(event), exact: true });
  await expect(mark).toBeFocused();

  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: event.title.en, exact: true });
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2, name: event.title.en })).toBeFocused();
  // The timeline's own announcement (the panel has a status line of its own, for Copy link).
  await expect(page.getByRole('status').filter({ hasText: /^Opened/ })).toHaveText(
    `Opened: ${event.title.en}, ${eventDate(event)}`
  );
  await expect(mark).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(mark).toBeFocused();
});

test('Space opens the focused event too', async ({ page }) => {
  await tabIntoTimeline(page);
  await page.keyboard.press('ArrowRight');
  const event = events[1]!;
  await expect(focused(page)).toHaveAccessibleName(markName(event));
  await page.keyboard.press('Space');
  await expect(page.getByRole('complementary', { name: event.title.en, exact: true })).toBeVisible();
});

test('+ zooms in about the focused event and − zooms back out', async ({ page }) => {
  await tabIntoTimeline(page);
  // Focus is on the first event, and the whole timeline is shown.
  await expect(focused(page)).toHaveAccessibleName(markName(events[0]!));
  const before = await shownSpan(page);

  await page.keyboard.press('+');
  await settle(page);
  const zoomed = await shownSpan(page);
  expect(zoomed.to - zoomed.from, `"${zoomed.text}" is narrower than "${before.text}"`).toBeLessThan(
    before.to - before.from
  );
  await expect(toolbarButton(page, 'Zoom out')).toBeEnabled();
  // Zooming about the focused event keeps it in view and focused.
  await expect(focused(page)).toHaveAccessibleName(markName(events[0]!));
  const view = (await eventsGroup(page).boundingBox())!;
  const box = (await focused(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(view.x);
  expect(box.x).toBeLessThan(view.x + view.width);

  for (let i = 0; i < 12 && (await toolbarButton(page, 'Zoom out').isEnabled()); i++) {
    await page.keyboard.press('-');
    await settle(page);
  }
  expect((await shownSpan(page)).text).toBe(before.text);
});
