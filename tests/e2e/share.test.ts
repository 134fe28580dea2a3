/**
 * One page per event, for sharing: every event has a prerendered page in each language whose head a link
 * preview can read (canonical address, Open Graph with a 1200×630 PNG, Twitter card), which reads without
 * JavaScript and opens the timeline at its event with it; "Copy link" in the panel and the Embed dialog
 * copies that page's address, and the element's select event carries it.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  eventById,
  eventDate,
  events,
  foldSpace,
  oneEventDataset,
  panel,
  sourceById,
  type Locale
} from './helpers';

const LOCALES: Locale[] = ['en', 'id'];
const path = (id: string, locale: Locale) => `/${locale === 'id' ? 'id/' : ''}event/${id}/`;

/** A tag's attribute from raw HTML: the head as a preview's crawler reads it, without running scripts. */
function attribute(html: string, tag: RegExp, name: string): string | undefined {
  const element = html.match(tag)?.[0];
  const value = element?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return value
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
const meta = (html: string, property: string) =>
  attribute(html, new RegExp(`<meta (?:property|name)="${property}"[^>]*>`), 'content');

/** A PNG's width and height, from its IHDR chunk (bytes 16–23, after the signature and the chunk's head). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'the PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'the first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchOk(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response;
}

test.describe('every event’s page, in both languages', () => {
  for (const locale of LOCALES) {
    test(`exists in ${locale === 'en' ? 'English' : 'Indonesian'} with a canonical address, Open Graph tags and a 1200×630 share image`, async ({
      request
    }) => {
      test.setTimeout(120_000);
      for (const event of events) {
        const page = path(event.id, locale);
        const html = await (await fetchOk(request, page)).text();
        const canonical = attribute(html, /<link rel="canonical"[^>]*>/, 'href');
        expect(canonical, `the canonical address of ${page}`).toMatch(/^https?:\/\//);
        expect(new URL(canonical!).pathname, `the canonical address of ${page}`).toBe(page);
        expect(meta(html, 'og:url'), page).toBe(canonical);
        expect(meta(html, 'og:title'), page).toBe(event.title[locale]);
        expect(meta(html, 'og:description')?.length, `the description of ${page}`).toBeGreaterThan(20);
        expect(meta(html, 'og:locale'), page).toBe(locale === 'en' ? 'en_GB' : 'id_ID');
        expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
        expect(attribute(html, /<link rel="alternate" hreflang="id"[^>]*>/, 'href'), page).toMatch(
          new RegExp(`${path(event.id, 'id')}$`)
        );
        const image = meta(html, 'og:image');
        expect(image, `the image of ${page}`).toBe(`${canonical}share.png`);
        expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
        const png = await fetchOk(request, new URL(image!).pathname);
        expect(png.headers()['content-type'], image).toMatch(/^image\/png/);
        expect(pngSize(await png.body()), image).toEqual({ width: 1200, height: 630 });
      }
    });
  }

  test('the sitemap lists each of them and the front page', async ({ request }) => {
    const xml = await (await fetchOk(request, '/sitemap.xml')).text();
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(listed.sort()).toEqual(
      ['/', ...events.flatMap((e) => LOCALES.map((locale) => path(e.id, locale)))].sort()
    );
  });
});

const hanoi = eventById('hanoi-summit-2019');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`the ${locale} page reads as an article: title, date, summary and the first quote with its translation`, async ({
      page
    }) => {
      await page.goto(path(hanoi.id, locale));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(hanoi.title[locale]);
      await expect(page.locator('header time')).toHaveText(eventDate(hanoi, locale));
      await expect(page.getByText(hanoi.claims[0]![locale], { exact: true })).toBeVisible();
      const quote = page.locator('blockquote').first();
      await expect(quote).toBeVisible();
      expect(foldSpace(await quote.innerText())).toBe(foldSpace(hanoi.sources[0]!.quote));
      await expect(page.getByRole('main')).toContainText(hanoi.sources[0]!.translation);
      await expect(page.getByRole('main')).toContainText(sourceById(hanoi.sources[0]!.source).outlet);
      await expect(page.getByRole('region', { name: /^(Timeline|Linimasa)$/ })).toHaveCount(0);
    });
  }

  test('each language’s page links to the other', async ({ page }) => {
    await page.goto(path(hanoi.id, 'en'));
    await page.getByRole('link', { name: 'Baca dalam bahasa Indonesia' }).click();
    await expect(page).toHaveURL(new RegExp(`${path(hanoi.id, 'id')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hanoi.title.id);
  });
});

/** What "Copy link" put on the clipboard (the tests grant the page the clipboard). */
const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  for (const locale of LOCALES) {
    test(`the ${locale} page opens the timeline at its event, whose panel copies the page’s link`, async ({
      page
    }) => {
      await page.goto(path(hanoi.id, locale));
      const open = panel(page, hanoi, locale);
      await expect(open.getByRole('heading', { level: 2 })).toHaveText(hanoi.title[locale]);
      await open.getByRole('button', { name: locale === 'en' ? 'Copy link' : 'Salin tautan' }).click();
      await expect(open.getByRole('status')).toHaveText(locale === 'en' ? 'Link copied' : 'Tautan tersalin');
      expect(await clipboard(page)).toBe(new URL(path(hanoi.id, locale), page.url()).href);
    });
  }

  test('the panel copies the link of the event the reader walked on to, not the page’s', async ({ page }) => {
    await page.goto(path(hanoi.id, 'en'));
    const next = events[events.findIndex((e) => e.id === hanoi.id) + 1]!;
    await panel(page, hanoi)
      .getByRole('button', { name: /^Next: / })
      .click();
    await panel(page, next).getByRole('button', { name: 'Copy link' }).click();
    expect(await clipboard(page)).toBe(new URL(path(next.id, 'en'), page.url()).href);
  });

  test('the Embed dialog copies the open event’s link, on the front page too', async ({ page }) => {
    await page.goto(`/#event=${hanoi.id}&lang=id`);
    await expect(panel(page, hanoi, 'id')).toBeVisible();
    await page.getByRole('button', { name: 'Sematkan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sematkan linimasa ini' });
    await dialog.getByRole('button', { name: 'Salin tautan' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Tautan tersalin');
    expect(await clipboard(page)).toBe(new URL(path(hanoi.id, 'id'), page.url()).href);
  });

  test('the Embed dialog offers no link while no event is open', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await expect(dialog.getByRole('button', { name: 'Copy', exact: true }).first()).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });
});

