/**
 * Browsing with a mouse: zooming with the buttons and the wheel, panning by dragging and by scrolling
 * sideways, and scrolling the page past the timeline.
 */
import { expect, test } from './fixtures';
import {
  drag,
  untilDraggable,
  events,
  eventsGroup,
  marksInView,
  moves,
  positions,
  press,
  settle,
  shownSpan,
  span,
  toolbarButton
} from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(eventsGroup(page).getByRole('button').first()).toBeVisible();
});

test.describe('The zoom buttons', () => {
  test('at first the whole timeline is shown and only "Zoom in" can do anything', async ({ page }) => {
    await expect(toolbarButton(page, 'Zoom in')).toBeEnabled();
    await expect(toolbarButton(page, 'Zoom out')).toBeDisabled();
    await expect(toolbarButton(page, 'Show all')).toBeDisabled();
    const shown = await shownSpan(page);
    expect(shown.from, `"${shown.text}" includes the first event`).toBeLessThanOrEqual(
      span(events[0]!.start).from
    );
    expect(shown.to, `"${shown.text}" includes the last event`).toBeGreaterThanOrEqual(
      span(events.at(-1)!.start).to
    );
  });

  test('"Zoom in" doubles the distance between marks and "Zoom out" halves it again', async ({ page }) => {
    const before = await positions(page);
    await press(page, 'Zoom in');
    const after = await positions(page);
    const shared = moves(before, after).map(([name]) => name);
    expect(shared.length, 'marks seen before and after zooming in').toBeGreaterThanOrEqual(2);
    const [a, b] = [shared[0]!, shared.at(-1)!];
    const ratio = (after.get(b)! - after.get(a)!) / (before.get(b)! - before.get(a)!);
    expect(ratio, `the distance from "${a}" to "${b}" doubled`).toBeCloseTo(2, 1);
    await expect(toolbarButton(page, 'Zoom out')).toBeEnabled();
    await expect(toolbarButton(page, 'Show all')).toBeEnabled();

    await press(page, 'Zoom out');
    const back = await positions(page);
    for (const [name, x] of before)
      expect(back.get(name), `"${name}" is back where it was`).toBeCloseTo(x, 0);
  });

  test('two quick presses of "Zoom in" zoom in twice', async ({ page }) => {
    await press(page, 'Zoom in');
    const once = await shownSpan(page);
    await press(page, 'Show all');

    await toolbarButton(page, 'Zoom in').click();
    await toolbarButton(page, 'Zoom in').click();
    await settle(page);
    const twice = await shownSpan(page);
    expect(twice.to - twice.from, `"${twice.text}" is narrower than "${once.text}"`).toBeLessThan(
      0.9 * (once.to - once.from)
    );
  });

  test('"Show all" brings back the whole timeline after zooming and panning', async ({ page }) => {
    const start = await positions(page);
    const overviewAtStart = (await shownSpan(page)).text;
    await press(page, 'Zoom in', 3);
    await drag(page, 200);
    await settle(page);
    expect((await shownSpan(page)).text).not.toBe(overviewAtStart);

    await press(page, 'Show all');
    expect((await shownSpan(page)).text).toBe(overviewAtStart);
    const now = await positions(page);
    expect([...now.keys()]).toEqual([...start.keys()]);
    for (const [name, x] of start) expect(now.get(name), `"${name}" is back where it was`).toBeCloseTo(x, 0);
    await expect(toolbarButton(page, 'Show all')).toBeDisabled();
    await expect(toolbarButton(page, 'Zoom out')).toBeDisabled();
  });

  test('"Zoom in" stops being available at the deepest zoom, a few days across', async ({ page }) => {
    for (let i = 0; i < 12 && (await toolbarButton(page, 'Zoom in').isEnabled()); i++) {
      await press(page, 'Zoom in');
    }
    await expect(toolbarButton(page, 'Zoom in')).toBeDisabled();
    const shown = await shownSpan(page);
    const days = (shown.to - shown.from) / 86_400_000;
    expect(days, `"${shown.text}" is a few days`).toBeGreaterThanOrEqual(2);
    expect(days, `"${shown.text}" is a few days`).toBeLessThanOrEqual(8);
  });
});

