/**
 * Links to an event (`#event=<id>`), and the browser's Back and Forward through the events a reader opened.
 */
import { expect, test } from './fixtures';
import { eventById, eventsGroup, mark, marksInView, markName, panel, settle, zoomToEvent } from './helpers';

const summit = eventById('putin-kim-summit-vladivostok-2019');
const departure = eventById('kim-departs-pyongyang-by-train-2019');
const hanoi = eventById('hanoi-summit-2019');

test('a link to an event opens it on load, with its mark centred in the part of the timeline beside its drawer', async ({
  page
}) => {
  await page.goto(`/#event=${summit.id}`);
  await expect(panel(page, summit)).toBeVisible();
  await expect(panel(page, summit).getByRole('heading', { level: 2 })).toHaveText(summit.title.en);
  await settle(page);

  const view = (await eventsGroup(page).boundingBox())!;
  const drawer = (await panel(page, summit).boundingBox())!;
  const seen = (await marksInView(page)).find((m) => m.name === markName(summit));
  expect(seen, `"${markName(summit)}" is in view`).toBeDefined();
  const clear = Math.min(view.x + view.width, drawer.x);
  const middle = (view.x + clear) / 2;
  if (Math.abs(seen!.x - middle) >= 0.5) {
    // Short of the middle only where the timeline's end holds it back: the end is then at the drawer's
    // edge (less the axis's margin), never further left, and the mark right of the middle.
    const end = await eventsGroup(page).evaluate((group) =>
      Math.max(
        ...[...group.querySelectorAll('.axis .line')].map((line) => line.getBoundingClientRect().right)
      )
    );
    expect(seen!.x, 'held right of the middle by the end of time').toBeGreaterThan(middle);
    expect(clear - end, 'the timeline ends at the drawer').toBeGreaterThanOrEqual(0);
    expect(clear - end, 'the timeline ends at the drawer').toBeLessThanOrEqual(30);
  }
  await expect(mark(page, summit)).toHaveAttribute('aria-expanded', 'true');
  // The link opens the panel without taking focus away from the top of the page.
  await expect(panel(page, summit).getByRole('heading', { level: 2 })).not.toBeFocused();
});

test('a link to an unknown event opens nothing', async ({ page }) => {
  await page.goto('/#event=no-such-event');
  await expect(eventsGroup(page).getByRole('button').first()).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('opening another event from a linked one adds it to the history, and Back returns', async ({ page }) => {
  await page.goto(`/#event=${summit.id}`);
  await expect(panel(page, summit)).toBeVisible();
  await settle(page);

  await (await zoomToEvent(page, departure)).click();
  await expect(panel(page, departure)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#event=${departure.id}$`));

  await page.goBack();
  await expect(panel(page, summit)).toBeVisible();
  await expect(panel(page, departure)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#event=${summit.id}$`));
});

test('Back and Forward walk through the events the reader opened, back to none', async ({ page }) => {
  await page.goto('/');
  await (await zoomToEvent(page, hanoi)).click();
  await expect(panel(page, hanoi)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#event=${hanoi.id}$`));

  await (await zoomToEvent(page, departure)).click();
  await expect(panel(page, departure)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#event=${departure.id}$`));

  await page.goBack();
  await expect(panel(page, hanoi)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#event=${hanoi.id}$`));

  await page.goBack();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');

  await page.goForward();
  await expect(panel(page, hanoi)).toBeVisible();
});

test('closing the panel is a step in the history too', async ({ page }) => {
  await page.goto(`/#event=${summit.id}`);
  await expect(panel(page, summit)).toBeVisible();
  await panel(page, summit).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await page.goBack();
  await expect(panel(page, summit)).toBeVisible();
});

test('Back brings the event it reopens into view', async ({ page }) => {
  await page.goto('/');
  await (await zoomToEvent(page, hanoi)).click();
  await expect(panel(page, hanoi)).toBeVisible();
  await (await zoomToEvent(page, departure)).click();
  await expect(panel(page, departure)).toBeVisible();

  await page.goBack();
  await expect(panel(page, hanoi)).toBeVisible();
  await settle(page);
  const names = (await marksInView(page)).map((m) => m.name);
  expect(names, 'the reopened event’s mark is in view').toContain(markName(hanoi));
});

test('changing the link’s event on the page brings that event into view', async ({ page }) => {
  await page.goto('/');
  await expect(eventsGroup(page).getByRole('button').first()).toBeVisible();
  await settle(page);
  // As if the reader edited the address: the same page, another fragment.
  await page.goto(`/#event=${departure.id}`);
  await expect(panel(page, departure)).toBeVisible();
  await settle(page);
  const names = (await marksInView(page)).map((m) => m.name);
  expect(names, 'the linked event’s mark is in view').toContain(markName(departure));
});
