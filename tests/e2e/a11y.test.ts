/**
 * Automated accessibility checks (axe-core) of what a reader sees: the timeline, an open event with its
 * archived article, and the list view, in light and dark colours. Serious and critical findings fail.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { eventById, panel, zoomToEvent } from './helpers';

const departure = eventById('kim-departs-pyongyang-by-train-2019');

/** Serious and critical violations, one line per element, for the failure message. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) => `${v.impact} ${v.id} (${v.help}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`
      )
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`In ${colorScheme} colours`, () => {
    test.use({ colorScheme });

    test('the timeline has no serious accessibility violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the page on hosting the embed has no serious accessibility violations', async ({ page }) => {
      await page.goto('/hosting/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hosting the embed');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an open event with its archived article has no serious accessibility violations', async ({
      page
    }) => {
      await page.goto('/');
      await (await zoomToEvent(page, departure)).click();
      const details = panel(page, departure);
      await expect(details).toBeVisible();
      await details.getByRole('button', { name: 'Read in the archived article' }).first().click();
      await expect(details.getByRole('region')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an event’s own page, with the timeline and as the article, has no serious accessibility violations', async ({
      page
    }) => {
      // Two pages for axe to read: as long as the list view's check, on a busy machine.
      test.setTimeout(120_000);
      const hanoi = eventById('hanoi-summit-2019');
      await page.goto(`/id/event/${hanoi.id}/`);
      await expect(panel(page, hanoi, 'id')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // The article a page without scripts shows, which the page shows for printing too (axe needs scripts).
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('main blockquote').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a TimelineJS spreadsheet previewed on /make/, its groups listed, has no serious accessibility violations', async ({
      page
    }) => {
      test.setTimeout(60_000);
      await page.goto('/make/');
      await page
        .getByRole('textbox', { name: /^Dataset/ })
        .fill(
          readFileSync(
            fileURLToPath(new URL('../fixtures/formats/timelinejs-template.csv', import.meta.url)),
            'utf8'
          )
        );
      await expect(page.getByRole('list', { name: 'Groups' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the list view has no serious accessibility violations', async ({ page }) => {
      // Every event with its claims' markers, quotes, notes and record sources: axe reads thousands of
      // nodes, which takes over a minute on a busy machine.
      test.setTimeout(120_000);
      await page.goto('/');
      await page.getByRole('button', { name: 'Show as a list' }).click();
      await expect(page.locator('ol.event-list')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe('On a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the story read top to bottom, an event open in place, has no serious accessibility violations', async ({
    page
  }) => {
    await page.goto(`/#event=${departure.id}&lang=id`);
    const card = page.getByRole('button', { name: new RegExp(departure.title.id) });
    await expect(card).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('blockquote').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
