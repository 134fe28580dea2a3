/**
 * One way in for a dataset, whatever brought it (a fetch, a file on disk, a paste): its bytes decoded
 * (decode.ts), what is no dataset told as such (empty, binary, a web page, too large, too deep), the
 * format told apart by content (the project's JSON, CSV, TimelineJS JSON or spreadsheet), the file converted to the
 * project's shape, the archived texts its sources name read beside it, and the whole validated by the
 * same rules everywhere. The result is the valid part with every problem located; only when there is
 * nothing to show at all does it throw a `LoadError`, whose `failure` says why (failure.ts).
 *
 * What only some datasets need is loaded only for them, as chunks of their own in the browser: the
 * converters for CSV and TimelineJS, the JSON error locator for a file that does not parse, and the
 * validator for any dataset but one the build already validated (load.ts shows that one without this
 * module; see fingerprint.ts).
 */
import { tooDeepAt } from '../core/data/depth.js';
import { textFiles, textsBySource } from '../core/data/fingerprint.js';
import type { Converted } from '../core/data/formats.js';
import type { Issue } from '../core/data/issue.js';
import { MAX_DATASET_BYTES, MAX_DEPTH } from '../core/data/limits.js';
import {
  isTimelineJs,
  looksBinary,
  looksLikeHtml,
  looksLikeJson,
  looksLikeTimelineJsSheet,
  type Format
} from '../core/data/sniff.js';
import type { DatasetInput, ValidationResult } from '../core/data/validate.js';
import { ownField } from '../core/own.js';
import { decodeBytes } from './decode.js';
import { LoadError } from './failure.js';
import { placeOf } from './failure-text.js';

export { LoadError, type Failure, type FailureKind } from './failure.js';
export { textFiles } from '../core/data/fingerprint.js';

export type Validator = typeof import('../core/data/validate.js');

export interface LoadedDataset extends ValidationResult {
  /** The name the file goes by in messages. */
  name: string;
  format: Format;
  /** Archived texts by source id, for "read in the article". */
  texts: Record<string, string>;
  /** Archived texts the sources name that did not come with a pasted dataset (their quotes: not checked). */
  absentTexts: string[];
  /**
   * The archived texts are still to come (the shipped dataset shows its events before them): resolves
   * to this dataset with its texts or, when they are not the ones the build validated, to the dataset
   * as the reader validates it. The shell asks at the first sign of intent or when an event opens.
   */
  later?: () => Promise<LoadedDataset>;
}

export interface ReadOptions {
  /** The name used in every message, e.g. `events.json`. */
  name: string;
  /**
   * Reads the archived texts the sources name, by file name: undefined for one that cannot be read.
   * Without it (a pasted dataset), sources naming texts are kept and their quotes reported as not checked.
   */
  readTexts?: (files: string[]) => Promise<Record<string, string | undefined>>;
  /** A sources file beside a dataset of the project's JSON that has no sources of its own. */
  readSources?: () => Promise<{ file: string; text: string } | undefined>;
  /** The validator, when the caller started fetching it already (beside the data, not after it). */
  validator?: Promise<Validator>;
}

/**
 * How many of the valid events' quotes could not be checked, their source having no archived text.
 *
 * uncheckedQuotes(await readDataset(csv, { name: 'a.csv' })) → 3
 */
export function uncheckedQuotes({ dataset, texts }: Pick<LoadedDataset, 'dataset' | 'texts'>): number {
  let count = 0;
  for (const event of dataset.events) {
    for (const citation of event.sources) if (!Object.hasOwn(texts, citation.source)) count++;
  }
  return count;
}

