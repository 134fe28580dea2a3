import { describe, expect, it } from 'vitest';
import { JsonError, parseJson } from '../../src/lib/core/data/json';
import { failuresEn } from '../../src/lib/core/i18n/failures-en';
import { describeFailure } from '../../src/lib/data/failure';

/** The sentence a reader is shown for a text that does not parse. */
function reason(text: string): string {
  try {
    parseJson(text, 'data.json');
  } catch (error) {
    return describeFailure((error as JsonError).failure, failuresEn);
  }
  throw new Error('the text parsed');
}

describe('parseJson', () => {
  it('parses valid JSON, with or without a byte-order mark', () => {
    expect(parseJson('{"events": []}', 'a.json')).toEqual({ events: [] });
    expect(parseJson('\ufeff[1]', 'a.json')).toEqual([1]);
  });

  it.each([
    ['{\n  "a": }', 'line 2, column 8: invalid JSON: expected a value, found "}"'],
    [
      '{\n  "a": 1,\n}',
      'line 3, column 1: invalid JSON: expected a property name in double quotes, found "}"'
    ],
    [
      '{"a": 1 "b": 2}',
      'line 1, column 9: invalid JSON: expected "," or "}" after a property value, found "\\""'
    ],
    ["{'a': 1}", 'line 1, column 2: invalid JSON: expected a property name in double quotes, found "\'"'],
    [
      '[1, 2',
      'line 1, column 6: invalid JSON: expected "," or "]" after an array item, found the end of the text'
    ],
    ['{"a": "x\ny"}', 'line 1, column 9: invalid JSON: expected a closing quote before the line ends'],
    ['', 'line 1, column 1: invalid JSON: expected a value, found the end of the text'],
    ['{} {}', 'line 1, column 4: invalid JSON: expected the end of the text, found "{"']
  ])('names the line and column of %j', (text, message) => {
    expect(reason(text)).toBe(`data.json: ${message}`);
  });

  it('throws a JsonError carrying the place as fields', () => {
    try {
      parseJson('[\n\n  tru]', 'x.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JsonError);
      expect(error).toMatchObject({ file: 'x.json', line: 3, column: 3 });
    }
  });
});
