/**
 * A dataset's episodes (its named chapters), checked after its events: each must have a valid shape and
 * dates, a unique id, an end not before its start, and hold at least one valid event. A bad episode is
 * left out and reported; the events are never affected.
 */
import * as v from 'valibot';
import { dateProblem, formatRange, parseDate } from '../time/dates.js';
import type { Issue } from './issue.js';
import { EpisodeSchema, type Episode, type TimelineEvent } from './schema.js';
import { recordName, schemaIssues } from './schema-issues.js';

/**
 * validateEpisodes('events.json', [{ id: 'hanoi', … }], events, issues) → the valid episodes, in time order
 */
export function validateEpisodes(
  file: string,
  raw: readonly unknown[],
  events: readonly TimelineEvent[],
  issues: Issue[]
): Episode[] {
  const starts = events.map((event) => parseDate(event.start).start);
  const episodes: Episode[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const record = recordName('episode', item, index);
    const parsed = v.safeParse(EpisodeSchema, item);
    if (!parsed.success) {
      issues.push(...schemaIssues(file, record, parsed.issues));
      return;
    }
    const episode = parsed.output;
    const problems: Issue[] = [];
    if (seen.has(episode.id))
      problems.push({ file, record, field: 'id', message: 'repeats an id used by an earlier episode' });
    for (const field of ['start', 'end'] as const) {
      const problem = dateProblem(episode[field]);
      if (problem) problems.push({ file, record, field, message: `is not valid: ${problem}` });
    }
    if (problems.length === 0) {
      const from = parseDate(episode.start).start;
      const to = parseDate(episode.end).end;
      if (to <= from) {
        problems.push({
          file,
          record,
          field: 'end',
          message: `"${episode.end}" is before start "${episode.start}"`
        });
      } else if (!starts.some((start) => from <= start && start < to)) {
        problems.push({
          file,
          record,
          message: `holds no event: none of the valid events starts within ${formatRange(episode.start, episode.end, 'en')}`
        });
      }
    }
    if (problems.length > 0) {
      issues.push(...problems);
      return;
    }
    seen.add(episode.id);
    episodes.push(episode);
  });
  return episodes.sort((a, b) => parseDate(a.start).start - parseDate(b.start).start);
}
