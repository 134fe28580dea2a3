/**
 * The validator's command line, as a function: `main(args, output)` reads one dataset file, prints one
 * line per problem and a summary, and answers the exit code (0 valid, 1 anything else). Apart from
 * validate.ts so that tests run it in-process on any input. Every line goes through `printable`
 * (terminal.ts), and a failure is worded by the one taxonomy (src/lib/data/failure.ts): no value from
 * the data reaches the terminal raw, and no engine's error name (EISDIR, RangeError…) reaches it at all.
 */
import { fileURLToPath } from 'node:url';
import { countNotices, formatIssue } from '../src/lib/core/data/issue.js';
import { failuresEn } from '../src/lib/core/i18n/failures-en.js';
import { describeFailure, failureOf } from '../src/lib/data/failure.js';
import { uncheckedQuotes, type LoadedDataset } from '../src/lib/data/read.js';
import { readDatasetFile } from './dataset-files.js';
import { printable } from './terminal.js';

export interface Output {
  /** A line for standard output (the summary of a valid dataset). */
  out(line: string): void;
  /** A line for standard error (problems, notes, failures). */
  err(line: string): void;
}

/** How the summary names a converted file's format. */
const KINDS: Record<LoadedDataset['format'], string> = {
  json: '',
  csv: 'CSV',
  timelinejs: 'TimelineJS',
  'timelinejs-sheet': 'TimelineJS spreadsheet'
};

export const CURATED = fileURLToPath(new URL('../data/events.json', import.meta.url));

/**
 * await main(['broken.csv'], output) → 1, having printed each problem and 'broken.csv: 4 problems; …'
 */
export async function main(args: readonly string[], output: Output): Promise<0 | 1> {
  const out = (line: string) => output.out(printable(line));
  const err = (line: string) => output.err(printable(line));
  const path = args[0] ?? CURATED;
  let result: LoadedDataset;
  try {
    result = await readDatasetFile(path);
  } catch (error) {
    err(describeFailure(failureOf(error, path), failuresEn));
    // For whoever debugs the tool itself; never shown otherwise.
    if (process.env.NEWS_TIMELINE_DEBUG) err(String((error as Error)?.stack ?? error));
    return 1;
  }

  const { dataset, issues, notices, name, format } = result;
  for (const notice of notices) err(`note: ${formatIssue(notice)}`);
  for (const issue of issues) err(formatIssue(issue));

  const quotes = dataset.events.reduce((count, event) => count + event.sources.length, 0);
  const kind = format === 'json' ? '' : ` (${KINDS[format]})`;
  if (issues.length > 0) {
    err(
      `${name}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; ${dataset.events.length} valid events`
    );
    return 1;
  }
  const unchecked = uncheckedQuotes(result);
  const { uncited } = countNotices(notices);
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
  const claims = sum(dataset.events.map((event) => event.claims?.length ?? 0));
  const notes = sum([...dataset.events, ...dataset.sources].map((record) => record.notes?.length ?? 0));
  const records = dataset.sources.filter((source) => source.kind === 'record').length;
  out(
    `${name}${kind}: valid — ${count(dataset.events.length, 'event')}; ` +
      `${claims ? `${count(claims, 'claim')}, all cited` : 'no claims'}` +
      `${uncited ? `, ${count(uncited, 'summary', 'summaries')} not sentence-cited` : ''}; ` +
      `${count(quotes - unchecked, 'quote')} found verbatim${unchecked ? `, ${unchecked} not checkable` : ''}; ` +
      `${count(dataset.sources.length - records, 'article')} and ${count(records, 'record source')}; ` +
      `${count(notes, 'note')}`
  );
  return 0;
}
