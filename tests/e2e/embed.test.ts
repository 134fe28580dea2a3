/**
 * A blogger's post with two <news-timeline> elements and one iframe, under a hostile stylesheet: the
 * embeds render, stay independent, leave the page's scrolling alone, size the iframe, request nothing
 * from elsewhere, shift nothing, and keep working under a strict Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { eventById, oneEventDataset, untilDraggable } from './helpers';

const blog = (name: string) => readFileSync(fileURLToPath(new URL(`blog/${name}`, import.meta.url)), 'utf8');
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'";

/** Serves the fixture post at /blog/ on the site's own origin, optionally with a CSP header. */
async function openPost(page: Page, file = 'post.html', csp?: string) {
  await page.route('**/blog/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').at(-1)!;
    const html = name.endsWith('.html');
    return route.fulfill({
      body: blog(name),
      contentType: html ? 'text/html; charset=utf-8' : 'text/css; charset=utf-8',
      headers: html && csp ? { 'content-security-policy': csp } : {}
    });
  });
  await page.goto(`/blog/${file}`);
}

const first = (page: Page) => page.locator('news-timeline#first');
const second = (page: Page) => page.locator('news-timeline#second');
const marks = (element: ReturnType<typeof first>) =>
  element.getByRole('group', { name: /^(Events|Peristiwa)$/ });