/** A blank page on the site's origin holding one element with these attributes. */
async function blogWith(page: Page, attributes: string) {
  await page.route('**/blog/own.json', (route) =>
    route.fulfill({ json: oneEventDataset('mine', '2020', 'My own event') })
  );
  await page.route('**/blog/share.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Post</title><script type="module" src="/embed/news-timeline.js"></script>
<news-timeline ${attributes} style="display: block; height: 480px"></news-timeline>`
    })
  );
  await page.goto('/blog/share.html');
  const element = page.locator('news-timeline');
  await expect(
    element
      .getByRole('group', { name: /^(Events|Peristiwa)$/ })
      .getByRole('button')
      .first()
  ).toBeVisible();
  return element;
}

/** Opens an event through the element's select() and resolves with its select event's detail. */
function selectDetail(element: ReturnType<Page['locator']>, id: string) {
  return element.evaluate(async (node, id) => {
    const timeline = node as HTMLElement & { select(id: string | null): void };
    const chosen = new Promise<unknown>((resolve) =>
      timeline.addEventListener('select', (event) => resolve((event as CustomEvent).detail), { once: true })
    );
    timeline.select(id);
    return chosen;
  }, id);
}

test.describe('the <news-timeline> element', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('tells which event’s page to share in its select event, in its language, and its panel copies it', async ({
    page
  }) => {
    const element = await blogWith(page, 'lang="id"');
    const url = new URL(path(hanoi.id, 'id'), page.url()).href;
    expect(await selectDetail(element, hanoi.id)).toEqual({ id: hanoi.id, url });
    await element.getByRole('button', { name: 'Salin tautan' }).click();
    expect(await clipboard(page)).toBe(url);
  });

  test('with a dataset of the blogger’s own, gives no page to share, and the panel no Copy link', async ({
    page
  }) => {
    const element = await blogWith(page, 'src="own.json"');
    expect(await selectDetail(element, 'mine')).toEqual({ id: 'mine', url: null });
    await expect(element.getByRole('heading', { level: 2, name: 'My own event' })).toBeVisible();
    await expect(element.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });

  test('with its own dataset and deep-link, shares the blog page opened at the event', async ({ page }) => {
    const element = await blogWith(page, 'src="own.json" deep-link');
    const detail = await selectDetail(element, 'mine');
    expect(detail).toEqual({ id: 'mine', url: new URL('/blog/share.html#event=mine', page.url()).href });
  });
});
