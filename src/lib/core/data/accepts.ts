/**
 * A quick yes to "does this value pass the schema?", compiled once from the Valibot schema itself, for
 * the common case of a valid record: it walks the value without building anything, where Valibot's
 * parse copies every object and array it meets (at 100,000 events, most of validation's time and of the
 * garbage it leaves). It only ever says yes when Valibot would: whatever it does not know — a schema
 * type, a validation, a default, a key present but undefined — makes it say no, and a no only means
 * "ask Valibot", which then finds the issues and their wording as before. A valid record that passes is
 * used as it is; the schema has no transformations, so Valibot's output would be an equal copy.
 *
 * It reads the schema through the properties Valibot's schemas and actions expose (`type`, `entries`,
 * `wrapped`, `item`, `options`, `pipe`, `requirement`), as `@valibot/to-json-schema` does.
 */
import type { GenericSchema } from 'valibot';
import { EventSchema, SourceSchema } from './schema.js';

type Check = (value: unknown) => boolean;

/** A schema or action as Valibot exposes it; only what is read here. */
interface Node {
  kind?: string;
  type?: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  options?: readonly unknown[];
  pipe?: readonly Node[];
  requirement?: unknown;
  default?: unknown;
}

const never: Check = () => false;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One validation of a pipe, or null when it is not one this module knows to mean what Valibot means. */
function action(node: Node): Check | null {
  const { requirement } = node;
  switch (node.type) {
    case 'regex':
      // A global or sticky pattern keeps state between tests: not ours to reason about.
      return requirement instanceof RegExp && !requirement.global && !requirement.sticky
        ? (value) => typeof value === 'string' && requirement.test(value)
        : null;
    case 'min_length':
      return typeof requirement === 'number'
        ? (value) => (value as { length: number }).length >= requirement
        : null;
    case 'max_length':
      return typeof requirement === 'number'
        ? (value) => (value as { length: number }).length <= requirement
        : null;
    case 'integer':
      return (value) => Number.isInteger(value);
    case 'min_value':
      return typeof requirement === 'number' ? (value) => (value as number) >= requirement : null;
    case 'max_value':
      return typeof requirement === 'number' ? (value) => (value as number) <= requirement : null;
    case 'url':
      return typeof requirement === 'function'
        ? (value) => (requirement as (input: unknown) => boolean)(value)
        : null;
    default:
      return null;
  }
}

/** The check for a schema without its pipe's validations. */
function base(node: Node): Check {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return () => true;
    case 'picklist': {
      const options = node.options ?? [];
      return (value) => options.includes(value);
    }
    case 'array': {
      const item = compile(node.item);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const element of value) if (!item(element)) return false;
        return true;
      };
    }
    case 'strict_object':
      return strictObject(node.entries ?? {});
    default:
      return never;
  }
}

/** A strict object: only its own keys, each known; the required ones present; none undefined. */
function strictObject(entries: Record<string, Node>): Check {
  const checks = new Map<string, Check>();
  const required: string[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.type === 'optional') {
      // A default would make the output differ from the input.
      if (entry.default !== undefined) return never;
      checks.set(key, compile(entry.wrapped));
    } else {
      checks.set(key, compile(entry));
      required.push(key);
    }
  }
  return (value) => {
    if (!isRecord(value)) return false;
    for (const key of required) if (!Object.hasOwn(value, key)) return false;
    // `for…in` rather than Object.keys: no array per object. An inherited key (none in parsed JSON)
    // is one Valibot would not read: a no.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) return false;
      const check = checks.get(key);
      const field = value[key];
      if (!check || field === undefined || !check(field)) return false;
    }
    return true;
  };
}

function compile(node: Node | undefined): Check {
  if (!node || node.kind !== 'schema') return never;
  if (!node.pipe) return base(node);
  // A pipe's first item is the schema it starts from (itself perhaps a pipe, whose validations count
  // too); metadata (a description) says nothing of the value.
  const [first, ...rest] = node.pipe;
  if (first === node) return never;
  const checks: Check[] = [compile(first)];
  for (const item of rest) {
    if (item.kind === 'metadata') continue;
    if (item.kind !== 'validation') return never;
    const check = action(item);
    if (!check) return never;
    checks.push(check);
  }
  if (checks.length === 1) return checks[0]!;
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

/**
 * A predicate that is true only for values `schema` accepts unchanged.
 *
 * accepts(v.strictObject({ id: v.string() }))({ id: 'a' }) → true; …({ id: 'a', x: 1 }) → false (ask Valibot)
 */
export function accepts(schema: GenericSchema): Check {
  return compile(schema as unknown as Node);
}

/** Quick yeses for the records of a dataset (validate.ts): most of a valid dataset's. */
export const acceptsEvent = accepts(EventSchema);
export const acceptsSource = accepts(SourceSchema);
