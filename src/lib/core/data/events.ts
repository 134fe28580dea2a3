/**
 * Events as the timeline uses them: sorted in time, with their dates parsed once.
 */
import { parseDate, type Precision } from '../time/dates.js';
import type { Source, TimelineEvent } from './schema.js';

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
