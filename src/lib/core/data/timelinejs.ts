/**
 * TimelineJS's JSON, converted to the project's shape: dates at their precision, headlines, texts as plain
 * text, media credits as sources. Total: every slide is read on its own, field by field, so a bad slide —
 * a date that is no date, a headline that is no text, a placeholder media URL such as `"http://"` —
 * becomes an issue or a notice at `slide N` (N counts the entries of `events` from 1) and the others are
 * converted. Fields are read only when the object holds them itself (`ownField`), and names TimelineJS does
 * not define are reported, `__proto__`, `constructor` and `toString` among them.
 */
import type { Converted } from './formats.js';
import { htmlToText } from './html-text.js';
import { LEFT_OUT, slideEvent, timelineDataset } from './timelinejs-decorations.js';
import type { Issue } from './issue.js';
import { ownField } from '../own.js';
import { safeUrl } from '../url.js';
import { slug } from './slug.js';

/** The fields TimelineJS defines (its JSON format documentation), by object. */
const FIELDS: Record<string, readonly string[]> = {
  timeline: ['events', 'title', 'eras', 'scale'],
  slide: [
    'start_date',
    'end_date',
    'text',
    'media',
    'group',
    'display_date',
    'background',
    'autolink',
    'unique_id'
  ],
  date: ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'],
  text: ['headline', 'text'],
  media: ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'],
  background: ['url', 'alt', 'color']
};
/** A slide's objects and the fields each may hold. */
const PARTS = {
  start_date: 'date',
  end_date: 'date',
  text: 'text',
  media: 'media',
  background: 'background'
};
/** What a slide may hold that the timeline cannot show, said in a notice (as for the spreadsheet's columns). */
const CANNOT_SHOW = [
  ['start_date', 'hour', LEFT_OUT.time],
  ['end_date', 'hour', LEFT_OUT.time],
  ['media', 'thumbnail', LEFT_OUT.thumbnail],
  ['background', undefined, LEFT_OUT.background]
] as const;
/** Parts that only decorate a slide: when bad, they are left out and the slide is kept. */
const DECORATION = new Set(['media', 'background']);

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value for a message: short scalars as JSON, anything else by its kind (never a whole subtree). */
export function shown(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 60)}…` : json;
  }
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}

/** Text from a field: a string or a number as text, '' when absent, null when it is something else. */
export function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return htmlToText(value);
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** A TimelineJS date as one of our ISO shapes, its precision kept: {year: 2019, month: 4} → "2019-04". */
export function isoOf(
  date: unknown,
  field: string,
  problem: (field: string, message: string) => void
): string {
  const part = (key: string, pattern: RegExp, max: number) => {
    const raw = ownField(date, key);
    if (raw === undefined || raw === '' || raw === null) return undefined;
    const text = typeof raw === 'number' || typeof raw === 'string' ? String(raw).trim() : '';
    if (!pattern.test(text) || Math.abs(Number(text)) > max) {
      problem(`${field}.${key}`, `is not a ${key} number: ${shown(raw)}`);
      return null;
    }
    return Number(text);
  };
  // Up to twelve digits: cosmology's -13800000000; a year of five or more stands alone (dates.ts, deep.ts).
  const year = part('year', /^-?\d{1,12}$/, 999_999_999_999);
  const month = part('month', /^\d{1,2}$/, 12);
  const day = part('day', /^\d{1,2}$/, 31);
  if (year === null || month === null || day === null) return '';
  if (year === undefined) {
    problem(`${field}.year`, 'is missing');
    return '';
  }
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
  let iso = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
  if (month !== undefined) {
    iso += `-${pad(month, 2)}`;
    if (day !== undefined) iso += `-${pad(day, 2)}`;
  }
  return iso;
}

/** A slide's or an era's `start_date` (required) and `end_date` as ISO shapes; '' where absent or bad. */
export function datesOf(
  item: object,
  problem: (field: string, message: string) => void
): { start: string; end: string } {
  const startDate = ownField(item, 'start_date');
  if (startDate === undefined) problem('start_date', 'is missing');
  const start = startDate === undefined ? '' : isoOf(startDate, 'start_date', problem);
  const endDate = ownField(item, 'end_date');
  const end = endDate === undefined || endDate === null ? '' : isoOf(endDate, 'end_date', problem);
  return { start, end };
}

/** The host of an http(s) URL, or undefined for anything that is not one (`"http://"`, `javascript:`). */
export function hostOf(url: string): string | undefined {
  const safe = safeUrl(url);
  return safe === undefined ? undefined : new URL(safe).hostname || undefined;
}

/** Reports each field of `object` that TimelineJS does not define for `kind`. */
function unknownFields(object: object, kind: string, path: string, report: (field: string) => void): void {
  for (const key of Object.keys(object)) {
    if (!FIELDS[kind]!.includes(key)) report(path ? `${path}.${key}` : key);
  }
}

/** Reports the unknown fields of a slide and of its parts, and each part that is not an object. */
function checkSlide(slide: object, unknown: (field: string) => void, notObject: (key: string) => void) {
  unknownFields(slide, 'slide', '', unknown);
  for (const [key, kind] of Object.entries(PARTS)) {
    const part = ownField(slide, key);
    if (part === undefined || part === null) continue;
    if (isObject(part)) unknownFields(part, kind, key, unknown);
    else notObject(key);
  }
}

/**
 * Converts a TimelineJS JSON timeline: dates with their precision, headlines, texts (as plain text) and
 * media credits. Each event's text becomes its quote (TimelineJS has no quotes of its own), cited to a
 * source made from its media credit and URL, or to the timeline itself when it has none; those sources
 * have no archived text, so the quotes are reported as not checked.
 */
export function timelineJsToDataset(data: unknown, file: string): Converted {
  const issues: Issue[] = [];
  const notices: Issue[] = [];
  const unknown = (record: string | undefined) => (field: string) =>
    issues.push({ file, record, field, message: 'is not a known TimelineJS field' });
  if (isObject(data)) unknownFields(data, 'timeline', '', unknown(undefined));
  const titleSlide = ownField(data, 'title');
  if (isObject(titleSlide)) checkSlide(titleSlide, unknown('title slide'), () => {});
  const title = textOf(ownField(ownField(titleSlide, 'text'), 'headline')) || file;
  const description = textOf(ownField(ownField(titleSlide, 'text'), 'text'));

  const sources = new Map<string, Record<string, unknown>>();
  const sourcePlaces: string[] = [];
  const places: { event: string; quotes: string[] }[] = [];
  const used = new Set<string>();
  const events: Record<string, unknown>[] = [];
  const slides = ownField(data, 'events');
  (Array.isArray(slides) ? slides : []).forEach((item: unknown, index) => {
    const record = `slide ${index + 1}`;
    let bad = false;
    const problem = (field: string | undefined, message: string) => {
      bad = true;
      issues.push({ file, record, ...(field ? { field } : {}), message });
    };
    const leftOut = (field: string, why: string) =>
      notices.push({ file, record, field, message: `was left out: ${why}` });
    if (!isObject(item)) return problem(undefined, 'not an object such as { "start_date": …, "text": … }');
    checkSlide(item, unknown(record), (key) =>
      DECORATION.has(key) ? leftOut(key, 'it is not an object') : problem(key, 'is not an object')
    );
    const text = ownField(item, 'text');
    const headline = textOf(ownField(text, 'headline'));
    const body = textOf(ownField(text, 'text'));
    if (headline === null) problem('text.headline', 'is not text');
    if (body === null) problem('text.text', 'is not text');
    const { start, end } = datesOf(item, problem);
    if (bad) return;

    const summary = body || headline || '';
    const media = ownField(item, 'media');
    const credit = textOf(ownField(media, 'credit'));
    const caption = textOf(ownField(media, 'caption'));
    if (credit === null) leftOut('media.credit', 'it is not text');
    if (caption === null) leftOut('media.caption', 'it is not text');
    const alt = textOf(ownField(media, 'alt'));
    if (alt === null) leftOut('media.alt', 'it is not text');
    const group = textOf(ownField(item, 'group'));
    if (group === null) leftOut('group', 'it is not text');
    const displayDate = textOf(ownField(item, 'display_date'));
    if (displayDate === null) leftOut('display_date', 'it is not text');
    for (const [part, key, why] of CANNOT_SHOW) {
      const value = key ? ownField(ownField(item, part), key) : ownField(item, part);
      if (value !== undefined && value !== null && value !== '') leftOut(key ? `${part}.${key}` : part, why);
    }
    const rawUrl = ownField(media, 'url');
    const host = typeof rawUrl === 'string' ? hostOf(rawUrl) : undefined;
    if (rawUrl !== undefined && rawUrl !== '' && host === undefined) {
      leftOut('media.url', `${shown(rawUrl)} is not an http(s) address`);
    }
    const uniqueId = textOf(ownField(item, 'unique_id'));
    let id = slug(uniqueId || headline || `event-${index + 1}`);
    while (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);

    const { event, added } = slideEvent(
      {
        id,
        start,
        end,
        headline: headline ?? '',
        summary,
        title,
        host,
        decorations: {
          displayDate: displayDate ?? '',
          group: group ?? '',
          ...(host ? { url: rawUrl as string } : {}),
          credit: credit ?? '',
          caption: caption ?? '',
          alt: alt ?? ''
        }
      },
      sources
    );
    if (added) sourcePlaces.push(record);
    places.push({ event: record, quotes: [record] });
    events.push(event);
  });
  const eras = new Map<string, string>();
  const episodes = erasToEpisodes(ownField(data, 'eras'), file, issues, eras);
  return {
    format: 'timelinejs',
    data: timelineDataset(title, description, episodes, [...sources.values()], events),
    places: { events: places, sources: sourcePlaces, episodes: eras },
    issues,
    notices
  };
}

/**
 * TimelineJS's eras are the story's chapters: each becomes an episode, named by its headline. An era
 * that is no object or has no usable start date is an issue at `era N`, and the others are kept. Each
 * episode's id goes into `used` with its era's place, for the validator's messages (`locateIssues`).
 */
function erasToEpisodes(
  eras: unknown,
  file: string,
  issues: Issue[],
  used: Map<string, string>
): Record<string, unknown>[] {
  const episodes: Record<string, unknown>[] = [];
  (Array.isArray(eras) ? eras : []).forEach((era: unknown, index) => {
    const record = `era ${index + 1}`;
    let bad = false;
    const problem = (field: string | undefined, message: string) => {
      bad = true;
      issues.push({ file, record, ...(field ? { field } : {}), message });
    };
    if (!isObject(era)) return problem(undefined, 'not an object such as { "start_date": …, "text": … }');
    const headline = textOf(ownField(ownField(era, 'text'), 'headline'));
    if (headline === null) problem('text.headline', 'is not text');
    const { start, end } = datesOf(era, problem);
    if (bad) return;
    const title = headline || `Era ${index + 1}`;
    let id = slug(title);
    while (used.has(id)) id = `${id}-${index + 1}`;
    used.set(id, record);
    episodes.push({ id, title: { en: title }, start, end: end || start });
  });
  return episodes;
}
