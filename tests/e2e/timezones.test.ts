/**
 * Dates do not depend on the reader's time zone: the same days in the marks, the panel and the axis at
 * UTC+14 (Kiritimati, the earliest zone) and at UTC−10/−9 (Adak, among the latest).
 */
import { expect, test } from './fixtures';
import {
  eventById,
  events,
  eventsGroup,
  markName,
  marksInView,
  panel,
  settle,
  shownDate,
  shownSpan,
  span,
  toolbarButton,
  zoomToEvent
} from './helpers';

const departure = eventById('kim-departs-pyongyang-by-train-2019');
/** What every event's mark must be called, whatever the zone, by its title: from the data. */
const titles = new Map(events.map((e) => [e.title.en, markName(e)]));

for (const timezoneId of ['Pacific/Kiritimati', 'America/Adak']) {
  test.describe(`In the ${timezoneId} time zone`, () => {
    test.use({ timezoneId });

    test('the browser really is in that zone', async ({ page }) => {
      await page.goto('/');
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      // Far from UTC on the day of the departure: 9 hours or more either way.
      const offset = await page.evaluate(
        (ms) => new Date(ms).getTimezoneOffset(),
        span(departure.start).from
      );
      expect(Math.abs(offset)).toBeGreaterThanOrEqual(9 * 60);
    });

    test('the marks of April 2019 carry the dates of the data', async ({ page }) => {
      await page.goto('/');
      await zoomToEvent(page, departure);
      await settle(page);
      const names = (await marksInView(page, { all: true })).filter((m) => !m.cluster).map((m) => m.name);
      expect(names).toContain(markName(departure));
      expect(names.length, 'several April 2019 events in view').toBeGreaterThanOrEqual(5);
      for (const name of names) {
        const title = [...titles.keys()].find((t) => name.startsWith(`${t}, `));
        expect(title, `"${name}" is an event of the data`).toBeDefined();
        expect(name).toBe(titles.get(title!));
      }
    });

    test('walking through every event by keyboard reads every date as in the data', async ({ page }) => {
      await page.goto('/');
      await eventsGroup(page).getByRole('button').first().waitFor();
      // The roving tab stop starts on the first event.
      await eventsGroup(page).locator('[tabindex="0"]').focus();
      for (const [i, event] of events.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await expect(page.locator(':focus')).toHaveAccessibleName(markName(event));
      }
    });

    test('the panel, the axis and the overview agree on the day', async ({ page }) => {
      await page.goto(`/#event=${departure.id}`);
      const details = panel(page, departure);
      await expect(details.locator('time').first()).toHaveAttribute('datetime', departure.start);
      await expect(details.locator('time').first()).toHaveText(shownDate(departure.start, 'en'));
      await settle(page);
      // Zoomed in about the event as far as the timeline goes, where the axis names days.
      await eventsGroup(page)
        .getByRole('button', { name: markName(departure), exact: true })
        .focus();
      for (
        let i = 0;
        i < 20 && (await toolbarButton(page, 'Zoom in').getAttribute('aria-disabled')) !== 'true';
        i++
      ) {
        await page.keyboard.press('+');
        await settle(page);
      }

      // The day tick at or just left of the mark is its day.
      const mark = (await marksInView(page)).find((m) => m.name === markName(departure))!;
      const ticks = await page
        .locator('.axis .tick')
        .evaluateAll((spans) =>
          spans.map((tick) => ({ x: tick.getBoundingClientRect().left, text: tick.textContent ?? '' }))
        );
      const under = ticks.filter((t) => t.x <= mark.x + 1).sort((a, b) => b.x - a.x)[0];
      const [day, month] = shownDate(departure.start, 'en').split(' ') as [string, string];
      expect(under?.text, `ticks: ${JSON.stringify(ticks)}`).toMatch(
        new RegExp(`^${day} ${month.slice(0, 3)}( \\d{4})?$`)
      );
      expect(mark.x - under!.x, 'the mark sits on its day’s tick').toBeLessThan(2);

      const shown = await shownSpan(page);
      expect(shown.from).toBeLessThanOrEqual(span(departure.start).from);
      expect(shown.to).toBeGreaterThanOrEqual(span(departure.start).to);
    });
  });
}
