/**
 * The formats a dataset may come in, told apart by content (sniff.ts): the project's JSON, CSV (as a
 * spreadsheet exports it, csv.ts), TimelineJS's JSON (timelinejs.ts) and TimelineJS's spreadsheet
 * template as CSV or pasted as tab-separated text (timelinejs-sheet.ts). All but the first are converted
 * to the project's shape, then validated by the same rules. One chunk for them, loaded only for them.
 *
 * Both converters are total: a bad row or slide becomes an issue at its line or slide, and the others
 * are converted; only a text that is no dataset at all (a CSV naming none of the columns) throws.
 */
import type { Issue } from './issue.js';
import type { Format } from './sniff.js';

export type { Format };
export { CSV_COLUMNS, CsvError, parseCsv } from './csv.js';
export { csvToDataset } from './csv-dataset.js';
export { timelineJsToDataset } from './timelinejs.js';
export { timelineJsSheetToDataset, SHEET_COLUMNS } from './timelinejs-sheet.js';
export { htmlToText } from './html-text.js';

/** Where the records of a converted dataset came from, as messages name them: `line 4`, `slide 3`. */
export interface Places {
  /** By event (its index in the converted `events`): the event's place and each of its quotes'. */
  events: { event: string; quotes: string[] }[];
  /** By source (its index in the converted `sources`). */
  sources: string[];
  /** By episode id: the row or era that made it (a Map: an id such as `constructor` is only an id). */
  episodes?: Map<string, string>;
}

/** A dataset in the project's shape, ready for `validateDataset`, with where each record came from. */
export interface Converted {
  format: Format;
  data: unknown;
  places?: Places;
  /** Problems found while converting (a CSV's malformed quoting, an unknown column, a bad slide). */
  issues: Issue[];
  /** What converting left out and why, said rather than passed over (a media URL that is no URL). */
  notices: Issue[];
}

/**
 * Points a converted dataset's issues at their places: `event "x"` becomes `line 4 (event "x")`, a
 * quote's issue the line of that quote, a source's the line that made it.
 *
 * locateIssues([{ file: 'a.csv', record: 'event "x"', event: 0, message: '…' }], converted)
 *   → [{ file: 'a.csv', record: 'line 2 (event "x")', event: 0, message: '…' }]
 */
export function locateIssues(issues: Issue[], converted: Converted): Issue[] {
  const places = converted.places;
  if (!places) return issues;
  return issues.map((issue) => {
    let place: string | undefined;
    if (issue.event !== undefined) {
      const at = places.events[issue.event];
      const quote = /^sources\[(\d+)\]/.exec(issue.field ?? '');
      place = at && quote ? (at.quotes[Number(quote[1])] ?? at.event) : at?.event;
    } else if (issue.source !== undefined) place = places.sources[issue.source];
    else place = places.episodes?.get(/^episode "(.*)"$/.exec(issue.record ?? '')?.[1] ?? '');
    return place ? { ...issue, record: `${place} (${issue.record})` } : issue;
  });
}
