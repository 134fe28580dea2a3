/**
 * The data of an embed is untrusted input. A corpus of hostile values in every text field, loaded through
 * the embed and pasted into the authoring page, and as the name of a file that fails to load: no script
 * runs (a trap on window stays untouched, no dialog opens), every value shows literally, and no link
 * leads anywhere but http(s). Malformed files are tests/e2e/bad-input.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BIG = 'x'.repeat(100_000);
const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<svg onload="window.__pwned = 1"><circle r="9"/></svg>',
  '"><style>body { display: none }</style>',
  'javascript:window.__pwned = 1',
  'data:text/html,<script>window.__pwned = 1</script>',
  '{{constructor.constructor("window.__pwned = 1")()}}',
  '${window.__pwned = 1}',
  '</textarea><script>window.__pwned = 1</script>',
  '\u202Eevil reversed\u202C',
  'zero\u200Bwidth\u200Djoin',
  '🚂💥🇰🇵🇷🇺',
  '김정은이 기차로 블라디보스토크에 갔다',
  'كيم جونغ أون يصل إلى فلاديفوستوك',
  BIG
];

/** One event per hostile value, the value in every text field of the event and of its source. */
function hostileDataset() {
  const sources = HOSTILE.map((value, i) => ({
    id: `source-${i}`,
    outlet: value,
    title: value,
    author: value,
    language: 'xx',
    url: i % 2 === 0 ? 'javascript:window.__pwned = 1' : 'data:text/html,<script>window.__pwned=1</script>'
  }));
  const events = HOSTILE.map((value, i) => ({
    id: `hostile-${i}`,
    start: `2000-01-${String(i + 1).padStart(2, '0')}`,
    title: { en: value, id: value },
    summary: { en: value, id: value },
    dateDerivation: { en: value },
    category: 'report',
    place: { name: value, country: value },
    people: [value],
    sources: [{ source: `source-${i}`, quote: value, translation: value }],
    notes: [{ kind: 'error', source: `source-${i}`, text: { en: value } }]
  }));
  // An invalid record whose id is itself hostile: its error message shows the value too.
  events.push({ ...events[0]!, id: HOSTILE[0]! });
  return { sources, events };
}

async function setTraps(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __pwned: number }).__pwned = 0;
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
  expect(dialogs).toEqual([]);
  // No link leads anywhere but http(s), in the page or inside any shadow root.
  const hrefs = await page.evaluate(() => {
    const all: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const a of root.querySelectorAll('a[href]')) all.push(a.getAttribute('href')!);
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
    };
    walk(document);
    return all;
  });
  for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
}

test.describe('hostile data', () => {
  test('loaded through the embed, runs nothing and shows every value literally', async ({ page }) => {
    const dialogs = await setTraps(page);
    await page.route('**/hostile.json', (route) => route.fulfill({ json: hostileDataset() }));
    await page.route('**/blog/hostile.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
          <script type="module" src="/embed/news-timeline.js"></script></head>
          <body><news-timeline src="/hostile.json" height="900" style="display:block;height:900px"></news-timeline></body></html>`
      })
    );
    await page.goto('/blog/hostile.html');
    const embed = page.locator('news-timeline');
    // The one invalid record is listed, its hostile id shown as text.
    await expect(embed.getByText(`event ${JSON.stringify(HOSTILE[0])}`, { exact: false })).toHaveCount(1);
    await embed.evaluate((element) =>
      (element as HTMLElement & { select(id: string): void }).select('hostile-0')
    );
    await expect(embed.getByRole('heading', { level: 2 })).toHaveText(HOSTILE[0]!);
    for (const [i, value] of HOSTILE.entries()) {
      if (value === BIG) continue;
      await embed.evaluate(
        (element, id) => (element as HTMLElement & { select(id: string): void }).select(id),
        `hostile-${i}`
      );
      const panel = embed.getByRole('complementary');
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(value);
      await expect(panel.locator('blockquote')).toHaveText(value);
    }
    // The 100 KB title: shown in full as text, and the page still answers.
    await embed.evaluate(
      (element, id) => (element as HTMLElement & { select(id: string): void }).select(id),
      `hostile-${HOSTILE.length - 1}`
    );
    expect(await embed.getByRole('heading', { level: 2 }).evaluate((h) => h.textContent!.length)).toBe(
      BIG.length
    );
    await expectNothingRan(page, dialogs);
  });

  test('as the name of a file that fails, runs nothing and is shown literally in the reason', async ({
    page
  }) => {
    const dialogs = await setTraps(page);
    const name = '<img src=x onerror="window.__pwned = 1">.json';
    await page.route(
      (url) => decodeURIComponent(url.pathname) === `/${name}`,
      (route) => route.fulfill({ contentType: 'application/json', body: '{ "events": [' })
    );
    await page.route('**/blog/hostile-name.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile name</title>
          <script type="module" src="/embed/news-timeline.js"></script></head>
          <body><news-timeline src="/${encodeURIComponent(name)}"></news-timeline></body></html>`
      })
    );
    await page.goto('/blog/hostile-name.html');
    const alert = page.locator('news-timeline').getByRole('alert');
    // The name as the reader wrote it, decoded: `<img …>` as text, not as an element.
    await expect(alert).toContainText(`${name}: line 1, column 14: invalid JSON`);
    await expectNothingRan(page, dialogs);
  });

  test('pasted into the authoring page, runs nothing and previews every value literally', async ({
    page
  }) => {
    // Two megabytes typed into a text box, then read and checked: slow on a busy machine, and not racing.
    test.setTimeout(60_000);
    const dialogs = await setTraps(page);
    await page.goto('/make/');
    await page.getByRole('textbox', { name: /^Dataset/ }).fill(JSON.stringify(hostileDataset()));
    // 1.4 MB of text (the 100 KB value in every field): reading it may take a while on a busy machine.
    await expect(page.getByRole('status').filter({ hasText: 'Read as' })).toContainText(
      `${HOSTILE.length} valid events, 1 problem`,
      { timeout: 20_000 }
    );
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText(HOSTILE[0]!);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('button', { name: 'Show all', exact: true }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNothingRan(page, dialogs);
  });
});
