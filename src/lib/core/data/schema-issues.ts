/**
 * Valibot's findings as the project's issues, one wording everywhere: the field as a path
 * (`sources[0].quote`), a missing key as "is missing", an unknown one as "is not a known field", the
 * record by its id or its place.
 */
import type * as v from 'valibot';
import type { Issue } from './issue.js';
import { ownField } from '../own.js';

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

/** A record as messages name it: `event "x"` by its id, `event #3` by its place when it has no usable id. */
export function recordName(kind: 'event' | 'source' | 'episode', raw: unknown, index: number): string {
  const id = ownField(raw, 'id');
  return typeof id === 'string' && id.length > 0 && id.length <= 200
    ? `${kind} ${JSON.stringify(id)}`
    : `${kind} #${index + 1}`;
}

/**
 * The top level's unknown fields, one issue each. Own keys only, on both sides: `key in entries` would
 * take `__proto__`, `constructor` or `toString` for known fields.
 */
export function unknownKeys(file: string, data: unknown, entries: object): Issue[] {
  return Object.keys(data as object)
    .filter((key) => !Object.hasOwn(entries, key))
    .map((field) => ({ file, field, message: 'is not a known field' }));
}
