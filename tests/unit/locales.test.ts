/**
 * Indonesian's words are a module of its own (i18n/id.ts), so that an English embed never downloads them;
 * its month names are dayjs's own `id` locale, which comes with the dates (so that dayjs needs no chunk of
 * its own at start). The words are a value handed back by the loader, never a registry.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  // A fresh dayjs for each test, as a page that has loaded nothing yet.
  vi.resetModules();
});

describe('the Indonesian language pack', () => {
  it("gives dayjs's Indonesian month names with the dates, before the words are loaded", async () => {
    const { formatDate, shortMonthName } = await import('../../src/lib/core/time/dates');
    expect(formatDate('2019-04-25', 'id')).toBe('25 April 2019');
    expect(formatDate('2019-08', 'id')).toBe('Agustus 2019');
    expect(shortMonthName(8, 'id')).toBe('Agt');
    expect(formatDate('2019-08-17', 'en')).toBe('17 August 2019');
  });

  it("leaves dayjs's default language English", async () => {
    await import('../../src/lib/core/time/dates');
    const dayjs = (await import('dayjs')).default;
    expect(dayjs.locale()).toBe('en');
  });

  it('brings the words and the month names once loaded', async () => {
    const { formatDate, shortMonthName } = await import('../../src/lib/core/time/dates');
    const { loadMessages } = await import('../../src/lib/core/i18n/index');
    const id = await loadMessages('id');
    expect(id.zoomIn).toBe('Perbesar');
    expect(id.locale).toBe('id');
    expect(formatDate('2019-08-17', 'id')).toBe('17 Agustus 2019');
    expect(shortMonthName(8, 'id')).toBe('Agt');
  });

  it('gives English at once, without loading anything', async () => {
    const { loadMessages, en } = await import('../../src/lib/core/i18n/index');
    expect(await loadMessages('en')).toBe(en);
  });
});
