/**
 * Labels never cover each other or another mark's dot, at any zoom: what the lane layout promises.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drag, eventsGroup, marksInView, press, settle, toolbarButton, type SeenMark } from './helpers';

type Box = SeenMark['dot'];

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const show = (b: Box) => `[${b.left.toFixed(1)}–${b.right.toFixed(1)}, ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}]`;

/** Every collision a reader can see: label on label, label on another mark's dot. */
async function collisions(page: Page): Promise<{ labels: number; problems: string[] }> {
  const view = (await eventsGroup(page).boundingBox())!;
  const seen = (b: Box) => b.right > view.x && b.left < view.x + view.width;
  const marks = await marksInView(page, { all: true });
  const labelled = marks.filter((m) => m.label && seen(m.label));
  const problems: string[] = [];
  for (const [i, a] of labelled.entries()) {
    for (const b of labelled.slice(i + 1)) {
      if (overlap(a.label!, b.label!)) {
        problems.push(`the label of "${a.name}" ${show(a.label!)} covers that of "${b.name}" ${show(b.label!)}`);
      }
    }
    for (const b of marks) {
      if (b !== a && overlap(a.label!, b.dot)) {
        problems.push(`the label of "${a.name}" ${show(a.label!)} covers the dot of "${b.name}" ${show(b.dot)}`);
      }
    }
  }
  return { labels: labelled.length, problems };
}

async function expectNoCollisions(page: Page, when: string) {
  await settle(page);
  const { labels, problems } = await collisions(page);
  expect(labels, `labels in view ${when}`).toBeGreaterThanOrEqual(2);
  expect(problems, `collisions ${when}`).toEqual([]);
}

for (const [device, viewport] of [
  ['a desktop screen', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }]
] as const) {
  test.describe(`On ${device}`, () => {
    test.use({ viewport });

    test('no label covers another label or a dot, from the whole span down to single days', async ({ page }) => {
      await page.goto('/');
      await expectNoCollisions(page, 'with the whole timeline shown');

      // Into the busiest days, late April 2019, through the biggest cluster there (dragging to it where the
      // screen is too narrow to show it at first); then all the way in and all the way out, centred there.
      const lateApril = /^(\d+) events, [\d–]+ April 2019: zoom in$/;
      const inView = async () => (await marksInView(page)).filter((m) => lateApril.test(m.name));
      for (let i = 0; i < 6 && (await inView()).length === 0; i++) {
        await drag(page, -page.viewportSize()!.width / 2);
        await settle(page);
      }
      const [biggest] = (await inView()).sort(
        (a, b) => Number(lateApril.exec(b.name)![1]) - Number(lateApril.exec(a.name)![1])
      );
      expect(biggest, 'a cluster of late April 2019 in view').toBeDefined();
      await eventsGroup(page).getByRole('button', { name: biggest!.name, exact: true }).click();
      await expectNoCollisions(page, 'after opening the biggest cluster of late April 2019');

      let presses = 0;
      while (await toolbarButton(page, 'Zoom in').isEnabled()) {
        await press(page, 'Zoom in');
        await expectNoCollisions(page, `after ${++presses} presses of "Zoom in"`);
      }
      presses = 0;
      while (await toolbarButton(page, 'Zoom out').isEnabled()) {
        await press(page, 'Zoom out');
        await expectNoCollisions(page, `after ${++presses} presses of "Zoom out"`);
      }
    });
  });
}
