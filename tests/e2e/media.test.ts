/**
 * An event's media (issue 16): by default no request to the media's host, its caption and credit shown
 * with a link; where the host page allows it (`?media=remote` on the page, `media="remote"` on the
 * element), the image itself, fetched without a referrer. The media lives on a real second server
 * (blog-server.ts), another origin than the site.
 */
import type { Page } from '@playwright/test';
import { blogPerTest, post, startBlog, type BlogServer } from './blog-server';
import { expect, test } from './fixtures';

/** An 8×8 orange PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC',
  'base64'
);

const dataset = (imageUrl: string) => ({
  sources: [{ id: 's', outlet: 'Planck', title: 'The sky', language: 'en' }],
  events: [
    {
      id: 'big-bang',
      start: '-13800000000',
      title: { en: 'The Big Bang' },
      summary: { en: 'The universe begins to expand.' },
      category: 'report',
      sources: [{ source: 's', quote: 'q', translation: 't' }],
      media: {
        url: imageUrl,
        caption: 'The cosmic microwave background',
        credit: 'ESA and the Planck Collaboration',
        alt: 'An oval map of the sky in speckles'
      }
    },
    {
      id: 'dinosaurs',
      start: '-66000000',
      title: { en: 'The dinosaurs die out' },
      summary: { en: 'An asteroid strikes.' },
      category: 'report',
      sources: [{ source: 's', quote: 'q', translation: 't' }]
    }
  ]
});

const blog = blogPerTest();

/** Requests the page makes to the media's server, from now on. */
function requestsTo(page: Page, server: BlogServer): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(server.origin)) seen.push(request.url());
  });
  return seen;
}

/** The site's page on a dataset of its own origin, with `query` added. */
async function openSite(page: Page, query: string) {
  blog().put('/cmb.png', PNG, 'image/png');
  await page.route(
    (url) => url.pathname === '/deep.json',
    (route) => route.fulfill({ json: dataset(`${blog().origin}/cmb.png`) })
  );
  await page.goto(`/?src=/deep.json${query}`);
  const events = page.getByRole('group', { name: 'Events' });
  await events.getByRole('button', { name: /^The Big Bang, 13\.8 billion years ago/ }).click();
}

test('by default, the media is its caption, credit and a link: no request to its host', async ({ page }) => {
  const requests = requestsTo(page, blog());
  await openSite(page, '');
  const figure = page.getByRole('figure');
  await expect(figure).toContainText('The cosmic microwave background');
  await expect(figure).toContainText('Credit: ESA and the Planck Collaboration');
  const link = figure.getByRole('link', { name: `Media at ${new URL(blog().origin).host}` });
  await expect(link).toHaveAttribute('href', `${blog().origin}/cmb.png`);
  await expect(figure.getByRole('img')).toHaveCount(0);
  expect(requests).toEqual([]);
});

test('with ?media=remote, the image is fetched from its host and shown, without a referrer', async ({
  page
}) => {
  const requests = requestsTo(page, blog());
  const referrers: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/cmb.png')) referrers.push(request.headers()['referer']);
  });
  await openSite(page, '&media=remote');
  const image = page.getByRole('figure').getByRole('img', { name: 'An oval map of the sky in speckles' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8);
  expect(requests).toEqual([`${blog().origin}/cmb.png`]);
  expect(referrers).toEqual([undefined]);
  await expect(page.getByRole('figure')).toContainText('Credit: ESA and the Planck Collaboration');
});

test.describe('on a blog', () => {
  let media: BlogServer;
  test.beforeEach(async () => {
    media = await startBlog();
    media.put('/cmb.png', PNG, 'image/png');
  });
  test.afterEach(async () => {
    await media.close();
  });

  test('media="remote" on the element shows the image from its host', async ({ page, baseURL }) => {
    const requests = requestsTo(page, media);
    blog().put('/deep.json', JSON.stringify(dataset(`${media.origin}/cmb.png`)), 'application/json');
    blog().put(
      '/post.html',
      post(
        `<script type="module" src="${baseURL}/embed/news-timeline.js"></script>\n` +
          `<news-timeline src="/deep.json" media="remote"></news-timeline>`
      )
    );
    await page.goto(`${blog().origin}/post.html`);
    const embed = page.locator('news-timeline');
    await embed
      .getByRole('group', { name: 'Events' })
      .getByRole('button', { name: /^The Big Bang/ })
      .click();
    const image = embed.getByRole('img', { name: 'An oval map of the sky in speckles' });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8);
    expect(requests).toEqual([`${media.origin}/cmb.png`]);
  });

  test.describe('an address that is no image', () => {
    // The failed image load is the browser's own console error: expected here.
    test.use({ allowConsoleErrors: true });

    test('falls back to the link, even where images are allowed', async ({ page, baseURL }) => {
      blog().put('/deep.json', JSON.stringify(dataset(`${media.origin}/missing.png`)), 'application/json');
      blog().put(
        '/post.html',
        post(
          `<script type="module" src="${baseURL}/embed/news-timeline.js"></script>\n` +
            `<news-timeline src="/deep.json" media="remote"></news-timeline>`
        )
      );
      await page.goto(`${blog().origin}/post.html`);
      const embed = page.locator('news-timeline');
      await embed
        .getByRole('group', { name: 'Events' })
        .getByRole('button', { name: /^The Big Bang/ })
        .click();
      const figure = embed.getByRole('figure');
      await expect(
        figure.getByRole('link', { name: `Media at ${new URL(media.origin).host}` })
      ).toBeVisible();
      await expect(figure.getByRole('img')).toHaveCount(0);
    });
  });
});
