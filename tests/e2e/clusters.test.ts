/**
 * Clusters: events too close to tell apart are gathered under one mark; opening it zooms in until they
 * spread out into marks of their own.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { events, eventsGroup, markName, marksInView, readCluster, readRange, settle, span } from './helpers';

/** The biggest cluster in view, with the events of the data its dates cover. */
async function biggestCluster(page: Page) {
  const clusters = (await marksInView(page))
    .filter((m) => m.cluster)
    .map((m) => {
      const { count, dates } = readCluster(m.name)!;
      return { name: m.name, count, range: readRange(dates) };
    })
    .sort((a, b) => b.count - a.count);
  expect(clusters.length, 'clusters in view').toBeGreaterThan(0);
  return clusters[0]!;
}

const singleEvents = async (page: Page) =>
  (await marksInView(page)).filter((m) => !m.cluster).map((m) => m.name);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(eventsGroup(page).getByRole('button').first()).toBeVisible();
});

test('clicking a cluster spreads its events out into marks of their own', async ({ page }) => {
  const cluster = await biggestCluster(page);
  const before = await singleEvents(page);
  const members = events
    .filter((e) => cluster.range.from <= span(e.start).from && span(e.start).from < cluster.range.to)
    .map((e) => markName(e));
  expect(members.length, `events of the data in "${cluster.name}"`).toBeGreaterThanOrEqual(cluster.count);

  await eventsGroup(page).getByRole('button', { name: cluster.name, exact: true }).click();
  await settle(page);

  await expect(eventsGroup(page).getByRole('button', { name: cluster.name, exact: true })).toHaveCount(0);
  const after = await singleEvents(page);
  const alone = (names: string[]) => names.filter((name) => members.includes(name)).length;
  expect(alone(after), `events of "${cluster.name}" shown on their own`).toBeGreaterThan(alone(before));
  // What is still gathered is smaller than what was opened.
  for (const m of (await marksInView(page)).filter((m) => m.cluster)) {
    expect(m.count, `"${m.name}" is smaller`).toBeLessThan(cluster.count);
  }
});

test('Enter on a focused cluster opens it too', async ({ page }) => {
  const cluster = await biggestCluster(page);
  const button = eventsGroup(page).getByRole('button', { name: cluster.name, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await settle(page);
  await expect(button).toHaveCount(0);
  // Focus stays in the timeline, on one of the events that came out of it.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('tabindex', '0');
  const name = (await focused.getAttribute('aria-label')) ?? '';
  const event = events.find((e) => markName(e) === name);
  expect(event, `"${name}" is an event`).toBeDefined();
  const time = span(event!.start).from;
  expect(time >= cluster.range.from && time < cluster.range.to, `"${name}" was in "${cluster.name}"`).toBe(
    true
  );
});
