/**
 * What reaches a terminal: every control the terminal would act on, every character that reorders or
 * hides text, shown as a visible escape; long values cut, saying so.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PRINTED, printable } from '../../scripts/terminal';

describe('printable', () => {
  it('leaves ordinary text in any script alone', () => {
    for (const text of [
      'events.json: valid — 34 events',
      'Kim Jong Un tiba',
      '김정은',
      'كيم',
      '🚂💥🇰🇵',
      'C:\\data\\x.csv'
    ]) {
      expect(printable(text)).toBe(text);
    }
  });

  it.each([
    ['an OSC title sequence', '\u001b]0;owned\u0007', '\\x1b]0;owned\\x07'],
    ['a CSI colour', '\u001b[31mred', '\\x1b[31mred'],
    ['an 8-bit CSI (C1)', '\u009b31m', '\\x9b31m'],
    ['DEL and NUL', 'a\u007fb\u0000', 'a\\x7fb\\x00'],
    ['line breaks and tabs (one message, one line)', 'a\nb\r\tc', 'a\\nb\\r\\tc'],
    ['a bidi override', '\u202eevil\u202c', '\\u202eevil\\u202c'],
    ['isolates and marks', '\u2066x\u2069\u200f', '\\u2066x\\u2069\\u200f'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029'],
    ['a lone surrogate (bytes that were no text)', 'a\ud800b', 'a\\ud800b'],
    ['U+FFFD and a byte-order mark', '\ufffd\ufeff', '\\ufffd\\ufeff']
  ])('escapes %s', (_, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('cuts a long value and says how much is left out, never between the halves of a pair', () => {
    expect(printable('x'.repeat(MAX_PRINTED + 5))).toBe(`${'x'.repeat(MAX_PRINTED)}… (5 more characters)`);
    const emoji = `${'x'.repeat(MAX_PRINTED - 1)}🚂🚂`;
    expect(printable(emoji)).toBe(`${'x'.repeat(MAX_PRINTED - 1)}… (4 more characters)`);
  });
});
