/**
 * Helpers of the chunks that read a dataset and word its failures: a module apart from failure.ts,
 * which the embed's first script holds (the bundler places a module shared with those chunks, whole,
 * in the first script).
 */
import type { Place } from './failure.js';

/** Bytes as megabytes, for the size limit's messages in either language: 67108864 → "64 MB". */
export const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

/** The line and column of an offset in a text: what an editor shows. */
export function placeOf(text: string, offset: number): Place {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
