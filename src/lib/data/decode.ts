/**
 * A dataset's bytes as text, whatever wrote them: UTF-8 (with or without a byte-order mark), and UTF-16
 * with its byte-order mark, as Notepad's "Unicode" and PowerShell 5 save files, decoded and read on.
 * What cannot be read as text is said as such — UTF-32, UTF-16 without a mark, bytes that are not
 * UTF-8, NUL bytes — instead of being misread as a broken CSV.
 */
import { LoadError } from './failure.js';

/**
 * Decodes a file's bytes, or throws a `LoadError` naming the file: `encoding` for an encoding we do not
 * read, `binary` for bytes that are not text.
 *
 * decodeBytes(new Uint8Array([0xff, 0xfe, 0x5b, 0x00, 0x5d, 0x00]), 'a.json') → '[]'
 */
export function decodeBytes(bytes: Uint8Array, name: string): string {
  const [a, b, c, d] = bytes;
  const unread = (encoding: string) => new LoadError({ kind: 'encoding', name, encoding });
  // UTF-32's marks first: little-endian's begins with UTF-16 LE's.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) throw unread('UTF-32 (little-endian)');
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) throw unread('UTF-32 (big-endian)');
  const utf16 = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : undefined;
  // Without a mark, text in UTF-16 has a NUL beside every ASCII character: '[' is 5B 00 or 00 5B.
  if (!utf16 && bytes.length >= 4 && ((a !== 0 && b === 0 && d === 0) || (a === 0 && c === 0 && b !== 0))) {
    throw unread('UTF-16 without a byte-order mark');
  }
  let text: string;
  try {
    // `fatal`: a byte that is not UTF-8 is an error, not a silent U+FFFD. The decoder drops the mark.
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError({ kind: 'binary', name });
  }
  if (text.includes('\u0000')) throw new LoadError({ kind: 'binary', name });
  return text;
}