test.describe('a blog post with two elements and an iframe', () => {
  test('renders both elements, each in its own language and with its own open event', async ({ page }) => {
    await openPost(page);
    await expect(marks(first(page)).getByRole('button').first()).toBeVisible();
    await expect(marks(second(page)).getByRole('button').first()).toBeVisible();
    await expect(first(page).getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
    await expect(second(page).getByRole('button', { name: 'Perbesar', exact: true })).toBeVisible();
    await expect(second(page).getByRole('heading', { level: 2 })).toHaveText('KTT kedua Kim–Trump di Hanoi');
    await expect(first(page).getByRole('complementary')).toHaveCount(0);
  });

  test('keeps the host stylesheet out: its buttons are not restyled and its quotes still show', async ({
    page
  }) => {
    await openPost(page);
    const zoomIn = first(page).getByRole('button', { name: 'Zoom in', exact: true });
    await expect(zoomIn).toBeVisible();
    const style = await zoomIn.evaluate((button) => {
      const computed = getComputedStyle(button);
      return {
        background: computed.backgroundColor,
        padding: computed.paddingTop,
        border: computed.borderTopWidth
      };
    });
    expect(style.background).not.toBe('rgb(255, 105, 180)');
    expect(style.padding).not.toBe('20px');
    expect(style.border).not.toBe('5px');
    await expect(second(page).locator('blockquote').first()).toBeVisible();
  });

  test('a click in one element changes nothing in the other', async ({ page }) => {
    await openPost(page);
    const state = () =>
      marks(second(page))
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons.map((b) => `${b.getAttribute('aria-label')}|${b.getAttribute('tabindex')}`)
        );
    // Let the second element settle (fonts measured, deep-linked event centred) before comparing.
    let before = await state();
    await expect
      .poll(async () => {
        const now = await state();
        const same = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return same && now.length > 0;
      })
      .toBe(true);
    await marks(first(page))
      .getByRole('button', { name: /^Putin holds a summit/ })
      .click();
    await expect(first(page).getByRole('complementary')).toBeVisible();
    await expect(second(page).getByRole('heading', { level: 2 })).toHaveText('KTT kedua Kim–Trump di Hanoi');
    expect(await state()).toEqual(before);
  });

  test('keys in one element move focus only there, and Esc closes only its own panel', async ({ page }) => {
    await openPost(page);
    const focusable = marks(first(page)).locator('[tabindex="0"]');
    await focusable.focus();
    const name = await focusable.getAttribute('aria-label');
    await page.keyboard.press('ArrowRight');
    await expect(marks(first(page)).locator('[tabindex="0"]')).not.toHaveAttribute('aria-label', name!);
    await page.keyboard.press('Enter');
    await expect(first(page).getByRole('complementary')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(first(page).getByRole('complementary')).toHaveCount(0);
    await expect(second(page).getByRole('complementary')).toBeVisible();
  });

  test('a vertical wheel over an embed scrolls the page, not the timeline', async ({ page }) => {
    await openPost(page);
    const element = first(page);
    await element.scrollIntoViewIfNeeded();
    const box = (await element.boundingBox())!;
    await untilDraggable(marks(element));
    const mark = marks(element).getByRole('button').first();
    const markBefore = (await mark.boundingBox())!;
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + 150);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 100);
    const markAfter = (await mark.boundingBox())!;
    // The mark moved up with the page, not sideways with a pan or zoom.
    expect(Math.abs(markAfter.x - markBefore.x)).toBeLessThan(1);
  });

  test('the iframe takes the height of its content', async ({ page }) => {
    await openPost(page);
    const frame = page.locator('#frame');
    // Its open event's drawer is inside; wait for it, or the heights agree at 400 px before it opens.
    await expect(page.frameLocator('#frame').getByRole('complementary')).toBeVisible();
    await expect
      .poll(async () => {
        const outer = (await frame.boundingBox())!.height;
        const inner = await page
          .frameLocator('#frame')
          .locator('html')
          .evaluate((html) => html.getBoundingClientRect().height);
        return Math.abs(outer - inner);
      })
      .toBeLessThan(2);
    // So it grew past the attribute's 400 px, to the drawer's height.
    expect((await frame.boundingBox())!.height).toBeGreaterThanOrEqual(480);
  });

  test('records no layout shift while the embeds load', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openPost(page);
    await expect(marks(second(page)).getByRole('button').first()).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });

  test('offers select(), fit() and a select event', async ({ page }) => {
    await openPost(page);
    await expect(marks(first(page)).getByRole('button').first()).toBeVisible();
    const detail = await first(page).evaluate(async (element) => {
      const timeline = element as HTMLElement & { select(id: string | null): void };
      const chosen = new Promise<unknown>((resolve) =>
        timeline.addEventListener('select', (event) => resolve((event as CustomEvent).detail), { once: true })
      );
      timeline.select('kim-departs-pyongyang-by-train-2019');
      return chosen;
    });
    // With the address of the event's own page on the site (the curated dataset has one: share.test.ts).
    expect(detail).toEqual({
      id: 'kim-departs-pyongyang-by-train-2019',
      url: new URL('/event/kim-departs-pyongyang-by-train-2019/', page.url()).href
    });
    await expect(first(page).getByRole('heading', { level: 2 })).toHaveText(
      eventById('kim-departs-pyongyang-by-train-2019').title.en
    );
    // Script-driven selection does not pull focus out of the host page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    // Called at once, while the view may still be moving to the selected event: fit() wins.
    await first(page).evaluate((element) => (element as HTMLElement & { fit(): void }).fit());
    await expect(first(page).getByRole('button', { name: 'Show all', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true'
    );
  });

  test('removes every window listener it added when it is removed', async ({ page }) => {
    await page.addInitScript(() => {
      // Every listener the window holds, by type, counted up when added and down when removed.
      const held: Record<string, number> = {};
      (window as unknown as { listenersHeld: typeof held }).listenersHeld = held;
      const add = window.addEventListener.bind(window);
      const remove = window.removeEventListener.bind(window);
      window.addEventListener = ((...args: Parameters<typeof add>) => {
        held[args[0]] = (held[args[0]] ?? 0) + 1;
        return add(...args);
      }) as typeof window.addEventListener;
      window.removeEventListener = ((...args: Parameters<typeof remove>) => {
        held[args[0]] = (held[args[0]] ?? 0) - 1;
        return remove(...args);
      }) as typeof window.removeEventListener;
    });
    await openPost(page);
    await expect(marks(second(page)).getByRole('button').first()).toBeVisible();
    // The second element's open event arrives with the details chunk, and its drawer listens to scrolling:
    // count only once it is there, or the count before is short of that listener.
    await expect(second(page).getByRole('complementary')).toBeVisible();
    const held = () =>
      page.evaluate(() =>
        Object.fromEntries(
          Object.entries(
            (window as unknown as { listenersHeld: Record<string, number> }).listenersHeld
          ).filter(([, n]) => n !== 0)
        )
      );
    const before = await held();
    // A third element, with deep links on (which listens to the window), drawn, then removed again.
    const during = await page.evaluate(async () => {
      const element = document.createElement('news-timeline');
      element.setAttribute('deep-link', 'third');
      element.style.height = '300px';
      document.body.append(element);
      const listening = { ...(window as unknown as { listenersHeld: Record<string, number> }).listenersHeld };
      return listening;
    });
    await expect(
      page.locator('news-timeline').nth(2).getByRole('group', { name: 'Events' }).getByRole('button').first()
    ).toBeVisible();
    // Its gestures arrive after its first events: the grab cursor says they have.
    await untilDraggable(page.locator('news-timeline').nth(2).getByRole('group', { name: 'Events' }));
    await page.evaluate(() => document.querySelectorAll('news-timeline')[2]!.remove());
    expect(
      Object.entries(during).some(([type, n]) => n > (before[type] ?? 0)),
      'the third element listens'
    ).toBe(true);
    expect(await held()).toEqual(before);
  });
});

