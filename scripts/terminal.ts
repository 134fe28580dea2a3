/**
 * Text made safe for a terminal. Every value the CLI prints passes through `printable`: a dataset is
 * untrusted, and a CSV header holding `ESC ] 0;…BEL` or a bidi override must reach the terminal as
 * visible escapes, never as a command to it or a line that reads backwards. Long values are cut, and
 * the cut is said.
 */

/**
 * What a terminal would act on or hide: C0 controls (line breaks and tabs too: one message, one line),
 * DEL, C1 controls (8-bit CSI among them), line and paragraph separators, lone surrogates (bytes that
 * were not text), the bidi controls of "Trojan Source", the byte-order mark and U+FFFD, which stands
 * for bytes that were not UTF-8.
 */
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/gu;

const NAMED: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

function escape(character: string): string {
  const code = character.codePointAt(0)!;
  if (Object.hasOwn(NAMED, code)) return NAMED[code]!;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The longest value printed whole, in UTF-16 code units; longer ones are cut, and say so. */
export const MAX_PRINTED = 2000;

/**
 * printable('a\u001b]0;owned\u0007b') → 'a\\x1b]0;owned\\x07b'
 * printable('x'.repeat(2005)) → 'xxx…x… (5 more characters)'
 */
export function printable(text: string, max = MAX_PRINTED): string {
  let kept = text;
  let rest = '';
  if (text.length > max) {
    // Never cut between the two halves of a surrogate pair.
    const end = text.charCodeAt(max - 1) >= 0xd800 && text.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
    kept = text.slice(0, end);
    rest = `… (${text.length - end} more characters)`;
  }
  return kept.replace(UNSAFE, escape) + rest;
}
