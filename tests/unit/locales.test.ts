/**
 * Indonesian is a module of its own (locale-id.ts), so that an English embed never downloads it. Until
 * it is loaded, asking for Indonesian fails loudly: the reader never gets English words or month names
 * where Indonesian was asked for.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  // A fresh dayjs and a fresh word list for each test, as a page that has loaded nothing yet.
  vi.resetModules();
});

describe('the Indonesian language pack', () => {
  it('is not there until loaded, and formatting in Indonesian says so', async () => {
    const { formatDate } = await import('../../src/lib/core/dates');
    const { hasMessages, messages } = await import('../../src/lib/core/i18n');
    expect(hasMessages('id')).toBe(false);
    expect(() => messages('id')).toThrow('the id interface words are not loaded');
    expect(() => formatDate('2019-04-25', 'id')).toThrow('the id month names are not loaded');
    expect(formatDate('2019-04-25', 'en')).toBe('25 April 2019');
  });

  it('brings the words and the month names once loaded', async () => {
    const { formatDate, formatTick, utcMs } = await import('../../src/lib/core/dates');
    const { loadMessages, messages } = await import('../../src/lib/core/i18n');
    await loadMessages('id');
    expect(messages('id').zoomIn).toBe('Perbesar');
    expect(formatDate('2019-08-17', 'id')).toBe('17 Agustus 2019');
    expect(formatTick(utcMs(2019, 8, 1), 'month', 'id')).toBe('Agt');
  });
});
