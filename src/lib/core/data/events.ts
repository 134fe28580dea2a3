/**
 * Events as the timeline uses them: sorted in time, with their dates parsed once.
 */
import { parseDate, type Precision } from '../time/dates.js';
import type { Place, Source, Text, TimelineEvent } from './schema.js';

export interface PreparedEvent {
  event: TimelineEvent;
  /** Position in time order, the order of keyboard navigation. */
  index: number;
  /** UTC ms: the first instant of `start`, and the end of `end` (or of `start`), exclusive. */
  start: number;
  end: number;
  /** The end of the start's own precision span: where a month- or year-dated mark's bracket ends. */
  startEnd: number;
  precision: Precision;
  /** True when the event covers more than its start date. */
  isRange: boolean;
}

/**
 * Sorts events by start, then end, then id (so equal dates always come out in the same order).
 *
 * prepareEvents([b, a]) → [{ event: a, index: 0, … }, { event: b, index: 1, … }]
 */
export function prepareEvents(events: readonly TimelineEvent[]): PreparedEvent[] {
  return events
    .map((event) => {
      const first = parseDate(event.start);
      const last = event.end === undefined ? first : parseDate(event.end);
      return {
        event,
        index: 0,
        start: first.start,
        end: Math.max(first.end, last.end),
        startEnd: first.end,
        precision: first.precision,
        isRange: event.end !== undefined && event.end !== event.start
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.event.id < b.event.id ? -1 : 1))
    .map((prepared, index) => {
      prepared.index = index;
      return prepared;
    });
}

/**
 * The dates an axis must show for these events: each start's span and, for a range, its end's span.
 * The middle of a long range is not an anchor, so a decade-long range does not stop gaps collapsing.
 */
export function eventAnchors(events: readonly PreparedEvent[]): { start: number; end: number }[] {
  const anchors: { start: number; end: number }[] = [];
  for (const prepared of events) {
    anchors.push({ start: prepared.start, end: prepared.startEnd });
    if (prepared.isRange) {
      const last = parseDate(prepared.event.end!);
      anchors.push({ start: last.start, end: last.end });
    }
  }
  return anchors;
}

/** Sources by id, for the detail panel. */
export function sourcesById(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((source) => [source.id, source]));
}

/**
 * A place as a reader reads it: the name, and the country unless the name already says it.
 *
 * placeName({ name: 'Vladivostok', country: 'Russia' }) → "Vladivostok, Russia";
 * placeName({ name: 'North Korea', country: 'North Korea' }) → "North Korea"
 */
export function placeName(place: Place): string {
  const country = place.country?.trim();
  if (!country || place.name.trim().toLowerCase() === country.toLowerCase()) return place.name;
  return `${place.name}, ${country}`;
}

/**
 * The summary a reader sees: the claims joined with spaces, or the plain summary of data that is not
 * sentence-cited. Indonesian only where every claim has it (a half-translated paragraph would mix the
 * languages mid-sentence).
 *
 * eventSummary({ claims: [{ en: 'A.', id: 'A.', cites: [0] }, { en: 'B.', record: 'r' }], … }) → { en: 'A. B.' }
 */
export function eventSummary(event: Pick<TimelineEvent, 'claims' | 'summary'>): Text {
  const claims = event.claims;
  if (!claims?.length) return event.summary ?? { en: '' };
  const en = claims.map((claim) => claim.en.trim()).join(' ');
  const translated = claims.every((claim) => claim.id !== undefined);
  return translated ? { en, id: claims.map((claim) => claim.id!.trim()).join(' ') } : { en };
}

/** True for a record source: cited by claims and record notes, never quoted, no archived text. */
export function isRecordSource(source: Pick<Source, 'kind'> | undefined): boolean {
  return source?.kind === 'record';
}

/**
 * The record sources an event rests on, in the order its claims and then its notes first cite them:
 * what the panel and the list show under the quotes.
 *
 * recordSourcesOf(event, sources) → [{ id: 'afp-2019-04-23', kind: 'record', … }]
 */
export function recordSourcesOf(event: TimelineEvent, sources: Map<string, Source>): Source[] {
  const ids = new Set<string>();
  for (const claim of event.claims ?? []) if (claim.record) ids.add(claim.record);
  for (const note of event.notes ?? []) if (note.kind === 'record' && note.source) ids.add(note.source);
  return [...ids].map((id) => sources.get(id)).filter((source) => isRecordSource(source)) as Source[];
}
