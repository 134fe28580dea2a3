/**
 * English and Indonesian: the switch changes the interface and the dates, marks the page's language, and
 * the choice lives in the URL so that a reload or a shared link keeps it.
 */
import { expect, test } from './fixtures';
import { eventById, markName, panel, shownDate, span, zoomToEvent } from './helpers';

const hanoi = eventById('hanoi-summit-2019');
const departure = eventById('kim-departs-pyongyang-by-train-2019');

test('the page starts in English, with English pressed', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const language = page.getByRole('group', { name: 'Language' });
  await expect(language.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(language.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute(
    'aria-pressed',
    'false'
  );
});

test('choosing Bahasa Indonesia turns the interface, the dates and the URL Indonesian', async ({ page }) => {
  await page.goto('/');
  expect(span(hanoi.start).precision, 'the Hanoi summit is dated by its month').toBe('month');
  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('button', { name: 'Bahasa Indonesia' })
    .click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  const language = page.getByRole('group', { name: 'Bahasa' });
  await expect(language.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Diplomasi puncak Korea Utara–Rusia, 2002–2023'
  );
  const timeline = page.getByRole('region', { name: 'Linimasa' });
  await expect(timeline).toBeVisible();
  const toolbar = timeline.getByRole('toolbar');
  await expect(toolbar.getByRole('button', { name: 'Perbesar', exact: true })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Perkecil', exact: true })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Tampilkan semua', exact: true })).toBeVisible();
  await expect(timeline.getByRole('group', { name: 'Peristiwa' })).toBeVisible();
  await expect(
    page.getByRole('slider', { name: 'Ikhtisar: seret untuk menggeser linimasa' })
  ).toHaveAttribute('aria-valuetext', /^Menampilkan \d{1,2} \p{L}+ \d{4} sampai \d{1,2} \p{L}+ \d{4}$/u);
  expect(new URL(page.url()).hash).toContain('lang=id');

  // A month-dated event reads its month in Indonesian.
  const hanoiMark = await zoomToEvent(page, hanoi, 'id');
  await expect(hanoiMark).toHaveAccessibleName(`${hanoi.title.id}, Februari 2019`);
});

test('the Indonesian choice survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(/#lang=id$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(
    page.getByRole('toolbar').getByRole('button', { name: 'Perbesar', exact: true })
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
});

test('switching language does not add a step to the history', async ({ page }) => {
  await page.goto('/');
  const steps = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(/#lang=id$/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).hash, 'English is the default and is left out of the URL').toBe('');
  expect(await page.evaluate(() => history.length)).toBe(steps);
});

test('an open event and the language share the URL, and the panel follows the language', async ({ page }) => {
  await page.goto(`/#event=${departure.id}&lang=id`);
  const details = panel(page, departure, 'id');
  await expect(details).toBeVisible();
  const date = details.locator('time').first();
  await expect(date).toHaveText(shownDate(departure.start, 'id'));
  for (const claim of departure.claims)
    await expect(details.getByText(claim.id, { exact: true })).toBeVisible();
  await expect(details.getByRole('link', { name: 'sumber 1', exact: true }).first()).toBeVisible();
  await expect(details.getByText('Cara tanggal ditentukan:')).toBeVisible();
  await expect(details.getByRole('button', { name: 'Tutup' })).toBeVisible();
  // Quotes stay in the original Indonesian whatever the language; translations stay English.
  await expect(details.locator('blockquote').first()).toHaveAttribute('lang', 'id');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(panel(page, departure, 'en')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#event=${departure.id}$`));
  await expect(page.getByRole('button', { name: markName(departure), exact: true })).toBeVisible();
});
