/**
 * The authoring page, driven as a blogger would: paste a spreadsheet's CSV, read the problems, see the
 * preview, take the dataset and the snippet away; drop in a TimelineJS file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { oneEventDataset } from './helpers';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url)), 'utf8');

test.describe('the authoring page', () => {
  test('previews a pasted CSV and offers it as JSON with the snippet to embed it', async ({ page }) => {
    await page.goto('/make/');
    await page.getByRole('textbox', { name: /^Dataset/ }).fill(fixture('spreadsheet.csv'));
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toHaveText(
      'Read as CSV: 2 valid events, 0 problems, 3 quotes not checked (no archived text), 2 summaries not sentence-cited.'
    );
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('group', { name: 'Events' }).getByRole('button').first()).toBeVisible();
    const download = page.getByRole('link', { name: /Download the valid events/ });
    await expect(download).toHaveAttribute('download', 'timeline.json');
    await expect(download).toHaveAttribute('href', /^blob:/);
    const json = await download.evaluate(async (a) => (await fetch((a as HTMLAnchorElement).href)).json());
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(['first-summit', 'train-departs']);
    await expect(page.locator('pre code')).toContainText('<news-timeline src="timeline.json"');
  });

  test("lists a broken CSV's problems by line, and still previews what is valid", async ({ page }) => {
    await page.goto('/make/');
    const broken = fixture('broken.csv').replace(
      'bad-category,2019-01-01,C,D,party',
      'fine,2019-01-01,C,D,summit'
    );
    await page.getByRole('textbox', { name: /^Dataset/ }).fill(broken);
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect(problems).toContainText('line 2 (event "bad-date"): start is not valid');
    await expect(problems).toContainText('line 1: colour is not a known column');
    await expect(
      page.getByRole('region', { name: 'Preview' }).getByRole('button', { name: /^C, 1 January 2019/ })
    ).toBeVisible();
  });

  test('reads a TimelineJS file chosen from disk', async ({ page }) => {
    await page.goto('/make/');
    await page.getByLabel('Or choose a file:').setInputFiles({
      name: 'timeline.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fixture('timelinejs.json'))
    });
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toContainText(
      'Read as TimelineJS JSON: 3 valid events, 0 problems'
    );
  });
});

test.describe('an embed whose data cannot load', () => {
  test.use({ allowConsoleErrors: true });

  for (const [what, reply, message] of [
    [
      'a missing file',
      { status: 404, body: 'Not found' },
      'missing.json could not be loaded: the server answered 404'
    ],
    ['an empty file', { status: 200, body: '  ' }, 'missing.json is empty'],
    [
      'a file that is not JSON or CSV',
      { status: 200, body: '{ "events": [' },
      'missing.json: line 1, column 14: invalid JSON'
    ]
  ] as const) {
    test(`says so for ${what}, with a retry that loads it once it is there`, async ({ page }) => {
      let fixed = false;
      await page.route('**/missing.json', (route) =>
        fixed
          ? route.fulfill({ json: oneEventDataset('back', '2020', 'Back again') })
          : route.fulfill({ status: reply.status, body: reply.body, contentType: 'application/json' })
      );
      await page.route('**/blog/broken.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title>
            <script type="module" src="/embed/news-timeline.js"></script></head>
            <body><news-timeline src="/missing.json" style="display:block;height:400px"></news-timeline></body></html>`
        })
      );
      await page.goto('/blog/broken.html');
      const embed = page.locator('news-timeline');
      await expect(embed.getByRole('alert')).toContainText(message);
      fixed = true;
      await embed.getByRole('button', { name: 'Try again' }).click();
      await expect(embed.getByRole('button', { name: 'Back again, 2020' })).toBeVisible();
    });
  }
});
