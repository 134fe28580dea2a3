/**
 * The authoring page, driven as a blogger would: paste a spreadsheet's CSV, read the problems, see the
 * preview, take the dataset and the snippet away; drop in a TimelineJS file; find the text still there
 * after a reload. And an embed whose data cannot load: why, and a retry only where one can help.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { oneEventDataset } from './helpers';
import { readDataset } from '../../src/lib/data/read';

const lf = (text: string) => text.replace(/\r\n?/g, '\n');
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
    // Downloaded as a reader would: the page's CSP lets no script fetch the blob, and it need not.
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
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
    const chooser = page.getByLabel('Or choose a file:');
    // The page enables its controls once its script runs; a file set on the disabled input before
    // that reaches no handler, and a reader could not choose one then either.
    await expect(chooser).toBeEnabled();
    await chooser.setInputFiles({
      name: 'timeline.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fixture('timelinejs.json'))
    });
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toContainText(
      'Read as TimelineJS JSON: 3 valid events, 0 problems'
    );
  });
});

test.describe('coming from TimelineJS', () => {
  test("previews its spreadsheet dropped as CSV with its eras named and its groups shown, and downloads it as the project's JSON", async ({
    page
  }) => {
    await page.goto('/make/');
    await expect(page.getByRole('textbox', { name: /^Dataset/ })).toBeEnabled();
    // Dropped as a reader drops a file from their desktop: a drop event carrying it.
    const drop = await page.evaluateHandle((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'my-own-timeline.csv', { type: 'text/csv' }));
      return transfer;
    }, fixture('timelinejs-template.csv'));
    await page.getByRole('group', { name: /^Dataset/ }).dispatchEvent('drop', { dataTransfer: drop });
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toContainText(
      'Read as TimelineJS spreadsheet: 10 valid events, 2 eras, 2 groups, 0 problems'
    );

    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByText('The space race', { exact: true })).toBeVisible();
    await expect(preview.getByText('From the first satellite to the Moon.')).toBeVisible();
    const eras = preview.getByRole('group', { name: 'Episodes' });
    await expect(eras.getByRole('button', { name: 'The first satellites' })).toBeVisible();
    await expect(eras.getByRole('button', { name: 'To the Moon' })).toBeVisible();
    await expect(preview.getByRole('list', { name: 'Groups' }).getByRole('listitem')).toHaveText([
      'Soviet Union (5)',
      'United States (4)'
    ]);
    // Each event says its group, and its details name it.
    const soviet = preview
      .getByRole('group', { name: 'Events' })
      .getByRole('button', { name: /, Soviet Union$/ });
    await soviet.first().click();
    const details = preview.getByRole('complementary');
    await expect(details.getByRole('term')).toContainText(['Group']);
    await expect(details.getByRole('definition')).toContainText(['Soviet Union']);

    const download = page.getByRole('link', { name: /Download the valid events/ });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const json = readFileSync(await file.path(), 'utf8');
    const again = await readDataset(json, { name: 'timeline.json' });
    expect(again.format).toBe('json');
    expect(again.issues).toEqual([]);
    expect(again.dataset.events).toHaveLength(10);
    expect(again.dataset.episodes?.map((episode) => episode.title.en)).toEqual([
      'The first satellites',
      'To the Moon'
    ]);
    expect(again.dataset.events.find((event) => event.id === 'apollo-11')).toMatchObject({
      displayDate: { en: '20 July 1969, 20:17 UTC' },
      group: { en: 'United States' },
      media: { url: 'https://example.org/apollo11.jpg', credit: 'NASA', caption: 'Buzz Aldrin on the Moon' }
    });
  });

  test('reads the sheet pasted from the spreadsheet as tab-separated text, and names a bad row by its line', async ({
    page
  }) => {
    await page.goto('/make/');
    const tsv = fixture('broken-sheet.tsv');
    await page.getByRole('textbox', { name: /^Dataset/ }).fill(tsv);
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toContainText(
      'Read as TimelineJS spreadsheet: 1 valid event, 1 group, 2 problems'
    );
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect(problems).toContainText('line 4: Month is not a month number: "14"');
    await expect(problems).toContainText('line 5 (event "not-in-the-calendar"): start is not valid');
    await expect(
      page
        .getByRole('region', { name: 'Preview' })
        .getByRole('button', { name: 'Fine, 25 April 2019, Talks' })
    ).toBeVisible();
  });
});

test.describe('the text on the authoring page', () => {
  test('is kept across a reload, said to be kept in this browser only, until Clear removes it', async ({
    page
  }) => {
    await page.goto('/make/');
    const box = page.getByRole('textbox', { name: /^Dataset/ });
    await expect(box).toHaveAccessibleDescription(/kept in this browser only.*Clear removes it/);
    await box.fill(fixture('spreadsheet.csv'));
    const summary = page.getByRole('status').filter({ hasText: 'Read as' });
    await expect(summary).toContainText('Read as CSV: 2 valid events');
    await page.reload();
    // A textarea's value has LF line ends, whatever was pasted.
    await expect(box).toHaveValue(lf(fixture('spreadsheet.csv')));
    await expect(summary).toContainText('Read as CSV: 2 valid events');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(box).toHaveValue('');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing to check yet.' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await expect(box).toHaveValue('');
  });

  test('previews a dataset whose sources name archived texts it does not have, saying which', async ({
    page
  }) => {
    const data = (name: string) =>
      JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8'));
    const { sources } = data('sources.json');
    const { events } = data('events.json');
    await page.goto('/make/');
    await page.getByRole('textbox', { name: /^Dataset/ }).fill(JSON.stringify({ sources, events }));
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toContainText(
      `Read as the project’s JSON: ${events.length} valid events, 0 problems`
    );
    // Record sources have no archived text of their own.
    const files: string[] = sources
      .map((source: { file?: string }) => source.file)
      .filter((file: string | undefined): file is string => file !== undefined);
    await expect(page.getByText('Archived texts named by the sources but not given here')).toContainText(
      files.join(', ')
    );
    await expect(
      page
        .getByRole('region', { name: 'Preview' })
        .getByRole('group', { name: 'Events' })
        .getByRole('button')
        .first()
    ).toBeVisible();
  });

  test('reads a file saved as UTF-16 with its mark, and says what a binary file is', async ({ page }) => {
    await page.goto('/make/');
    const csv = fixture('spreadsheet.csv');
    const chooser = page.getByLabel('Or choose a file:');
    await expect(chooser).toBeEnabled();
    await chooser.setInputFiles({
      name: 'unicode.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])
    });
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toContainText(
      'Read as CSV: 2 valid events'
    );
    await expect(page.getByRole('textbox', { name: /^Dataset/ })).toHaveValue(lf(csv));
    await chooser.setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])
    });
    await expect(page.getByRole('region', { name: 'Check' }).getByRole('status')).toContainText(
      'photo.jpg is not a text file'
    );
  });
});

test.describe('an embed whose data cannot load', () => {
  test.use({ allowConsoleErrors: true });

  /** A blog post whose element loads /missing.json, answered by `reply` until `fixed()` says it is back. */
  async function brokenPost(page: Page, reply: { status: number; body: string }, fixed: () => boolean) {
    await page.route('**/missing.json', (route) =>
      fixed()
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
    return page.locator('news-timeline');
  }

  for (const [what, reply, message] of [
    [
      'a missing file',
      { status: 404, body: 'Not found' },
      '/missing.json could not be loaded: the server answered 404 (not found). Check the address'
    ],
    ['an empty file', { status: 200, body: '  ' }, 'missing.json is empty: there is nothing to show.'],
    [
      'a file that is not JSON or CSV',
      { status: 200, body: '{ "events": [' },
      'missing.json: line 1, column 14: invalid JSON'
    ]
  ] as const) {
    test(`says so for ${what}, without a retry that cannot help`, async ({ page }) => {
      const embed = await brokenPost(page, reply, () => false);
      await expect(embed.getByRole('alert')).toContainText(message);
      await expect(embed.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    });
  }

  test('says so for a server error, with a retry that loads it once it is back', async ({ page }) => {
    let fixed = false;
    const embed = await brokenPost(page, { status: 503, body: 'Busy' }, () => fixed);
    await expect(embed.getByRole('alert')).toContainText(
      'could not be loaded: the server answered 503. The fault is on the server; try again later.'
    );
    fixed = true;
    await embed.getByRole('button', { name: 'Try again' }).click();
    await expect(embed.getByRole('button', { name: 'Back again, 2020' })).toBeVisible();
  });
});
