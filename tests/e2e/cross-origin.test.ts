/**
 * The embed on a real blog: the post on one origin, the site that hosts the timeline on another, as a
 * blogger has them. Each snippet the product hands out (the README's, the Embed dialog's two, the
 * authoring page's) is pasted into a blank post and shows the events; with the headers the site ships
 * (static/_headers) everything loads; without them the reader sees a link, or the element says why in
 * words a blogger can act on; and an event opened in the README's 480 px embed, or in a 320 px column,
 * has its quote in view.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { blogPerTest, post } from './blog-server';
import { expect, test } from './fixtures';
import { eventById, oneEventDataset } from './helpers';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
/** The README's first snippet with the element, its site's address made the one under test. */
const readmeSnippet = (site: string) =>
  /```html\n(<script type="module"[\s\S]*?<\/news-timeline>)\n```/
    .exec(README)![1]!
    .replaceAll('https://your-site.example', site);

const blog = blogPerTest();

/** Opens a post holding `snippet` on the blog's origin. */
async function openPost(page: Page, snippet: string) {
  blog().put('/post.html', post(snippet));
  await page.goto(`${blog().origin}/post.html`);
}

const firstEvents = (element: Locator) =>
  element
    .getByRole('group', { name: /^(Events|Peristiwa)$/ })
    .getByRole('button')
    .first();

/** Whether the whole of `inner` is on screen inside `outer`'s box. */
async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return false;
  return (
    a.y >= b.y - 0.5 &&
    a.y + a.height <= b.y + b.height + 0.5 &&
    a.x >= b.x - 0.5 &&
    a.x + a.width <= b.x + b.width + 0.5
  );
}

test.describe('a blog on another origin', () => {
  test("shows the README's snippet, every file of the site allowed to it by the headers it ships", async ({
    page,
    baseURL
  }) => {
    const served: string[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(`${baseURL}/embed/`)) {
        served.push(
          `${new URL(response.url()).pathname} ${response.headers()['access-control-allow-origin']}`
        );
      }
    });
    await openPost(page, readmeSnippet(baseURL!));
    const element = page.locator('news-timeline');
    await expect(firstEvents(element)).toBeVisible();
    // The README's snippet opens the Vladivostok summit.
    const summit = eventById('putin-kim-summit-vladivostok-2019');
    await expect(element.getByRole('heading', { level: 2 })).toHaveText(summit.title.en);
    await expect(element.locator('blockquote').first()).toBeVisible();
    expect(served.length).toBeGreaterThan(2);
    for (const line of served) expect(line).toMatch(/ \*$/);
  });

  for (const { width, label } of [
    { width: 900, label: "at the README's 480 px height" },
    { width: 320, label: 'in a 320 px column' }
  ]) {
    test(`has the opened event's quote in view ${label}`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 800 });
      const snippet = readmeSnippet(baseURL!).replace(/\s*event="[^"]*"/, '');
      await openPost(page, snippet);
      const element = page.locator('news-timeline');
      await expect(element).toHaveCSS('height', '480px');
      // The event with the most to read above its first quote: the summit the README's snippet opens.
      const summit = eventById('putin-kim-summit-vladivostok-2019');
      await element.getByRole('button', { name: summit.title.en }).first().click();
      const quote = element.locator('blockquote').first();
      await expect(quote).toContainText(summit.sources[0]!.quote.slice(0, 30));
      // In view as it is, with no scrolling inside the embed or the page.
      await expect.poll(() => within(quote, element)).toBe(true);
      const translation = element.getByText(summit.sources[0]!.translation.slice(0, 30), { exact: false });
      await expect.poll(() => within(translation, element)).toBe(true);
    });
  }
});

test.describe('a site that sends no CORS headers', () => {
  test.use({ allowConsoleErrors: true });
  const plain = blogPerTest({ plain: true });

  test("leaves the blog the snippet's link to the event's own page when its script is refused", async ({
    page,
    baseURL
  }) => {
    const hanoi = eventById('hanoi-summit-2019');
    await page.goto(`/#event=${hanoi.id}`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByRole('dialog').locator('pre').first().textContent();
    await openPost(page, snippet!.replaceAll(baseURL!, plain().origin));
    const link = page.getByRole('link', { name: 'North Korea–Russia summit diplomacy, 2002–2023' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `${plain().origin}/event/${hanoi.id}/`);
    // The event's page reads without the script the blog was refused.
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hanoi.title.en);
    await expect(page.locator('blockquote').first()).toContainText(hanoi.sources[0]!.quote.slice(0, 30));
  });

  test('makes the element say CORS, with a link to the page on hosting the embed', async ({
    page,
    baseURL
  }) => {
    await openPost(
      page,
      `<script type="module" src="${baseURL}/embed/news-timeline.js"></script>\n` +
        `<news-timeline src="${plain().origin}/embed/timeline.json" style="display:block;height:480px"></news-timeline>`
    );
    const alert = page.locator('news-timeline').getByRole('alert');
    await expect(alert).toContainText('does not allow other sites to read it (CORS)');
    const help = alert.getByRole('link', { name: 'How to let other sites use it' });
    await expect(help).toHaveAttribute('href', `${baseURL}/hosting/`);
    await page.goto(`${baseURL}/hosting/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hosting the embed');
    await expect(page.getByRole('table')).toContainText('Access-Control-Allow-Origin: *');
  });
});

test.describe('each snippet the product hands out, pasted into a blank post', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  /** What the last "Copy" put on the clipboard. */
  const pasted = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test("the Embed dialog's element and iframe show the events, at the event that was open", async ({
    page,
    baseURL
  }) => {
    const hanoi = eventById('hanoi-summit-2019');
    await page.goto(`/#event=${hanoi.id}`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Copy', exact: true }).first().click();
    const element = await pasted(page);
    await dialog.getByRole('button', { name: 'Copy', exact: true }).last().click();
    const iframe = await pasted(page);
    expect(element).toContain(`${baseURL}/embed/news-timeline.js`);
    expect(iframe).toContain(`${baseURL}/embed/resize.js`);

    await openPost(page, element);
    await expect(firstEvents(page.locator('news-timeline'))).toBeVisible();
    await expect(page.locator('news-timeline').getByRole('heading', { level: 2 })).toHaveText(hanoi.title.en);

    await openPost(page, iframe);
    const frame = page.frameLocator('iframe');
    await expect(firstEvents(frame.locator('body'))).toBeVisible();
    await expect(frame.getByRole('heading', { level: 2 })).toHaveText(hanoi.title.en);
  });

  test("the authoring page's snippet, with the dataset it downloads beside the post", async ({
    page,
    baseURL
  }) => {
    await page.goto('/make/');
    const data = oneEventDataset('own-event', '2020-05-01', 'A blogger’s own event');
    await page.getByRole('textbox', { name: /^Dataset/ }).fill(JSON.stringify(data));
    const download = page.getByRole('link', { name: /Download the valid events/ });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    const snippet = await pasted(page);
    expect(snippet).toContain(`${baseURL}/embed/news-timeline.js`);
    blog().put('/timeline.json', readFileSync(await file.path()), 'application/json');
    await openPost(page, snippet);
    await expect(
      page.locator('news-timeline').getByRole('button', { name: /^A blogger’s own event/ })
    ).toBeVisible();
  });
});
