/**
 * A problem in a dataset, located, and its one-line wording. Apart from validate.ts so that a page
 * showing issues need not load the validator that found them.
 */

/** One problem, located: the file, the record, the field. */
export interface Issue {
  file: string;
  /** `event "hanoi-summit"`, `source "medcom-2019-04-24"`, `event #3` when it has no usable id. */
  record?: string;
  /** A path into the record, `sources[0].quote`, or into the file for whole-file problems. */
  field?: string;
  message: string;
  /** The event's position in its file's `events` (from 0), when the issue is about one. */
  event?: number;
  /** The source's position in its file's `sources` (from 0), when the issue is about one. */
  source?: number;
}

/**
 * "events.json: event "hanoi-summit": sources[0].quote is not found …" — one line per issue.
 *
 * formatIssue({ file: 'a.json', record: 'event "x"', field: 'start', message: 'is missing' })
 *   → 'a.json: event "x": start is missing'
 */
export function formatIssue(issue: Issue): string {
  const place = [issue.file, issue.record].filter(Boolean).join(': ');
  return `${place}: ${issue.field ? `${issue.field} ` : ''}${issue.message}`;
}

/**
 * What the notices say, counted: quotes not checked (their source has no archived text) and summaries
 * not sentence-cited (a plain `summary` rather than claims).
 *
 * countNotices([{ file: 'a', field: 'summary', message: 'is not sentence-cited: …' }]) → { unchecked: 0, uncited: 1 }
 */
export function countNotices(notices: readonly Issue[]): { unchecked: number; uncited: number } {
  // Other notices (a URL left out, an archived text not given) are neither.
  const uncited = notices.filter(
    (notice) => notice.field === 'summary' && notice.message.startsWith('is not sentence-cited')
  ).length;
  const unchecked = notices.filter((notice) => notice.message.startsWith('was not checked')).length;
  return { unchecked, uncited };
}
