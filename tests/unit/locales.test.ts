/**
 * Indonesian is a module of its own (i18n/id.ts), its words and dayjs's `id` locale (with dayjs, which
 * that locale imports), so that an English embed never downloads them. Until it is loaded, formatting in
 * Indonesian fails loudly: the reader never gets English month names where Indonesian was asked for. Its
 * words are a value handed back by the loader.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  // A fresh dayjs for each test, as a page that has loaded nothing yet.
  vi.resetModules();
});

describe('the Indonesian language pack', () => {
  it('is not there until loaded, and formatting in Indonesian says so', async () => {
    const { formatDate } = await import('../../src/lib/core/time/dates');
    expect(() => formatDate('2019-04-25', 'id')).toThrow('the id month names are not loaded');
    expect(formatDate('2019-04-25', 'en')).toBe('25 April 2019');
  });

  it("leaves dayjs's default language English once loaded", async () => {
    const { loadMessages } = await import('../../src/lib/core/i18n/index');
    await loadMessages('id');
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
