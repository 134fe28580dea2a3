/**
/**
 * Labels never cover each other or another mark's dot, and tick labels never cover each other, at any
 * zoom: what the lane layout and the axis promise. And a label is as wide as its text in the font it is
 * drawn in, padding included: a short title shows whole.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  drag,
  eventsGroup,
  marksInView,
  oneEventDataset,
  readCluster,
  settle,
  toolbarButton,
  type SeenMark
} from './helpers';

type Box = SeenMark['dot'];

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const show = (b: Box) =>
  `[${b.left.toFixed(1)}–${b.right.toFixed(1)}, ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}]`;

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
        problems.push(
          `the label of "${a.name}" ${show(a.label!)} covers that of "${b.name}" ${show(b.label!)}`
        );
      }
    }
    for (const b of marks) {
      if (b !== a && overlap(a.label!, b.dot)) {
        problems.push(
          `the label of "${a.name}" ${show(a.label!)} covers the dot of "${b.name}" ${show(b.dot)}`
        );
      }
    }
  }
  // The axis's tick labels, left to right.
  const ticks = await eventsGroup(page).evaluate((group) =>
    [...group.querySelectorAll('.axis .tick')]
      .map((tick) => ({ text: tick.textContent ?? '', box: tick.getBoundingClientRect() }))
      .map(({ text, box }) => ({ text, left: box.left, right: box.right }))
      .sort((a, b) => a.left - b.left)
  );
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i]!.left < ticks[i - 1]!.right) {
      problems.push(`the tick "${ticks[i - 1]!.text}" runs into the tick "${ticks[i]!.text}"`);
    }
  }
  return { labels: labelled.length + ticks.length, problems };
}

/** A cluster's label that covers its own pill hides the dots of its last members. */
async function hiddenClusterDots(page: Page): Promise<{ clusters: number; problems: string[] }> {
  const marks = (await marksInView(page)).filter((m) => m.cluster && m.label);
  const problems = marks
    .filter((m) => overlap(m.label!, m.dot))
    .map((m) => `the label of "${m.name}" ${show(m.label!)} covers its own dots ${show(m.dot)}`);
  return { clusters: marks.length, problems };
}

/**
 * Looks at the timeline the way a reader zooms through it: the whole span, then into the busiest days (late
 * April 2019) through the biggest cluster there, all the way in and all the way out, each step centred there.
 * Returns every problem `check` finds, and how many things it looked at.
 */
async function zoomThrough(
  page: Page,
  check: (page: Page) => Promise<{ problems: string[] } & Record<string, unknown>>,
  count: (result: Record<string, unknown>) => number
): Promise<{ looked: number[]; problems: string[] }> {
  const looked: number[] = [];
  const problems: string[] = [];
  const look = async (when: string) => {
    await settle(page);
    const result = await check(page);
    looked.push(count(result));
    problems.push(...result.problems.map((p) => `${when}: ${p}`));
  };
  await page.goto('/');
  await look('with the whole timeline shown');

  // On a narrow screen the busiest days are not in view at first: drag to them.
  const inView = async () =>
    (await marksInView(page)).filter((m) => m.cluster && readCluster(m.name)!.dates.endsWith('April 2019'));
  for (let i = 0; i < 6 && (await inView()).length === 0; i++) {
    await drag(page, -page.viewportSize()!.width / 2);
    await settle(page);
  }
  const [biggest] = (await inView()).sort((a, b) => b.count - a.count);
  expect(biggest, 'a cluster of late April 2019 in view').toBeDefined();
  await eventsGroup(page).getByRole('button', { name: biggest!.name, exact: true }).click();
  await look('after opening the biggest cluster of late April 2019');

  // Zoom about the busiest days, as a reader does with + and − on a focused event; the view's centre may
  // be an empty stretch between episodes, where there would be nothing to check.
  const april = (await marksInView(page)).filter((m) => /April 2019(: (zoom in|list them))?$/.test(m.name));
  expect(april.length, 'events of April 2019 in view after opening the cluster').toBeGreaterThan(0);
  await eventsGroup(page)
    .getByRole('button', { name: april.at(-1)!.name, exact: true })
    .focus();
  for (let presses = 1; await toolbarButton(page, 'Zoom in').isEnabled(); presses++) {
    await page.keyboard.press('+');
    await settle(page);
    await look(`after ${presses} presses of "+"`);
  }
  for (let presses = 1; await toolbarButton(page, 'Zoom out').isEnabled(); presses++) {
    await page.keyboard.press('-');
    await settle(page);
    await look(`after ${presses} presses of "−"`);
  }
  return { looked, problems };
}

for (const [device, viewport] of [
  ['a desktop screen', { width: 1280, height: 800 }],
  // The narrowest a timeline is drawn across (below, it reads top to bottom: story.test.ts).
  ['a small tablet', { width: 680, height: 900 }]
] as const) {
  test.describe(`On ${device}`, () => {
    test.use({ viewport });

    test('no label covers another label or another mark’s dot, from the whole span down to single days', async ({
      page
    }) => {
      const { looked, problems } = await zoomThrough(page, collisions, (r) => r.labels as number);
      // At the deepest zoom on a phone a single day fills a quarter of the view: one label may be all there is.
      for (const labels of looked) expect(labels, 'labels in view at every step').toBeGreaterThanOrEqual(1);
      expect(Math.max(...looked), 'labels in view at the busiest step').toBeGreaterThanOrEqual(4);
      expect(problems).toEqual([]);
    });

    test('a cluster’s label leaves the dots of its events visible', async ({ page }) => {
      const { looked, problems } = await zoomThrough(page, hiddenClusterDots, (r) => r.clusters as number);
      expect(
        looked.some((clusters) => clusters > 0),
        'clusters were seen'
      ).toBe(true);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('a short title', () => {
  // A host page's own font: the embed's labels are drawn in it, so they must be measured in it.
  const HOST_FONT = 'body { font-family: Georgia, serif; font-size: 20px; }';

  for (const where of ['the page', 'the embed'] as const) {
    test(`of one character shows whole in ${where}, not cut to an ellipsis`, async ({ page }) => {
      await page.route(
        (url) => url.pathname === '/one.json',
        (route) => route.fulfill({ json: oneEventDataset('w', '2020', 'W') })
      );
      await page.route('**/blog/one.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One</title>
            <style>${HOST_FONT}</style><script type="module" src="/embed/news-timeline.js"></script></head>
            <body><news-timeline src="/one.json"></news-timeline></body></html>`
        })
      );
      await page.goto(where === 'the page' ? '/?src=/one.json' : '/blog/one.html');
      const host = where === 'the page' ? page.locator('body') : page.locator('news-timeline');
      const label = host.getByRole('button', { name: /^W, 2020/ }).locator('.label');
      await expect(label).toHaveText('W');
      // Whole: the text's box holds it with no overflow (an ellipsis would mean scrollWidth > clientWidth).
      const { client, scroll } = await label.evaluate((span) => ({
        client: span.clientWidth,
        scroll: span.scrollWidth
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
});
