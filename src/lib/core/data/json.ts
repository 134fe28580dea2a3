/**
 * JSON parsing whose errors name the line and column. Engines word and place `JSON.parse` errors
 * differently (Node 20 often gives no position at all), so on failure a small scanner walks the text
 * to find where it stops being JSON.
 */

export class JsonError extends SyntaxError {
  override name = 'JsonError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`${file}: line ${line}, column ${column}: invalid JSON: ${reason}`);
  }
}

/**
 * Parses JSON or throws a `JsonError` naming file, line and column.
 *
 * parseJson('{\n  "a": }', 'x.json') → throws 'x.json: line 2, column 8: invalid JSON: expected a value, found "}"'
 */
export function parseJson(text: string, file: string): unknown {
  try {
    // A byte-order mark, as some Windows editors write, is not JSON but is no reason to refuse a file.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const { offset, reason } = locateJsonError(text);
    const before = text.slice(0, offset).split('\n');
    throw new JsonError(file, before.length, (before.at(-1)?.length ?? 0) + 1, reason);
  }
}

/** Where and why `text` stops being JSON (RFC 8259), found by a recursive-descent scan. */
export function locateJsonError(text: string): { offset: number; reason: string } {
  let i = 0;
  const found = () => (i >= text.length ? 'the end of the text' : JSON.stringify(text[i]));
  const fail = (expected: string): never => {
    throw { offset: i, reason: `expected ${expected}, found ${found()}` };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const char = text.charCodeAt(i);
      if (char < 0x20) fail('a closing quote before the line ends');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail('an escape such as \\n or \\"');
      } else i++;
    }
    if (i >= text.length) fail('a closing quote');
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail('a value');
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        space();
        if (text[i] !== ':') fail('":" after a property name');
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}" after a property value');
      }
    } else if (char === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]" after an array item');
      }
    } else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail('a value');
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i++; // a byte-order mark, as editors on Windows write
    value();
    space();
    if (i < text.length) fail('the end of the text');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error) {
      return error as { offset: number; reason: string };
    }
    throw error;
  }
  return { offset: text.length, reason: 'the text could not be parsed' };
}
