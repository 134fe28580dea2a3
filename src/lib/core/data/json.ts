/**
 * JSON parsing whose errors name the line and column. Engines word and place `JSON.parse` errors
 * differently (Node 20 often gives no position at all), so on failure a small scanner walks the text
 * to find where it stops being JSON. The scanner keeps its own stack of open brackets rather than
 * recursing: the input sets the depth, and 100,000 unclosed `[` must give a message, not a stack overflow.
 */
import { summarize, type Failure, type JsonExpected } from '../../data/failure.js';
import { placeOf } from '../../data/failure-text.js';
import { tooDeepAt } from './depth.js';
import { MAX_DEPTH } from './limits.js';

export class JsonError extends SyntaxError {
  override name = 'JsonError';
  readonly line: number;
  readonly column: number;
  constructor(
    readonly file: string,
    readonly failure: Extract<Failure, { kind: 'json' | 'too-deep' }>
  ) {
    super(summarize(failure));
    this.line = failure.line;
    this.column = failure.column;
  }
}

/** Where a text stops being JSON, what was expected there and what was found (null: the end). */
export interface JsonFault {
  offset: number;
  expected: JsonExpected;
  found?: string | null;
}

/**
 * Parses JSON or throws a `JsonError` naming file, line and column (or saying the text nests deeper
 * than `MAX_DEPTH`).
 *
 * parseJson('{\n  "a": }', 'x.json') → throws a JsonError whose failure is
 *   { kind: 'json', name: 'x.json', line: 2, column: 8, expected: 'value', found: '"}"' }
 */
export function parseJson(text: string, file: string): unknown {
  const deep = tooDeepAt(text);
  if (deep !== -1) {
    throw new JsonError(file, { kind: 'too-deep', name: file, limit: MAX_DEPTH, ...placeOf(text, deep) });
  }
  try {
    // A byte-order mark, as some Windows editors write, is not JSON but is no reason to refuse a file.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const { offset, expected, found } = locateJsonError(text);
    throw new JsonError(file, { kind: 'json', name: file, expected, found, ...placeOf(text, offset) });
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const OPEN_OBJECT = 0x7b;

/**
 * Where and why `text` stops being JSON (RFC 8259): a scan with an explicit stack of open brackets.
 *
 * locateJsonError('[1, 2') → { offset: 5, expected: 'after-item', found: null }
 */
export function locateJsonError(text: string): JsonFault {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark, as editors on Windows write
  const stack: number[] = [];
  const found = () => (i >= text.length ? null : JSON.stringify(String.fromCodePoint(text.codePointAt(i)!)));
  const fault = (expected: JsonExpected, withFound = true): JsonFault =>
    withFound ? { offset: i, expected, found: found() } : { offset: i, expected };
  const space = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;) {
      c = text.charCodeAt(++i);
    }
  };
  /** Scans a string from its opening quote; a fault, or null once past the closing quote. */
  const string = (): JsonFault | null => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) return fault('closing-quote-line', false);
      if (text[i] !== '\\') {
        i++;
        continue;
      }
      i++;
      if (text[i] === 'u') {
        HEX4.lastIndex = i + 1;
        if (!HEX4.test(text)) return fault('hex');
        i += 5;
      } else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
      else return fault('escape');
    }
    if (i >= text.length) return fault('closing-quote');
    i++;
    return null;
  };
  /** An object's `"name":`, after its `{` or a `,`. */
  const member = (): JsonFault | null => {
    space();
    if (text[i] !== '"') return fault('name');
    const bad = string();
    if (bad) return bad;
    space();
    if (text[i] !== ':') return fault('colon');
    i++;
    return null;
  };

  let wantValue = true;
  for (;;) {
    if (wantValue) {
      space();
      const char = text[i];
      if (char === '{' || char === '[') {
        stack.push(text.charCodeAt(i++));
        space();
        if (text[i] === (char === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          wantValue = false;
        } else if (char === '{') {
          const bad = member();
          if (bad) return bad;
        }
        continue;
      }
      if (char === '"') {
        const bad = string();
        if (bad) return bad;
      } else if (char === 't' || char === 'f' || char === 'n') {
        const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
        if (!text.startsWith(word, i)) return fault('value');
        i += word.length;
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fault('value');
        i = NUMBER.lastIndex;
      }
      wantValue = false;
      continue;
    }
    space();
    const open = stack.at(-1);
    if (open === undefined) return i < text.length ? fault('end') : { offset: i, expected: 'end' };
    const inObject = open === OPEN_OBJECT;
    if (text[i] === ',') {
      i++;
      if (inObject) {
        const bad = member();
        if (bad) return bad;
      }
      wantValue = true;
    } else if (text[i] === (inObject ? '}' : ']')) {
      stack.pop();
      i++;
    } else return fault(inObject ? 'after-value' : 'after-item');
  }
}
