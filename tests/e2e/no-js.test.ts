/**
 * The page as an article: without JavaScript it lists every event with its date and quotes; with it, the
 * timeline takes the list's place and "Show as a list" brings the list back.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { eventDate, events, foldSpace } from './helpers';

/** Checks that a list of articles is every event of the data, in time order, each with its date and quotes. */
async function expectEveryEvent(items: Locator) {
  await expect(items).toHaveCount(events.length);
  await expect(items.getByRole('heading', { level: 3 })).toHaveText(events.map((e) => e.title.en));
  for (const [i, event] of events.entries()) {
    const article = items.nth(i);
    const time = article.locator('time').first();
    await expect(time, `the date of "${event.title.en}"`).toHaveAttribute('datetime', event.start);
    await expect(time).toHaveText(eventDate(event));
    for (const claim of event.claims)
      await expect(
        article.getByText(claim.en, { exact: true }),
        `a claim of "${event.title.en}"`
      ).toBeVisible();
    const quotes = (await article.locator('blockquote').allInnerTexts()).map(foldSpace);
    expect(quotes, `the quotes of "${event.title.en}"`).toEqual(event.sources.map((c) => foldSpace(c.quote)));
    for (const quote of await article.locator('blockquote').all())
      await expect(quote).toHaveAttribute('lang', 'id');
  }
}

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page lists every event in time order, with its date, summary and every quote', async ({
    page
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'North Korea–Russia summit diplomacy, 2002–2023'
    );
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
    await expectEveryEvent(page.locator('ol.event-list > li > article'));
  });
});

test.describe('Without JavaScript, the footnotes', () => {
  test.use({ javaScriptEnabled: false });

  test("link each sentence to its event's own quotes and record sources, and following one lands on the quote", async ({
    page
  }) => {
    await page.goto('/');
    const articles = page.locator('ol.event-list > li > article');
    for (const [i, event] of events.entries()) {
      const article = articles.nth(i);
      const markers = article.getByRole('link', { name: /^(source \d+|record: .+)$/ });
      const expected = event.claims.reduce((n, c) => n + (c.cites?.length ?? 0) + (c.record ? 1 : 0), 0);
      await expect(markers, `the footnote markers of "${event.title.en}"`).toHaveCount(expected);
      for (const link of await markers.all()) {
        const href = (await link.getAttribute('href'))!;
        expect(href.startsWith(`#event-${event.id}-`), href).toBe(true);
        // Each target is in the same article, and only there: ids are unique per event.
        await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
        await expect(article.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
      }
    }

    const event = events.find((e) => e.claims.some((c) => c.cites?.length))!;
    const cited = event.claims.find((c) => c.cites?.length)!.cites![0]!;
    const article = articles.nth(events.indexOf(event));
    await article
      .getByRole('link', { name: `source ${cited + 1}`, exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`#event-${event.id}-quote-${cited}$`));
    const target = page.locator(':target');
    expect(foldSpace(await target.locator('blockquote').innerText())).toBe(
      foldSpace(event.sources[cited]!.quote)
    );
  });
});

test.describe('With JavaScript', () => {
  test('the timeline replaces the list, and "Show as a list" brings the list back', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(page.locator('ol.event-list')).toHaveCount(0);

    await page.getByRole('button', { name: 'Show as a list' }).click();
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
    await expectEveryEvent(page.locator('ol.event-list > li > article'));

    await page.getByRole('button', { name: 'Show the timeline' }).click();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(page.locator('ol.event-list')).toHaveCount(0);
  });
});
