/**
 * What a reader's browser fetches before each documented snippet shows its first events, gzipped, data
 * excluded, against the budgets (scripts/budgets.mjs): the README's snippet in either language, with
 * and without an event open, in a wide and in a narrow column, and with a dataset of one's own. Counted
 * from the browser's own record of what it fetched (Resource Timing) up to the element's
 * `news-timeline:first-events` mark, which it sets when its first events are in the page: what was
 * fetched after that did not delay them. scripts/size.mjs checks the same budgets from the build's
 * manifest; this checks what actually happens.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS, KB } from '../../scripts/budgets.mjs';
import { blogPerTest, post } from './blog-server';
import { expect, test } from './fixtures';
import { oneEventDataset } from './helpers';

const BUILD = new URL('../../build/', import.meta.url);
const gzipped = (path: string) =>
  gzipSync(readFileSync(fileURLToPath(new URL(`.${path}`, BUILD))), { level: 9 }).length;

const blog = blogPerTest();

const SNIPPETS = [
  { name: '<news-timeline>', attributes: '', width: 1000, budget: BUDGETS.element },
  { name: 'lang="id"', attributes: ' lang="id"', width: 1000, budget: BUDGETS.element },
  {
    name: 'event="…" (the README\'s)',
    attributes: ' lang="en" event="putin-kim-summit-vladivostok-2019"',
    width: 1000,
    budget: BUDGETS.element
  },
  {
    name: 'lang="id" event="…"',
    attributes: ' lang="id" event="putin-kim-summit-vladivostok-2019"',
    width: 1000,
    budget: BUDGETS.element
  },
  { name: 'in a column under 600 px', attributes: '', width: 390, budget: BUDGETS.narrow },
  {
    name: 'lang="id" event="…", in a column under 600 px',
    attributes: ' lang="id" event="putin-kim-summit-vladivostok-2019"',
    width: 390,
    budget: BUDGETS.narrow
  },
  {
    name: 'src="timeline.json" (a dataset of one\'s own)',
    attributes: ' src="own.json"',
    width: 1000,
    budget: BUDGETS.ownData
  }
];

test.describe('what each documented snippet fetches before its first events', () => {
  for (const snippet of SNIPPETS) {
    test(`${snippet.name} stays within ${snippet.budget / KB} KB`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: snippet.width, height: 800 });
      blog().put(
        '/own.json',
        JSON.stringify(oneEventDataset('own', '2020-01-01', 'Own event')),
        'application/json'
      );
      blog().put(
        '/post.html',
        post(
          `<script type="module" src="${baseURL}/embed/news-timeline.js"></script>\n` +
            `<news-timeline${snippet.attributes} style="display:block;height:480px"></news-timeline>`
        )
      );
      await page.goto(`${blog().origin}/post.html`);
      const element = page.locator('news-timeline');
      await expect(element.getByRole('button', { name: /20\d\d/ }).first()).toBeVisible();
      const fetched = await page.evaluate(() => {
        const [mark] = performance.getEntriesByName('news-timeline:first-events');
        if (!mark) return null;
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= mark.startTime)
          .map((entry) => entry.name);
      });
      expect(fetched, 'the element marks when its first events are in the page').not.toBeNull();
      const code = fetched!
        .map((url) => new URL(url))
        .filter((url) => url.origin === baseURL && url.pathname.endsWith('.js'));
      const bytes = code.reduce((sum, url) => sum + gzipped(url.pathname), 0);
      console.log(
        `${snippet.name}: ${(bytes / KB).toFixed(1)} KB in ${code.length} files before the first events`
      );
      expect(code.map((url) => url.pathname)).toContain('/embed/news-timeline.js');
      expect(bytes).toBeLessThanOrEqual(snippet.budget);
      // The archived texts are not among what the first events waited for.
      expect(fetched!.some((url) => url.includes('/sources/'))).toBe(false);
    });
  }
});
