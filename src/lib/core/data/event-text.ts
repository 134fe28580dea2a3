/**
 * What an open event shows beyond its mark: its place in words, its summary (the claims joined), the
 * record sources its claims and notes rest on. A module apart from events.ts, which the embed's first
 * script holds: the bundler places a module shared with the details chunk, whole, in the first script.
 */
import type { Place, Source, Text, TimelineEvent } from './schema.js';

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