test.describe('Zooming with ctrl and the wheel', () => {
  test('keeps the date under the pointer where it is', async ({ page }) => {
    await untilDraggable(eventsGroup(page));
    const view = (await eventsGroup(page).boundingBox())!;
    const centre = view.x + view.width / 2;
    // An event far from the middle, so that zooming about the middle would visibly move it.
    const target = (await marksInView(page))
      .filter((m) => !m.cluster && m.x > view.x + 40 && m.x < view.x + view.width - 40)
      .sort((a, b) => Math.abs(b.x - centre) - Math.abs(a.x - centre))[0]!;
    expect(Math.abs(target.x - centre)).toBeGreaterThan(100);
    const [px, py] = [Math.round(target.x), Math.round(target.y)];
    const before = await positions(page);

    await page.mouse.move(px, py);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -50);
    await page.mouse.wheel(0, -50);
    await page.keyboard.up('Control');
    await settle(page);

    const after = await positions(page);
    expect(after.get(target.name), `"${target.name}" stays under the pointer`).toBeGreaterThan(px - 3);
    expect(after.get(target.name), `"${target.name}" stays under the pointer`).toBeLessThan(px + 3);
    // The view did zoom: another mark seen both times is now further from the pointer.
    const other = moves(before, after).find(([name]) => name !== target.name);
    expect(other, 'another mark stays in view').toBeDefined();
    const [name] = other!;
    const ratio = (after.get(name)! - px) / (before.get(name)! - px);
    expect(ratio, `"${name}" moved away from the pointer`).toBeGreaterThan(1.5);

    // And halfway out again about the same point.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 50);
    await page.keyboard.up('Control');
    await settle(page);
    await expect(toolbarButton(page, 'Zoom out'), 'still zoomed in, halfway').toBeEnabled();
    const out = await positions(page);
    expect(out.get(target.name), `"${target.name}" is still under the pointer`).toBeGreaterThan(px - 3);
    expect(out.get(target.name), `"${target.name}" is still under the pointer`).toBeLessThan(px + 3);
  });
});

test.describe('Panning', () => {
  test.beforeEach(async ({ page }) => {
    // At the first zoom the whole timeline fits and there is nothing to pan to.
    await press(page, 'Zoom in', 2);
    await untilDraggable(eventsGroup(page));
  });

  test('dragging moves the marks right, then left, by the distance dragged', async ({ page }) => {
    for (const dx of [160, -240]) {
      const before = await positions(page);
      await drag(page, dx);
      await settle(page);
      const moved = moves(before, await positions(page));
      expect(moved.length, 'marks seen before and after the drag').toBeGreaterThan(0);
      for (const [name, by] of moved) expect(by, `"${name}" moved with the drag`).toBeCloseTo(dx, 0);
    }
  });

  test('scrolling sideways moves the marks the other way by the distance scrolled', async ({ page }) => {
    const box = (await eventsGroup(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await positions(page);
    await page.mouse.wheel(120, 0);
    await settle(page);
    const moved = moves(before, await positions(page));
    expect(moved.length).toBeGreaterThan(0);
    for (const [name, by] of moved) expect(by, `"${name}" moved left`).toBeCloseTo(-120, 0);
  });

  test('shift and the wheel pan the timeline too', async ({ page }) => {
    const box = (await eventsGroup(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await positions(page);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 100);
    await page.keyboard.up('Shift');
    await settle(page);
    const moved = moves(before, await positions(page));
    expect(moved.length).toBeGreaterThan(0);
    for (const [name, by] of moved) expect(by, `"${name}" moved left`).toBeCloseTo(-100, 0);
    expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(scrolled);
  });

  test('a plain vertical wheel over the timeline scrolls the page and leaves the marks alone', async ({
    page
  }) => {
    const box = (await eventsGroup(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await positions(page);
    const overviewBefore = (await shownSpan(page)).text;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.mouse.wheel(0, 200);
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolls' })
      .toBeGreaterThan(0);
    await settle(page);
    expect((await shownSpan(page)).text).toBe(overviewBefore);
    const after = await positions(page);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, x] of before) expect(after.get(name), `"${name}" did not move sideways`).toBe(x);
  });
});
