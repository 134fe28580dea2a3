/**
 * The overview strip under the timeline: a slider that says which dates are shown, moved with the arrow
 * keys, by clicking the strip, or by dragging its window.
 */
import { expect, test } from './fixtures';
import { events, marksInView, moves, overview, positions, press, settle, shownSpan, span } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(overview(page)).toBeVisible();
  await press(page, 'Zoom in', 3);
});

test('the overview says which dates are shown', async ({ page }) => {
  await expect(overview(page)).toHaveAttribute(
    'aria-valuetext',
    /^Showing \d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}$/
  );
  const shown = await shownSpan(page);
  expect(shown.from).toBeLessThan(shown.to);
});

test('→ and ← on the overview move the timeline later and earlier', async ({ page }) => {
  // Marks must be in view to be seen moving; how deep the zoom can go before the view falls between
  // events depends on the data, so step back out until some are.
  while ((await marksInView(page)).length === 0) await press(page, 'Zoom out');
  await overview(page).focus();
  const start = await shownSpan(page);
  const before = await positions(page);

  await page.keyboard.press('ArrowRight');
  await settle(page);
  const later = await shownSpan(page);
  expect(later.from, `"${later.text}" starts after "${start.text}"`).toBeGreaterThan(start.from);
  const moved = moves(before, await positions(page));
  expect(moved.length).toBeGreaterThan(0);
  for (const [name, by] of moved) expect(by, `"${name}" moved left`).toBeLessThan(-10);

  await page.keyboard.press('ArrowLeft');
  await settle(page);
  expect((await shownSpan(page)).text).toBe(start.text);
});

test('clicking the start or the end of the strip shows the first or the last events', async ({ page }) => {
  const strip = (await overview(page).locator('..').boundingBox())!;
  await page.mouse.click(strip.x + 2, strip.y + strip.height / 2);
  await settle(page);
  const first = await shownSpan(page);
  expect(first.from, `"${first.text}" includes the first event`).toBeLessThanOrEqual(
    span(events[0]!.start).from
  );

  await page.mouse.click(strip.x + strip.width - 2, strip.y + strip.height / 2);
  await settle(page);
  const last = await shownSpan(page);
  expect(last.to, `"${last.text}" includes the last event`).toBeGreaterThanOrEqual(
    span(events.at(-1)!.start).to
  );
  expect(last.from).toBeGreaterThan(first.to);
});

test('dragging the window along the strip moves the timeline with it', async ({ page }) => {
  const box = (await overview(page).boundingBox())!;
  const start = await shownSpan(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await settle(page);
  const later = await shownSpan(page);
  expect(later.from, `"${later.text}" starts after "${start.text}"`).toBeGreaterThan(start.from);
  // The window is still under the pointer.
  const moved = (await overview(page).boundingBox())!;
  const pointer = box.x + box.width / 2 + 60;
  expect(moved.x, 'the window starts left of the pointer').toBeLessThanOrEqual(pointer);
  expect(moved.x + moved.width, 'the window ends right of the pointer').toBeGreaterThanOrEqual(pointer);
});
