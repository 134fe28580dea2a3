/**
 * Bad input in the browser, told plainly (issue 14): a bad slide costs only itself, a web page served
 * as data is said to be one, an attribute cannot smuggle CSS in, a file cut short inside deep brackets
 * and inherited names at the top level are named, and every failure says why — in the embed's
 * language — with a retry only where one can help. The CLI's side is tests/unit/bad-input.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { oneEventDataset } from './helpers';

const timelineJs = () =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../fixtures/formats/timelinejs.json', import.meta.url)), 'utf8')
  );

/** A blog post on the site's own origin holding one element with `attributes`, its data at /data.json. */
async function post(page: Page, attributes: string, reply: (route: Route) => Promise<void> | void) {
  await page.route((url) => url.pathname === '/data.json', reply);
  await page.route('**/blog/bad.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad input</title>
        <script type="module" src="/embed/news-timeline.js"></script></head>
        <body><news-timeline src="/data.json" ${attributes}></news-timeline></body></html>`
    })
  );
  await page.goto('/blog/bad.html');
  return page.locator('news-timeline');
}

const eventsOf = (embed: ReturnType<Page['locator']>) => embed.getByRole('group', { name: 'Events' });

test.describe('defects of issue 14, in the browser', () => {
  test('1. a TimelineJS slide whose media URL is "http://" costs only that URL: every slide renders', async ({
    page
  }) => {
    const timeline = timelineJs();
    // The common placeholder, and no credit: the converter must make the source from the URL's host.
    timeline.events[1].media = { url: 'http://' };
    const embed = await post(page, '', (route) => route.fulfill({ json: timeline }));
    await expect(eventsOf(embed).getByRole('button', { name: /^Second visit/ })).toBeVisible();
    await expect(eventsOf(embed).getByRole('button', { name: /^First summit in Vladivostok/ })).toBeVisible();
    await expect(embed.getByRole('alert')).toHaveCount(0);
    await expect(embed.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('2. a web page served where the data should be is said to be one, without a useless retry', async ({
    page
  }) => {
    const home = '<!DOCTYPE html><html><head><title>My blog</title></head><body><p>Welcome</p></body></html>';
    const embed = await post(page, '', (route) => route.fulfill({ contentType: 'text/html', body: home }));
    await expect(embed.getByRole('alert')).toContainText('is a web page, not a dataset');
    await expect(embed.getByRole('alert')).toContainText('/data.json');
    await expect(embed.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('2. … also when the host calls its page JSON', async ({ page }) => {
    const home = '\n  <html lang="en"><body>Not found</body></html>';
    const embed = await post(page, '', (route) =>
      route.fulfill({ contentType: 'application/json', body: home })
    );
    await expect(embed.getByRole('alert')).toContainText('data.json is a web page, not a dataset');
  });

  test('3. a height attribute that is not a length is ignored with a warning: no CSS gets in', async ({
    page
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const value = '1px;background:url(//evil.invalid/h.png)';
    const embed = await post(page, `height="${value}"`, (route) =>
      route.fulfill({ json: oneEventDataset('one', '2020', 'One') })
    );
    await expect(eventsOf(embed).getByRole('button', { name: /^One/ })).toBeVisible();
    const box = embed.locator('.embed');
    expect(await box.evaluate((element) => getComputedStyle(element).height)).toBe('480px');
    expect(await box.evaluate((element) => getComputedStyle(element).backgroundImage)).toBe('none');
    expect(warnings.filter((text) => text.includes(`height="${value}" is ignored`))).toHaveLength(1);
    // The fixture fails the test on any request to evil.invalid.
  });

  test('6. a file cut short inside 100,000 brackets is too deep, said plainly', async ({ page }) => {
    const embed = await post(page, '', (route) =>
      route.fulfill({ contentType: 'application/json', body: '['.repeat(100_000) })
    );
    await expect(embed.getByRole('alert')).toContainText(
      'data.json: line 1, column 513: nested more than 512 levels deep'
    );
    await expect(embed.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });

  test('6 and 7. on the authoring page too: a deep text, and inherited names at the top level', async ({
    page
  }) => {
    await page.goto('/make/');
    const box = page.getByRole('textbox', { name: /^Dataset/ });
    await box.fill('{"events": ' + '['.repeat(100_000));
    await expect(page.getByRole('status').filter({ hasText: 'nested' })).toContainText(
      'dataset: line 1, column 523: nested more than 512 levels deep'
    );
    await box.fill('{ "events": [], "__proto__": {}, "constructor": 1, "toString": "x" }');
    const problems = page.getByRole('list', { name: 'Problems' });
    for (const key of ['__proto__', 'constructor', 'toString']) {
      await expect(problems).toContainText(`dataset: ${key} is not a known field`);
    }
  });

  test('an src that is no web address is said, not thrown', async ({ page }) => {
    await page.route('**/blog/bad.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad src</title>
          <script type="module" src="/embed/news-timeline.js"></script></head>
          <body><news-timeline src="http://"></news-timeline></body></html>`
      })
    );
    await page.goto('/blog/bad.html');
    await expect(page.locator('news-timeline').getByRole('alert')).toContainText(
      'http:// is not a web address: check the src attribute'
    );
  });
});

test.describe('a failure, worded and retried', () => {
  // The browser logs a failed request as an error of its own.
  test.use({ allowConsoleErrors: true });

  test('a dropped connection says so, and its retry loads the data once it is back', async ({ page }) => {
    let up = false;
    const embed = await post(page, '', (route) =>
      up
        ? route.fulfill({ json: oneEventDataset('back', '2020', 'Back again') })
        : route.abort('connectionreset')
    );
    await expect(embed.getByRole('alert')).toContainText('the connection failed or was cut off');
    up = true;
    await embed.getByRole('button', { name: 'Try again' }).click();
    await expect(eventsOf(embed).getByRole('button', { name: /^Back again/ })).toBeVisible();
  });

  test('in Indonesian, for an Indonesian embed', async ({ page }) => {
    const embed = await post(page, 'lang="id"', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await expect(embed.getByRole('alert')).toContainText(
      '/data.json tidak dapat dimuat: server menjawab 404 (tidak ditemukan).'
    );
    await expect(embed.getByRole('button', { name: 'Coba lagi' })).toHaveCount(0);
  });
});
