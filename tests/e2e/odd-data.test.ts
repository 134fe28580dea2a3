/**
 * Odd but valid data works: one event; several on the same day; a range over decades; years before
 * 1000 and before year 1; a leap day; titles in Arabic and Korean. Served at /odd.json, shown by the
 * page's `?src=`.
 */
import { expect, test } from './fixtures';
import { CLUSTER } from './helpers';

function event(id: string, start: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    start,
    title: { en: title },
    summary: { en: `${title}.` },
    category: 'background',
    sources: [{ source: 'notes', quote: title, translation: title }],
    ...extra
  };
}

const sources = [{ id: 'notes', outlet: 'Notes', title: 'Notes', language: 'en' }];

test.describe('odd but valid data', () => {
  test('eight events on one day: no zoom can spread them, so their cluster lists them, and says it is open', async ({
    page
  }) => {
    // Two more events later that month, so that the first view is not already the deepest zoom.
    const day = [
      ...Array.from({ length: 8 }, (_, i) => event(`crowd-${i + 1}`, '2020-03-04', `Crowd ${i + 1}`)),
      event('later', '2020-03-20', 'Later'),
      event('last', '2020-03-28', 'Last')
    ];
    await page.route(
      (url) => url.pathname === '/odd.json',
      (route) => route.fulfill({ json: { sources, events: day } })
    );
    await page.goto('/?src=/odd.json');
    // Named by its first member (all equally important), with how many more it holds; it zooms in first,
    // and at the deepest zoom it lists them.
    const cluster = page.getByRole('button', { name: /^Crowd 1 and 7 more events, 4 March 2020: / });
    await expect(cluster).toHaveAccessibleName(/: zoom in$/);
    // The first press zooms in as far as it goes; the events still share their day.
    await expect(cluster).not.toHaveAttribute('aria-expanded');
    await cluster.click();
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true'
    );
    await expect(cluster).toHaveAttribute('aria-expanded', 'false');
    await expect(cluster).toHaveAccessibleName(/: list them$/);
    await cluster.click();
    await expect(cluster).toHaveAttribute('aria-expanded', 'true');
    const list = page.getByRole('list').filter({ hasText: 'Crowd 1' });
    await expect(list.getByRole('button')).toHaveCount(8);
    await list.getByRole('button', { name: /Crowd 5/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Crowd 5' })).toBeVisible();
  });

  test('a single event is shown, and opens', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/odd.json',
      (route) => route.fulfill({ json: { sources, events: [event('only', '2019-04-25', 'The only event')] } })
    );
    await page.goto('/?src=/odd.json');
    await page.getByRole('button', { name: 'The only event, 25 April 2019' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'The only event' })).toBeVisible();
  });

  test('events on one day, a decades-long range, ancient and BCE years, a leap day and other scripts all show', async ({
    page
  }) => {
    const events = [
      ...[1, 2, 3].map((n) => event(`same-day-${n}`, '2019-04-24', `Same day ${n}`)),
      event('long-range', '1950', 'Korean War armistice era', { end: '2019' }),
      event('ancient', '0800', 'Year eight hundred'),
      event('before-year-one', '-0500', 'Five hundred and one BCE'),
      event('leap-day', '2020-02-29', 'A leap day'),
      event('korean', '2018-04-27', '판문점 정상회담'),
      event('arabic', '2018-06-12', 'قمة سنغافورة')
    ];
    await page.route(
      (url) => url.pathname === '/odd.json',
      (route) => route.fulfill({ json: { sources, events } })
    );
    await page.goto('/?src=/odd.json');
    await page.getByRole('button', { name: 'Show as a list' }).click();
    const list = page.locator('ol.event-list');
    for (const title of events.map((e) => e.title.en))
      await expect(list.getByRole('heading', { name: title })).toBeVisible();
    await expect(list).toContainText('501 BCE');
    await expect(list).toContainText('800');
    await expect(list).toContainText('29 February 2020');
    await expect(list).toContainText('1950–2019');
    await page.getByRole('button', { name: 'Show the timeline' }).click();
    // Walk every event with the keyboard: each is reachable, same-day ones included.
    const group = page.getByRole('group', { name: 'Events' });
    await group.locator('[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const names = new Set<string>();
    for (let i = 0; i < events.length; i++) {
      // Focus may pass through a cluster while the view zooms in to lift the event out of it.
      await expect(group.locator('[tabindex="0"]')).not.toHaveAttribute('aria-label', CLUSTER);
      names.add((await group.locator('[tabindex="0"]').getAttribute('aria-label'))!);
      await page.keyboard.press('ArrowRight');
    }
    expect(names.size).toBe(events.length);
    expect([...names].some((name) => name.startsWith('판문점 정상회담'))).toBe(true);
  });
});