test.describe('the same post under a strict Content-Security-Policy', () => {
  test('renders and works with no inline scripts, no inline styles and no eval allowed', async ({ page }) => {
    await openPost(page, 'post-csp.html', STRICT_CSP);
    await expect(marks(first(page)).getByRole('button').first()).toBeVisible();
    const zoomIn = first(page).getByRole('button', { name: 'Zoom in', exact: true });
    // Styled by the element's own stylesheet: the toolbar button has its border radius.
    expect(await zoomIn.evaluate((button) => getComputedStyle(button).borderTopLeftRadius)).toBe('6px');
    await marks(first(page))
      .getByRole('button', { name: /^Putin holds a summit/ })
      .click();
    await expect(first(page).getByRole('complementary')).toBeVisible();
    await expect(second(page).getByRole('heading', { level: 2 })).toHaveText('KTT kedua Kim–Trump di Hanoi');
    // The console is checked by the fixtures: a CSP violation is logged as an error and fails the test.
  });
});

test.describe('what the embed loads', () => {
  /** The paths of every request the page makes under /embed/. */
  function recordRequests(page: Page): string[] {
    const paths: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/embed/')) paths.push(path);
    });
    return paths;
  }

  /** A post with one English element, with the given attributes. */
  async function openSingle(page: Page, attributes = '') {
    await page.route('**/blog/single.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One timeline</title>
          <script type="module" src="/embed/news-timeline.js"></script></head>
          <body><p>Before.</p><news-timeline ${attributes} style="display:block;height:480px"></news-timeline></body></html>`
      })
    );
    await page.goto('/blog/single.html');
    return page.locator('news-timeline');
  }

  const panelChunk = (paths: string[]) => paths.filter((path) => /\/chunks\/details-[\w-]+\.js$/.test(path));

  for (const snippet of ['event="hanoi-summit-2019"', 'lang="id" event="hanoi-summit-2019"']) {
    test(`<news-timeline ${snippet}> draws its first events before the panel and the gestures arrive, which follow by themselves`, async ({
      page
    }) => {
      // The two chunks are held back until the events are seen: the events cannot be waiting for them
      // (what npm run size counts as this snippet's start rests on it).
      const held: (() => void)[] = [];
      let release = false;
      await page.route(/\/embed\/chunks\/(details|zoom)-[\w-]+\.js$/, async (route) => {
        if (!release) await new Promise<void>((resolve) => held.push(resolve));
        await route.continue();
      });
      const embed = await openSingle(page, snippet);
      await expect(marks(embed).getByRole('button').first()).toBeVisible();
      // Both were asked for, by themselves, once the first events were drawn.
      await expect.poll(() => held.length).toBe(2);
      release = true;
      for (const resolve of held) resolve();
      await expect(embed.getByRole('complementary')).toBeVisible();
      await untilDraggable(marks(embed));
    });
  }

  test('a reader who only looks never downloads the details panel; one who points at the timeline gets it before opening an event', async ({
    page
  }) => {
    const requests = recordRequests(page);
    const embed = await openSingle(page);
    const summit = embed.getByRole('button', {
      name: 'Putin holds a summit with Kim Jong Il in Russia, 2002'
    });
    await expect(summit).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(panelChunk(requests)).toEqual([]);

    await summit.hover();
    await expect.poll(() => panelChunk(requests).length).toBe(1);
    await summit.click();
    await expect(embed.getByRole('heading', { level: 2 })).toHaveText(
      'Putin holds a summit with Kim Jong Il in Russia'
    );
    await expect(embed.getByRole('heading', { level: 2 })).toBeFocused();
    expect(panelChunk(requests)).toHaveLength(1);
  });

  test('a keyboard reader gets the details panel too: Tab into the timeline, Enter opens the event', async ({
    page
  }) => {
    const requests = recordRequests(page);
    const embed = await openSingle(page);
    await expect(marks(embed).getByRole('button').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(panelChunk(requests)).toEqual([]);
    // Tab reaches the toolbar first: focus inside the timeline is enough to fetch the panel.
    await page.keyboard.press('Tab');
    await expect(embed.getByRole('button', { name: 'Zoom in', exact: true })).toBeFocused();
    await expect.poll(() => panelChunk(requests).length).toBe(1);
    // Past the toolbar's other buttons and the episodes' bands to the events.
    const mark = marks(embed).getByRole('button', {
      name: 'Putin holds a summit with Kim Jong Il in Russia, 2002'
    });
    for (let presses = 0; presses < 10; presses++) {
      if (await mark.evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(mark).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(embed.getByRole('complementary')).toBeVisible();
    await expect(embed.getByRole('heading', { level: 2 })).toBeFocused();
  });

  test('the curated dataset, unchanged since the build checked it, is shown without loading the reader or the validator', async ({
    page
  }) => {
    const requests = recordRequests(page);
    await openPost(page);
    await expect(marks(first(page)).getByRole('button').first()).toBeVisible();
    await expect(marks(second(page)).getByRole('button').first()).toBeVisible();
    expect(requests).toContain('/embed/timeline.json');
    expect(requests.filter((path) => /\/chunks\/(read|validate|json|formats)-/.test(path))).toEqual([]);
  });

  test('a copy of the curated dataset with one quote changed is validated, and the changed event is left out', async ({
    page
  }) => {
    const requests = recordRequests(page);
    let changed = '';
    await page.route('**/embed/timeline.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { events: { id: string; sources: { quote: string }[] }[] };
      const event = data.events.find((e) => e.id === 'hanoi-summit-2019')!;
      event.sources[0]!.quote += ' (a sentence the article never had)';
      changed = event.id;
      await route.fulfill({ response, json: data });
    });
    await openPost(page);
    const issues = first(page).locator('details');
    await expect(issues.locator('summary')).toHaveText(
      '1 problem in the data; the events with problems are left out:'
    );
    await issues.locator('summary').click();
    await expect(issues.getByRole('listitem')).toContainText(
      `event "${changed}": sources[0].quote is not found`
    );
    // The second element opens that event at start; it is not there to open.
    await expect(second(page).getByRole('heading', { level: 2 })).toHaveCount(0);
    expect(requests.some((path) => /\/chunks\/validate-/.test(path))).toBe(true);
  });

  test('an English embed never loads the Indonesian words; switching its lang loads them and keeps the open event', async ({
    page
  }) => {
    const requests = recordRequests(page);
    const embed = await openSingle(page, 'event="hanoi-summit-2019"');
    await expect(embed.getByRole('heading', { level: 2 })).toHaveText('Second Kim–Trump summit in Hanoi');
    expect(requests.filter((path) => /\/chunks\/id-(?!details-)[\w-]+\.js$/.test(path))).toEqual([]);

    await embed.evaluate((element) => element.setAttribute('lang', 'id'));
    await expect(embed.getByRole('button', { name: 'Perbesar', exact: true })).toBeVisible();
    await expect(embed.getByRole('heading', { level: 2 })).toHaveText('KTT kedua Kim–Trump di Hanoi');
    expect(requests.filter((path) => /\/chunks\/id-(?!details-)[\w-]+\.js$/.test(path))).toHaveLength(1);
  });

  test("a blogger's own dataset has the validator fetched beside it, not after it", async ({ page }) => {
    // The dataset is held back until the validator chunk has been asked for: a loader that fetched it
    // only after the data arrived would leave this answer waiting, and the test would time out.
    let validatorAsked!: () => void;
    const asked = new Promise<void>((resolve) => (validatorAsked = resolve));
    page.on('request', (request) => {
      if (request.url().includes('/chunks/validate-')) validatorAsked();
    });
    await page.route('**/own.json', async (route) => {
      await asked;
      await route.fulfill({ json: oneEventDataset('mine', '2021-05-04', 'My own event') });
    });
    const embed = await openSingle(page, 'src="/own.json"');
    await expect(embed.getByRole('button', { name: 'My own event, 4 May 2021' })).toBeVisible();
  });

  test("a blogger's own dataset has the reader's own imports fetched beside the reader, not after it", async ({
    page
  }) => {
    // The reader's chunk is held back until a chunk it imports has been asked for: a browser that learnt
    // of its imports only from the reader itself would leave it waiting, and the test would time out.
    let importAsked!: () => void;
    const asked = new Promise<void>((resolve) => (importAsked = resolve));
    page.on('request', (request) => {
      if (request.url().includes('/chunks/sniff-')) importAsked();
    });
    await page.route(/\/embed\/chunks\/read-[\w-]+\.js$/, async (route) => {
      await asked;
      await route.continue();
    });
    await page.route('**/own.json', (route) =>
      route.fulfill({ json: oneEventDataset('mine', '2021-05-04', 'My own event') })
    );
    const embed = await openSingle(page, 'src="/own.json"');
    await expect(embed.getByRole('button', { name: 'My own event, 4 May 2021' })).toBeVisible();
  });

  test('lays the events out once, on its measured width and font, before drawing them', async ({ page }) => {
    const embed = await openSingle(page);
    await expect(marks(embed).getByRole('button').first()).toBeVisible();
    const layouts = await page.evaluate(() => {
      const [first] = performance.getEntriesByName('news-timeline:first-events');
      return performance
        .getEntriesByName('news-timeline:model')
        .filter((entry) => first && entry.startTime <= first.startTime).length;
    });
    expect(layouts).toBe(1);
  });
});
