/**
 * Telling a dataset's format from its text, cheaply: what the loader needs before it knows whether to
 * fetch the converters (formats.ts) or the JSON error locator (json.ts).
 */

import { ownField } from '../own.js';

/** The formats a dataset file may come in; see formats.ts for the conversions. */
export type Format = 'json' | 'csv' | 'timelinejs' | 'timelinejs-sheet';

/** Each format's name, as messages give it. */
export const FORMAT_NAMES: Record<Format, string> = {
  json: 'the project’s JSON',
  csv: 'CSV',
  timelinejs: 'TimelineJS JSON',
  'timelinejs-sheet': 'TimelineJS spreadsheet'
};

/**
 * Whether a text is JSON (ours or TimelineJS's) rather than CSV: it starts like JSON. Cheap, so a large
 * file is parsed once, by `parseJson`.
 *
 * looksLikeJson('  {"events": []}') → true; looksLikeJson('id,start\n') → false
 */
export function looksLikeJson(text: string): boolean {
  const start = text.replace(/^\ufeff/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[');
}

/**
 * Whether parsed JSON is a TimelineJS timeline: its events have `start_date` objects.
 *
 * isTimelineJs({ events: [{ start_date: { year: 2019 } }] }) → true
 */
export function isTimelineJs(data: unknown): boolean {
  const events = ownField(data, 'events');
  const first: unknown = Array.isArray(events) ? events[0] : undefined;
  return ownField(first, 'start_date') !== undefined;
}

/**
 * Whether a text is TimelineJS's spreadsheet template, exported as CSV or pasted as tab-separated text:
 * its header (the first line) names the columns `Year` and `Headline`, which the project's CSV has not.
 *
 * looksLikeTimelineJsSheet('Year,Month,Day,Time,…,Headline,Text,…') → true; looksLikeTimelineJsSheet('id,start') → false
 */
export function looksLikeTimelineJsSheet(text: string): boolean {
  const start = text.replace(/^\ufeff/, '').slice(0, 2000);
  const end = start.search(/[\r\n]/);
  const names = (end === -1 ? start : start.slice(0, end))
    .split(/[,\t]/)
    .map((name) => name.trim().replace(/^"|"$/g, '').trim().toLowerCase());
  return names.includes('year') && names.includes('headline');
}

/**
 * Whether a text is a web page: it starts (after a byte-order mark and white space) with a doctype or
 * an `<html>` tag, as a host's "not found" page or its home page does when a wrong address answers 200.
 *
 * looksLikeHtml('<!DOCTYPE html><html>…') → true; looksLikeHtml('id,start') → false
 */
export function looksLikeHtml(text: string): boolean {
  return /^\ufeff?\s*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 1024));
}

/**
 * Whether a text holds binary data rather than text: a NUL character, which no dataset has and every
 * image, archive or spreadsheet file does within its first bytes.
 *
 * looksBinary('PK\u0003\u0004\u0000…') → true
 */
export function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}
