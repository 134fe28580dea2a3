/**
 * The detail panel: everything the data says about an event, each quote in its original Indonesian with its
 * translation and source, and the archived article itself with the quote highlighted.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { eventById, events, foldSpace, mark, panel, shownDate, sourceById, zoomToEvent } from './helpers';

const NOTE_KINDS = {
  error: 'Error in the article',
  contradiction: 'Articles disagree',
  ambiguity: 'Unclear',
  record: 'On the record'
} as const;

const departure = eventById('kim-departs-pyongyang-by-train-2019');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await (await zoomToEvent(page, departure)).click();
});

test('opening an event shows its title, date, how the date was worked out, summary, place and people', async ({
  page
}) => {
  const details = panel(page, departure);
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(departure.title.en);
  // The event's own date comes first; the sources' dates follow in the citations.
  const date = details.locator('time').first();
  await expect(date).toHaveAttribute('datetime', departure.start);
  await expect(date).toHaveText(shownDate(departure.start, 'en'));
  await expect(details.getByText('How the date was worked out:')).toBeVisible();
  await expect(details.getByText(departure.dateDerivation!.en, { exact: true })).toBeVisible();
  for (const claim of departure.claims)
    await expect(details.getByText(claim.en, { exact: true })).toBeVisible();
  const place = [departure.place!.name, departure.place!.country].filter(Boolean).join(', ');
  await expect(details.getByRole('term').filter({ hasText: 'Place' })).toBeVisible();
  await expect(details.getByRole('definition').filter({ hasText: place })).toHaveText(place);
  await expect(details.getByRole('definition').filter({ hasText: departure.people![0]! })).toHaveText(
    departure.people!.join(', ')
  );
  await expect(details.getByRole('button', { name: 'Close' })).toBeVisible();
});

test('the notes on the sources are shown by kind, naming the outlet they are about', async ({ page }) => {
  const details = panel(page, departure);
  await expect(details.getByRole('heading', { name: 'Notes on the sources' })).toBeVisible();
  const notes = departure.notes!;
  const items = details
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Notes on the sources' }) })
    .getByRole('listitem');
  await expect(items).toHaveCount(notes.length);
  for (const note of notes) {
    const outlet = note.source ? ` (${sourceById(note.source).outlet})` : '';
    await expect(
      items.filter({ hasText: note.text.en }),
      `the note "${note.text.en.slice(0, 40)}…"`
    ).toHaveText(`${NOTE_KINDS[note.kind]}${outlet}: ${note.text.en}`);
  }
});

test('each source quote is in Indonesian, with its translation, outlet, author and date', async ({
  page
}) => {
  const details = panel(page, departure);
  await expect(details.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  const quotes = details.locator('blockquote');
  await expect(quotes).toHaveCount(departure.sources.length);
  for (const [i, citation] of departure.sources.entries()) {
    const source = sourceById(citation.source);
    const quote = quotes.nth(i);
    await expect(quote).toHaveAttribute('lang', 'id');
    expect(foldSpace(await quote.innerText())).toBe(foldSpace(citation.quote));
    // The rest of the citation follows the quote.
    const citationBlock = quote.locator('..');
    await expect(citationBlock.getByText(citation.translation)).toBeVisible();
    await expect(citationBlock.locator('cite')).toHaveText(source.outlet);
    if (source.author) await expect(citationBlock.getByText(source.author)).toBeVisible();
    const published = source.published.approximate
      ? `about ${shownDate(source.published.date, 'en')}`
      : shownDate(source.published.date, 'en');
    await expect(citationBlock.locator(`time[datetime="${source.published.date}"]`)).toHaveText(published);
  }
});

test('"Read in the archived article" shows the article with the quote highlighted and scrolled into view', async ({
  page
}) => {
  const details = panel(page, departure);
  const buttons = details.getByRole('button', { name: 'Read in the archived article' });
  await expect(buttons).toHaveCount(departure.sources.length);

  for (const citation of departure.sources) {
    const outlet = sourceById(citation.source).outlet;
    // Each press opens one article, so the first closed button is always the next citation's.
    const button = buttons.first();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    // Two quotes may come from one article: the region is the one this button controls (read before the
    // press renames the button and `first()` moves on to the next one).
    const controlled = (await button.getAttribute('aria-controls'))!;
    await button.click();

    const article = details
      .getByRole('region', { name: `Archived text of the ${outlet} article, with the quote highlighted` })
      .and(details.locator(`[id="${controlled}"]`));
    await expect(article).toBeVisible();
    await expect(article).toHaveAttribute('lang', 'id');
    const highlight = article.locator('mark');
    await expect(highlight).toHaveCount(1);
    expect(foldSpace(await highlight.innerText())).toBe(foldSpace(citation.quote));
    // The article is longer than its box, and the quote is where the box shows it.
    expect(await article.evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true);
    const [area, quote] = [(await article.boundingBox())!, (await highlight.boundingBox())!];
    expect(quote.y, `the quote from ${outlet} starts inside the article's box`).toBeGreaterThanOrEqual(
      area.y
    );
    expect(quote.y + Math.min(quote.height, area.height / 2)).toBeLessThanOrEqual(area.y + area.height);
    // Opening it scrolled the article, not the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(details.getByRole('button', { name: 'Hide the archived article' })).toHaveCount(
      departure.sources.indexOf(citation) + 1
    );
  }
});

/** The background a quote shows: transparent unless a marker pointing at it is hovered or focused. */
const background = (quote: Locator) => quote.evaluate((element) => getComputedStyle(element).backgroundColor);
const NONE = 'rgba(0, 0, 0, 0)';

