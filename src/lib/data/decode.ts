/**
 * A dataset's bytes as text, whatever wrote them: UTF-8 (with or without a byte-order mark), and UTF-16
 * with its byte-order mark, as Notepad's "Unicode" and PowerShell 5 save files, decoded and read on.
 * What cannot be read as text is said as such — UTF-32, UTF-16 without a mark, bytes that are not
 * UTF-8, NUL bytes — instead of being misread as a broken CSV.
 */
import { LoadError } from './failure.js';

/** Byte-order marks, longest first: UTF-32 LE's mark begins with UTF-16 LE's. */
const MARKS: [bytes: number[], encoding: string, decoder?: string][] = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian)'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian)'],
  [[0xef, 0xbb, 0xbf], 'UTF-8', 'utf-8'],
  [[0xff, 0xfe], 'UTF-16 (little-endian)', 'utf-16le'],
  [[0xfe, 0xff], 'UTF-16 (big-endian)', 'utf-16be']
];

/**
 * Decodes a file's bytes, or throws a `LoadError` naming the file: `encoding` for an encoding we do not
 * read, `binary` for bytes that are not text.
 *
 * decodeBytes(new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]), 'a.json') → '[]'
 */
export function decodeBytes(bytes: Uint8Array, name: string): string {
  const mark = MARKS.find(([start]) => start.every((byte, i) => bytes[i] === byte));
  if (mark && !mark[2]) throw new LoadError({ kind: 'encoding', name, encoding: mark[1] });
  // Without a mark, text in UTF-16 has a NUL beside every ASCII character: '[' is 5B 00 or 00 5B.
  if (!mark && bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) {
    throw new LoadError({
      kind: 'encoding',
      name,
      encoding: 'UTF-16 (little-endian) without a byte-order mark'
    });
  }
  if (!mark && bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) {
    throw new LoadError({
      kind: 'encoding',
      name,
      encoding: 'UTF-16 (big-endian) without a byte-order mark'
    });
  }
  let text: string;
  try {
    // `fatal`: a byte that is not UTF-8 is an error, not a silent U+FFFD. The decoder drops the mark.
    text = new TextDecoder(mark?.[2] ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError({ kind: 'binary', name });
  }
  if (text.includes('\u0000')) throw new LoadError({ kind: 'binary', name });
  return text;
}
