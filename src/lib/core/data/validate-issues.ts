/**
 * Valibot's issues in the project's words, and how a record is named in a message: shared by the
 * validation of events, sources and episodes.
 */
import type * as v from 'valibot';
import type { Issue } from './issue.js';

/** `sources.0.quote` → `sources[0].quote`. */
function fieldPath(path: v.IssuePathItem[] | undefined): string {
  let text = '';
  for (const item of path ?? []) {
    const key = item.key as string | number;
    text += typeof key === 'number' ? `[${key}]` : text ? `.${key}` : String(key);
  }
  return text;
}

/** Valibot's issues as ours; a missing required key reads "is missing" rather than "received undefined". */
export function schemaIssues(
  file: string,
  record: string | undefined,
  issues: v.BaseIssue<unknown>[]
): Issue[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    const missing = issue.received === 'undefined' && issue.kind === 'schema';
    const key = issue.path?.at(-1)?.key;
    if (issue.expected === 'never' && typeof key === 'string') {
      // A strict object's unknown key: name the key as the field.
      return { file, record, field, message: 'is not a known field' };
    }
    return { file, record, field: field || undefined, message: missing ? 'is missing' : issue.message };
  });
}

export function recordName(kind: 'event' | 'source' | 'episode', raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 200
    ? `${kind} ${JSON.stringify(id)}`
    : `${kind} #${index + 1}`;
}
