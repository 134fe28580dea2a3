/**
 * The three formats a dataset may come in, told apart by content (sniff.ts): the project's JSON, CSV (as a
 * spreadsheet exports it, csv.ts) and TimelineJS's JSON (timelinejs.ts). CSV and TimelineJS are converted
 * to the project's shape, then validated by the same rules. One chunk for both, loaded only for them.
 */
import type { Issue } from './issue.js';
import type { Format } from './sniff.js';

export type { Format };
export { CSV_COLUMNS, csvToDataset, locateCsvIssues, parseCsv } from './csv.js';
export { htmlToText, timelineJsToDataset } from './timelinejs.js';

/** A dataset in the project's shape, ready for `validateDataset`, with where each record came from. */
export interface Converted {
  format: Format;
  data: unknown;
  /** For CSV: the line of each event (by index) and of each of its quotes. */
  lines?: { event: number; quotes: number[] }[];
  /** Problems found while converting (a CSV's malformed quoting, an unknown column). */
  issues: Issue[];
}
