/**
 * One way in for a dataset, whatever brought its text (a fetch, a file on disk, a paste): the format is
 * told apart by content (the project's JSON, CSV, TimelineJS JSON), the file converted to the project's
 * shape, the archived texts its sources name read beside it, and the whole validated by the same rules
 * everywhere. The result is the valid part with every problem located; only when there is nothing to
 * show at all does it throw a `LoadError`.
 *
 * What only some datasets need is loaded only for them, as chunks of their own in the browser: the
 * converters for CSV and TimelineJS, the JSON error locator for a file that does not parse, and the
 * validator for any dataset but one the build already validated (see fingerprint.ts).
 */
import { datasetParts, fingerprint } from '../core/data/fingerprint.js';
import type { Converted } from '../core/data/formats.js';
import type { Issue } from '../core/data/issue.js';
import { MAX_DATASET_BYTES } from '../core/data/limits.js';
import { isTimelineJs, looksLikeJson, type Format } from '../core/data/sniff.js';
import type { DatasetInput, ValidDataset, ValidationResult } from '../core/data/validate.js';

export type Validator = typeof import('../core/data/validate.js');

export type LoadErrorKind = 'network' | 'status' | 'empty' | 'too-large' | 'json';

/** Nothing to show: the file cannot be fetched, is empty, too large, or does not parse. */
export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    message: string,
    readonly kind: LoadErrorKind
  ) {
    super(message);
  }
}

export interface LoadedDataset extends ValidationResult {
  /** The name the file goes by in messages. */
  name: string;
  format: Format;
  /** Archived texts by source id, for "read in the article". */
  texts: Record<string, string>;
}

export interface ReadOptions {
  /** The name used in every message, e.g. `events.json`. */
  name: string;
  /** Reads the archived texts the sources name, by file name: undefined for one that cannot be read. */
  readTexts?: (files: string[]) => Promise<Record<string, string | undefined>>;
  /** A sources file beside a dataset of the project's JSON that has no sources of its own. */
  readSources?: () => Promise<{ file: string; text: string } | undefined>;
  /** The fingerprint of a dataset validated at build time: one that matches it is not validated again. */
  trusted?: string;
  /** The validator, when the caller started fetching it already (beside the data, not after it). */
  validator?: Promise<Validator>;
}

/** The file names of archived texts a dataset's sources name: plain names only, never a path. */
export function textFiles(sources: unknown): string[] {
  const files = new Set<string>();
  for (const source of Array.isArray(sources) ? sources : []) {
    const file = (source as { file?: unknown } | null)?.file;
    if (typeof file === 'string' && !file.startsWith('.') && !/[/\\]/.test(file)) files.add(file);
  }
  return [...files];
}

/** Parses the text as JSON (naming the line of a fault) or converts CSV and TimelineJS. */
async function convert(
  text: string,
  name: string
): Promise<{ converted: Converted; formats?: typeof import('../core/data/formats.js') }> {
  try {
    let json: unknown;
    if (looksLikeJson(text)) {
      try {
        json = JSON.parse(text.replace(/^\ufeff/, ''));
      } catch {
        // Throws again, naming the line and column.
        json = (await import('../core/data/json.js')).parseJson(text, name);
      }
    }
    if (json !== undefined && !isTimelineJs(json))
      return { converted: { format: 'json', data: json, issues: [] } };
    // CSV and TimelineJS are converted by a chunk of their own: a blog post showing the project's JSON
    // never loads it.
    const formats = await import('../core/data/formats.js');
    const converted =
      json === undefined ? formats.csvToDataset(text, name) : formats.timelineJsToDataset(json, name);
    return { converted, formats };
  } catch (error) {
    throw new LoadError((error as Error).message, 'json');
  }
}

/**
 * await readDataset(text, { name: 'events.csv' }) → { format: 'csv', dataset, issues, notices, texts }
 */
export async function readDataset(text: string, options: ReadOptions): Promise<LoadedDataset> {
  const { name, trusted } = options;
  if (text.length > MAX_DATASET_BYTES) {
    throw new LoadError(`${name} is too large: over ${MAX_DATASET_BYTES} bytes`, 'too-large');
  }
  if (text.trim() === '') throw new LoadError(`${name} is empty`, 'empty');
  const { converted, formats } = await convert(text, name);
  const data = converted.data;
  const input: DatasetInput = { file: name, data, texts: {} };

  let sources = (data as { sources?: unknown } | null)?.sources;
  const ownSources =
    converted.format !== 'json' || (typeof data === 'object' && data !== null && 'sources' in data);
  if (!ownSources && options.readSources) {
    const sibling = await options.readSources();
    if (sibling) {
      const { parseJson } = await import('../core/data/json.js');
      const sourcesData = parseJsonOrThrow(parseJson, sibling.text, sibling.file);
      input.sourcesFile = { file: sibling.file, data: sourcesData };
      sources = (sourcesData as { sources?: unknown } | null)?.sources;
    }
  }
  const files = textFiles(sources);
  input.texts = options.readTexts && files.length > 0 ? await options.readTexts(files) : {};

  const unchanged =
    trusted !== undefined &&
    converted.format === 'json' &&
    !input.sourcesFile &&
    files.every((file) => input.texts[file] !== undefined) &&
    fingerprint(datasetParts(text, files, input.texts)) === trusted;
  const validated: ValidationResult = unchanged
    ? { dataset: data as ValidDataset, issues: [], notices: [] }
    : (await (options.validator ?? import('../core/data/validate.js'))).validateDataset(input);
  const locate = formats
    ? (issues: Issue[]) => formats.locateCsvIssues(issues, converted)
    : (issues: Issue[]) => issues;
  const bySource: Record<string, string> = {};
  for (const source of validated.dataset.sources) {
    const archived = source.file === undefined ? undefined : input.texts[source.file];
    if (archived !== undefined) bySource[source.id] = archived;
  }
  return {
    name,
    format: converted.format,
    dataset: validated.dataset,
    issues: [...converted.issues, ...locate(validated.issues)],
    notices: locate(validated.notices),
    texts: bySource
  };
}

function parseJsonOrThrow(
  parse: (text: string, file: string) => unknown,
  text: string,
  file: string
): unknown {
  try {
    return parse(text, file);
  } catch (error) {
    throw new LoadError((error as Error).message, 'json');
  }
}
