/**
 * The story at first sight: the five episodes named by their own events, no label over another, every
 * stretch of the axis saying its year, a quote in view as soon as an event opens, the episodes as bands
 * that zoom to them, a walk through the story from the drawer; and, on a phone, the story read top to
 * bottom with every episode named within three screens.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
  episodes,
  events,
  eventsGroup,
  markName,
  settle,
  shownSpan,
  span,
  toolbarButton,
  type DataEvent
} from './helpers';

/** The headline events of an episode: those starting within it. */
function headlines(episode: (typeof episodes)[number]): DataEvent[] {
  const from = span(episode.start).from;
  const to = span(episode.end).to;
  return events.filter(
    (e) => e.importance === 'headline' && from <= span(e.start).from && span(e.start).from < to
  );
}

/** Whether a box lies inside the window. */
async function inViewport(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await selector.boundingBox();
  const { width, height } = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + 1 <= height;
}

test.describe('At 1280×800, the first view', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(eventsGroup(page).getByRole('button').first()).toBeVisible();
  });

  test('names the five episodes by their own events, whole, on screen', async ({ page }) => {
    expect(episodes).toHaveLength(5);
    for (const episode of episodes) {
      const candidates = headlines(episode);
      expect(candidates.length, `a headline event in "${episode.title.en}"`).toBeGreaterThan(0);
      let named = 0;
      for (const event of candidates) {
        const button = eventsGroup(page).getByRole('button', { name: markName(event), exact: true });
        if ((await button.count()) === 0 || !(await inViewport(page, button))) continue;
        // What the reader sees is the event's title, not a count.
        await expect(button.locator('.label')).toHaveText(event.title.en);
        named++;
      }
      expect(named, `"${episode.title.en}" is named on screen by one of its headline events`).toBeGreaterThan(
        0
      );
    }
  });

  test('shows the episodes as bands along the top, each zooming to its stretch of time', async ({ page }) => {
    const bands = page.getByRole('group', { name: 'Episodes' });
    for (const episode of episodes)
      await expect(bands.getByRole('button', { name: episode.title.en })).toBeVisible();
    const hanoi = episodes.find((e) => e.id === 'hanoi-2019')!;
    await bands.getByRole('button', { name: hanoi.title.en }).click();
    await settle(page);
    // February 2019 across the view, and little else.
    const shown = await shownSpan(page);
    expect(shown.from, shown.text).toBeLessThanOrEqual(span('2019-02').from);
    expect(shown.to, shown.text).toBeGreaterThanOrEqual(span('2019-02').to);
    expect(shown.to - shown.from, shown.text).toBeLessThan(60 * 86_400_000);
  });

  test('gives every stretch of the axis its year, and draws no tick label over another', async ({ page }) => {
    const { segments, ticks } = await eventsGroup(page).evaluate((group) => {
      const box = (el: Element) => el.getBoundingClientRect();
      return {
        segments: [...group.querySelectorAll('.axis .line')].map((el) => ({
          left: box(el).left,
          right: box(el).right
        })),
        ticks: [...group.querySelectorAll('.axis .tick')].map((el) => ({
          left: box(el).left,
          right: box(el).right,
          text: el.textContent ?? ''
        }))
      };
    });
    expect(segments.length).toBeGreaterThan(3);
    for (const { left, right } of segments) {
      const year = ticks.find((t) => t.left >= left - 1 && t.left < right && /\d{4}/.test(t.text));
      expect(year, `the stretch ${left.toFixed(0)}–${right.toFixed(0)} px says its year`).toBeDefined();
    }
    const sorted = [...ticks].sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++) {
      expect(
        sorted[i]!.left,
        `"${sorted[i]!.text}" clear of "${sorted[i - 1]!.text}"`
      ).toBeGreaterThanOrEqual(sorted[i - 1]!.right);
    }
  });

  test('opens any event with one of its quotes in view, and walks on to the next', async ({ page }) => {
    // It opens every event named in the first view, one after another: a dozen opens and closes.
    test.setTimeout(90_000);
    const names = await eventsGroup(page)
      .locator('.mark.event.labelled')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) {
      const event = events.find((e) => markName(e) === name)!;
      // Each from the first view: the last event's drawer moved the view to keep that event clear of it,
      // and closing it moves the view back within bounds; only once that has settled is "Show all" what
      // it will stay (asked before, it could turn disabled between the question and the click).
      await settle(page);
      const showAll = toolbarButton(page, 'Show all');
      if (await showAll.isEnabled()) {
        await showAll.click();
        await settle(page);
      }
      await eventsGroup(page).getByRole('button', { name, exact: true }).click();
      const details = page.getByRole('complementary', { name: event.title.en, exact: true });
      const quote = details.locator('blockquote').first();
      await expect(quote).toBeVisible();
      expect(await inViewport(page, quote), `a quote of "${event.title.en}" is in view`).toBe(true);
      // The drawer leaves the zoom buttons above it: a trial click fails if anything covers them.
      await toolbarButton(page, 'Zoom in').click({ trial: true });
      await page.keyboard.press('Escape');
      await expect(details).toHaveCount(0);
    }
  });

  test('the drawer walks through the story, event by event, in time', async ({ page }) => {
    const [first, second] = events;
    await eventsGroup(page)
      .getByRole('button', { name: markName(first!), exact: true })
      .click();
    await page.getByRole('button', { name: `Next: ${second!.title.en}` }).click();
    const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(second!.title.en);
    await expect(heading).toBeFocused();
    await page.getByRole('button', { name: `Previous: ${first!.title.en}` }).click();
    await expect(heading).toHaveText(first!.title.en);
  });
});

test.describe('On a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  });

  test('names every episode within three screens of scrolling, and never scrolls sideways', async ({
    page
  }) => {
    for (const episode of episodes) {
      const heading = page.getByRole('heading', { name: episode.title.en, exact: true });
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top, `"${episode.title.en}" is within three screens`).toBeLessThan(3 * 844);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('a tap on an event shows its quote in place, and another tap closes it', async ({ page }) => {
    const event = events.find((e) => e.id === 'putin-kim-summit-vladivostok-2019')!;
    const card = page.getByRole('button', { name: new RegExp(event.title.en) });
    await card.tap();
    await expect(card).toHaveAttribute('aria-expanded', 'true');
    const quote = page.locator('blockquote').first();
    await expect(quote).toBeVisible();
    await quote.scrollIntoViewIfNeeded();
    expect(await inViewport(page, quote)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
    ).toEqual([]);
    await card.tap();
    await expect(card).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('blockquote')).toHaveCount(0);
  });
});
