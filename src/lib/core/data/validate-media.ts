/**
 * What the schema cannot say about an event's media: that it names something, and that its URL is one
 * a reader may be sent to (http or https only, as every link from data: url.ts).
 */
import type { Issue } from './issue.js';
import type { TimelineEvent } from './schema.js';
import { safeUrl } from '../url.js';

/**
 * mediaProblems('events.json', 'event "a"', { media: { url: 'javascript:alert(1)' } })
 *   → [{ field: 'media.url', message: '"javascript:alert(1)" is not an http(s) address' }]
 */
export function mediaProblems(file: string, record: string, event: Pick<TimelineEvent, 'media'>): Issue[] {
  const media = event.media;
  if (!media) return [];
  if (media.url === undefined && !media.credit && !media.caption && !media.alt) {
    return [{ file, record, field: 'media', message: 'needs at least one of url, credit, caption or alt' }];
  }
  if (media.url !== undefined && safeUrl(media.url) === undefined) {
    const shown = JSON.stringify(media.url.length > 60 ? `${media.url.slice(0, 60)}…` : media.url);
    return [{ file, record, field: 'media.url', message: `${shown} is not an http(s) address` }];
  }
  return [];
}
