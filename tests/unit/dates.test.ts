import { describe, expect, it } from 'vitest';
// Indonesian month names, as the site loads them and a Svelte app does by importing `id`.
import '../../src/lib/core/i18n/id';
import {
  formatDate,
  formatEventDate,
  formatRange,
  monthName,
  parseDate,
  shortMonthName,
  utcMs
} from '../../src/lib/core/time/dates';

describe('parseDate', () => {
  it.each([
    ['2002', 'year', Date.UTC(2002, 0, 1), Date.UTC(2003, 0, 1)],
    ['2019-02', 'month', Date.UTC(2019, 1, 1), Date.UTC(2019, 2, 1)],
    ['2019-12', 'month', Date.UTC(2019, 11, 1), Date.UTC(2020, 0, 1)],
    ['2019-04-25', 'day', Date.UTC(2019, 3, 25), Date.UTC(2019, 3, 26)],
    ['2020-02-29', 'day', Date.UTC(2020, 1, 29), Date.UTC(2020, 2, 1)]
  ])('reads %s as a %s from its first to its last UTC millisecond', (iso, precision, start, end) => {
    expect(parseDate(iso)).toMatchObject({ iso, precision, start, end });
  });

  it('keeps years below 100 and before year 1 where they belong', () => {
    expect(new Date(parseDate('0050').start).getUTCFullYear()).toBe(50);
    expect(new Date(parseDate('-0500').start).getUTCFullYear()).toBe(-500);
    expect(parseDate('-0500').end).toBe(utcMs(-499));
  });

  it.each([
    ['2019-02-30', '2019-02-30 is not a date in the calendar: February 2019 has 28 days'],
    ['2019-02-29', '2019-02-29 is not a date in the calendar: February 2019 has 28 days'],
    ['2019-04-31', '2019-04-31 is not a date in the calendar: April 2019 has 30 days'],
    ['2019-13', '2019-13 is not a date in the calendar: the month must be 01 to 12'],
    ['2019-00-10', '2019-00-10 is not a date in the calendar: the month must be 01 to 12'],
    ['2019-04-00', '2019-04-00 is not a date in the calendar: April 2019 has 30 days'],
    ['25/4/2019', '"25/4/2019" is not a date of the shape YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2019-4-25', '"2019-4-25" is not a date of the shape YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2019-04-25T10:00', '"2019-04-25T10:00" is not a date of the shape YYYY, YYYY-MM or YYYY-MM-DD'],
    ['', '"" is not a date of the shape YYYY, YYYY-MM or YYYY-MM-DD']
  ])('refuses %s, saying why', (iso, message) => {
    expect(() => parseDate(iso)).toThrow(message);
  });
});

describe('formatDate', () => {
  it.each([
    ['2019-04-25', 'en', '25 April 2019'],
    ['2019-04', 'en', 'April 2019'],
    ['2002', 'en', '2002'],
    ['2019-04-25', 'id', '25 April 2019'],
    ['2019-02', 'id', 'Februari 2019'],
    ['2023-09-11', 'id', '11 September 2023'],
    ['2019-08-17', 'id', '17 Agustus 2019'],
    ['0800', 'en', '800'],
    ['-0500', 'en', '501 BCE'],
    ['-0500', 'id', '501 SM']
  ] as const)('shows %s in %s as "%s", no more precise than it is', (iso, locale, text) => {
    expect(formatDate(iso, locale)).toBe(text);
  });
});

describe('formatRange and formatEventDate', () => {
  it.each([
    ['2019-04-26', '2019-04-27', 'en', '26–27 April 2019'],
    ['2019-04-15', '2019-04-21', 'id', '15–21 April 2019'],
    ['2019-04-29', '2019-05-02', 'en', '29 April – 2 May 2019'],
    ['2018-03', '2019-04', 'en', 'March 2018 – April 2019'],
    ['2019-03', '2019-04', 'id', 'Maret – April 2019'],
    ['2020', '2023', 'en', '2020–2023'],
    ['2019-02', '2019-04-27', 'en', 'February – 27 April 2019'],
    ['2019-04-20', '2019-05', 'id', '20 April – Mei 2019'],
    ['2023', '2023-09-11', 'en', '2023 – 11 September 2023'],
    ['2019-04-25', undefined, 'en', '25 April 2019']
  ] as const)('joins %s and %s in %s as "%s"', (start, end, locale, text) => {
    expect(formatRange(start, end, locale)).toBe(text);
  });

  it("marks an inferred date as approximate in the reader's language", () => {
    expect(formatEventDate({ start: '2019-04-18', approximate: true }, 'en')).toBe('about 18 April 2019');
    expect(formatEventDate({ start: '2019-04-18', approximate: true }, 'id')).toBe('sekitar 18 April 2019');
  });

  it('shows the date as the data words it for a reader, in their language where it is given', () => {
    const spring = {
      start: '1969-03',
      end: '1969-05',
      displayDate: { en: 'Spring 1969', id: 'Musim semi 1969' }
    };
    expect(formatEventDate(spring, 'en')).toBe('Spring 1969');
    expect(formatEventDate(spring, 'id')).toBe('Musim semi 1969');
    expect(formatEventDate({ start: '-0500', displayDate: { en: 'c. 500 BC' } }, 'id')).toBe('c. 500 BC');
  });
});

describe('month names', () => {
  it('come from dayjs in UTC, whatever the machine zone, short ones as each language abbreviates them', () => {
    expect(shortMonthName(4, 'en')).toBe('Apr');
    expect(shortMonthName(8, 'id')).toBe('Agt');
    expect(monthName(8, 'id')).toBe('Agustus');
    expect(monthName(12, 'en')).toBe('December');
  });
});

describe('the machine zone', () => {
  it('is the one the test script set, so these tests really ran away from UTC too', () => {
    expect(process.env.TZ).toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(
      process.env.TZ === 'UTC' ? 'UTC' : process.env.TZ
    );
  });
});