/** JSON, parsed; a text that does not parse throws a `LoadError` naming the line and column. */
async function parseJsonText(text: string, name: string): Promise<unknown> {
  // Before parsing: nothing after this line ever meets input nested deeper than MAX_DEPTH.
  const deep = tooDeepAt(text);
  if (deep !== -1) throw new LoadError({ kind: 'too-deep', name, limit: MAX_DEPTH, ...placeOf(text, deep) });
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    // The locator is a chunk of its own: a file that parses never loads it.
    const { parseJson, JsonError } = await import('../core/data/json.js');
    try {
      return parseJson(text, name);
    } catch (error) {
      throw error instanceof JsonError ? new LoadError(error.failure) : error;
    }
  }
}

/** Parses the text as JSON or converts CSV and TimelineJS (its JSON or its spreadsheet). */
async function convert(
  text: string,
  name: string
): Promise<{ converted: Converted; formats?: typeof import('../core/data/formats.js') }> {
  const json = looksLikeJson(text) ? await parseJsonText(text, name) : undefined;
  if (json !== undefined && !isTimelineJs(json)) {
    return { converted: { format: 'json', data: json, issues: [], notices: [] } };
  }
  // CSV and TimelineJS are converted by a chunk of their own: a blog post showing the project's JSON
  // never loads it.
  const formats = await import('../core/data/formats.js');
  try {
    const converted =
      json !== undefined
        ? formats.timelineJsToDataset(json, name)
        : looksLikeTimelineJsSheet(text)
          ? formats.timelineJsSheetToDataset(text, name)
          : formats.csvToDataset(text, name);
    return { converted, formats };
  } catch (error) {
    if (!(error instanceof formats.CsvError)) throw error;
    throw new LoadError({ kind: 'csv', name, line: error.line, found: error.found });
  }
}

/** What is no dataset at all, told before any parsing: too large, empty, binary, a web page. */
function refuse(text: string, name: string): void {
  if (!/\S/.test(text)) throw new LoadError({ kind: 'empty', name });
  if (looksBinary(text)) throw new LoadError({ kind: 'binary', name });
  if (looksLikeHtml(text)) throw new LoadError({ kind: 'html', name });
}

/**
 * Reads a dataset from its text, or its bytes (decoded as UTF-8, or UTF-16 with a byte-order mark).
 *
 * await readDataset(text, { name: 'events.csv' }) → { format: 'csv', dataset, issues, notices, texts }
 */
export async function readDataset(
  content: string | Uint8Array,
  options: ReadOptions
): Promise<LoadedDataset> {
  const { name } = options;
  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > MAX_DATASET_BYTES) {
    throw new LoadError({ kind: 'too-large', name, bytes: size, limit: MAX_DATASET_BYTES });
  }
  const text = typeof content === 'string' ? content : decodeBytes(content, name);
  refuse(text, name);
  const validator = options.validator ?? import('../core/data/validate.js');
  // The converters parse dates too: deep years ("-13800000000") are read once the validator is here.
  (await validator).installDeepTime();
  const { converted, formats } = await convert(text, name);
  const data = converted.data;
  const input: DatasetInput = { file: name, data, texts: {}, textsAbsent: !options.readTexts };

  let sources = ownField(data, 'sources');
  const ownSources = converted.format !== 'json' || sources !== undefined;
  if (!ownSources && options.readSources) {
    const sibling = await options.readSources();
    if (sibling) {
      const sourcesData = await parseJsonText(sibling.text, sibling.file);
      input.sourcesFile = { file: sibling.file, data: sourcesData };
      sources = ownField(sourcesData, 'sources');
    }
  }
  const files = textFiles(sources);
  input.texts = options.readTexts && files.length > 0 ? await options.readTexts(files) : {};

  const validated: ValidationResult = (await validator).validateDataset(input);
  const locate = formats
    ? (issues: Issue[]) => formats.locateIssues(issues, converted)
    : (issues: Issue[]) => issues;
  return {
    name,
    format: converted.format,
    dataset: validated.dataset,
    issues: [...converted.issues, ...locate(validated.issues)],
    notices: [...converted.notices, ...locate(validated.notices)],
    texts: textsBySource(validated.dataset.sources, input.texts),
    absentTexts: options.readTexts ? [] : files
  };
}
