/**
 * Reading keys that come from data — a field of parsed JSON, a file name, a source id — only from the
 * object itself, never through its prototype: `"constructor"` is a valid source id and a valid file
 * name, and `texts["constructor"]` on a plain object is a function, not "no text".
 */

/**
 * A record's value for a key it holds itself.
 *
 * own({ a: 'x' }, 'a') → 'x'; own({}, 'constructor') → undefined
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A field of parsed data, only if it is an object that holds the field itself.
 *
 * ownField({ a: 1 }, 'a') → 1; ownField({}, 'toString') → undefined; ownField(null, 'a') → undefined
 */
export function ownField(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, key)
    ? (data as Record<string, unknown>)[key]
    : undefined;
}