test('each sentence of the summary has a marker for its quote: hovering or focusing it highlights the quote, following it moves there', async ({
  page
}) => {
  const details = panel(page, departure);
  const claim = departure.claims.find((c) => c.cites?.length)!;
  const cited = claim.cites![0]!;
  const quote = details.locator('blockquote').nth(cited);
  const marker = details.getByRole('link', { name: `source ${cited + 1}`, exact: true }).first();
  await expect(marker).toHaveAttribute('href', /#.+-quote-\d+$/);
  expect(await background(quote)).toBe(NONE);

  await marker.hover();
  await expect.poll(() => background(quote), { message: 'hovering highlights the quote' }).not.toBe(NONE);
  // Only the quote the marker points at.
  for (const [i] of departure.sources.entries())
    if (i !== cited) expect(await background(details.locator('blockquote').nth(i))).toBe(NONE);
  await page.mouse.move(0, 0);
  await expect.poll(() => background(quote), { message: 'leaving removes the highlight' }).toBe(NONE);

  await marker.focus();
  await expect.poll(() => background(quote), { message: 'focus highlights the quote' }).not.toBe(NONE);
  await page.keyboard.press('Enter');
  // The marker's target is the quote's citation: it takes focus, and the URL keeps the open event.
  const citation = quote.locator('..');
  await expect(citation).toBeFocused();
  await expect(citation).toContainText(`source ${cited + 1}`);
  await expect(page).toHaveURL(new RegExp(`#event=${departure.id}$`));
});

test('a sentence on the record links to its record source, listed under the quotes', async ({ page }) => {
  const event = events.find((e) => e.claims.some((c) => c.record))!;
  const claim = event.claims.find((c) => c.record)!;
  const record = sourceById(claim.record!);
  await page.goto('/');
  await (await zoomToEvent(page, event)).click();
  const details = panel(page, event);
  await expect(details.getByText(claim.en, { exact: true })).toBeVisible();
  const marker = details.getByRole('link', { name: `record: ${record.outlet}`, exact: true });
  await expect(marker.getByText('record', { exact: true })).toBeVisible();
  await marker.click();
  const entry = details.getByRole('listitem').filter({ hasText: record.title });
  await expect(entry).toBeFocused();
  await expect(entry.locator('cite')).toHaveText(record.outlet);
});

test('the Close button closes the panel and returns focus to the event', async ({ page }) => {
  const details = panel(page, departure);
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toHaveCount(0);
  await expect(mark(page, departure)).toBeFocused();
});

test('the archived article can be reached and scrolled with the keyboard', async ({ page }) => {
  const details = panel(page, departure);
  const outlet = sourceById(departure.sources[0]!.source).outlet;
  await details.getByRole('button', { name: 'Read in the archived article' }).first().focus();
  await page.keyboard.press('Enter');
  const article = details.getByRole('region', {
    name: `Archived text of the ${outlet} article, with the quote highlighted`
  });
  await expect(article).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(article).toBeFocused();
  const top = await article.evaluate((box) => box.scrollTop);
  await page.keyboard.press('PageDown');
  await expect
    .poll(() => article.evaluate((box) => box.scrollTop), { message: 'the article scrolls' })
    .toBeGreaterThan(top);
});

test('a place that is a whole country is named once, not "North Korea, North Korea"', async ({ page }) => {
  const event = events.find((e) => e.place && e.place.name === e.place.country)!;
  expect(event, 'an event placed in a whole country').toBeDefined();
  await page.goto('/');
  await (await zoomToEvent(page, event)).click();
  const details = panel(page, event);
  await expect(details.getByRole('definition').first()).toHaveText(event.place!.name);
});
