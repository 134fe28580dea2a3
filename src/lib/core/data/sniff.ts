/**
 * Telling a dataset's format from its text, cheaply: what the loader needs before it knows whether to
 * fetch the converters (formats.ts) or the JSON error locator (json.ts).
 */

/** The formats a dataset file may come in; see formats.ts for the conversions. */
export type Format = 'json' | 'csv' | 'timelinejs';

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
  const events = (data as { events?: unknown } | null)?.events;
  const first = Array.isArray(events) ? (events[0] as Record<string, unknown> | undefined) : undefined;
  return !!first && typeof first === 'object' && 'start_date' in first;
}
