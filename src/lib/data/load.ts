/**
 * Loads a dataset from a URL for the page (`?src=`) and the embed (`src`): the file (the project's JSON,
 * CSV or TimelineJS JSON, told apart by content), then the archived
 * texts its sources name (from `sources/` beside it), then validation by the same rules as the CLI.
 * Every way this can fail becomes a `LoadError` with a message a blogger can act on.
 *
 * What only some datasets need is fetched only for them, as chunks of their own: the converters for CSV
 * and TimelineJS, the JSON error locator for a file that does not parse, and the validator for any
 * dataset but the one the build already validated (see fingerprint.ts).
 */
import { datasetParts, fingerprint } from '../core/fingerprint.js';
import { isTimelineJs, looksLikeJson, type Format } from '../core/sniff.js';
import type { ValidDataset, ValidationResult } from '../core/validate.js';

/** Datasets larger than this are refused before parsing: a typo'd URL must not hang a reader's tab. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

export type LoadErrorKind = 'network' | 'status' | 'empty' | 'too-large' | 'json';

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
  /** Archived texts by source id, for "read in the article". */
  texts: Record<string, string>;
  format: Format;
}

async function readText(response: Response, name: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    throw new LoadError(`${name} is too large: ${declared} bytes, the limit is ${maxBytes}`, 'too-large');
  }
  const text = await response.text();
  if (text.length > maxBytes) {
    throw new LoadError(`${name} is too large: over ${maxBytes} bytes`, 'too-large');
  }
  return text;
}

/**
 * Fetches, parses and validates a dataset. Resolves with the valid part and every issue; rejects with a
 * `LoadError` only when there is nothing to show at all.
 *
 * await loadDataset(new URL('/embed/timeline.json', location.href)) → { dataset, issues, notices, texts }
 */
export async function loadDataset(
  url: URL,
  {
    signal,
    maxBytes = MAX_DATASET_BYTES,
    trusted
  }: {
    signal?: AbortSignal;
    maxBytes?: number;
    /** The fingerprint of a dataset validated at build time: one that matches it is not validated again. */
    trusted?: string;
  } = {}
): Promise<LoadedDataset> {
  const name = decodeURIComponent(url.pathname.split('/').at(-1) || url.href);
  // A dataset that cannot be the trusted one will need the validator: fetch it beside the data, not
  // after it. (A failure is reported where it is awaited.)
  const validator = trusted === undefined ? import('../core/validate.js') : undefined;
  validator?.catch(() => {});
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new LoadError(`${name} could not be loaded: the network request failed`, 'network');
  }
  if (!response.ok) {
    throw new LoadError(`${name} could not be loaded: the server answered ${response.status}`, 'status');
  }
  const text = await readText(response, name, maxBytes);
  if (text.trim() === '') throw new LoadError(`${name} is empty`, 'empty');
  // CSV and TimelineJS are converted by a chunk of their own, fetched only for such files: a blog post
  // showing the project's JSON never loads it.
  // Parsed once: a 20 MB file is not read twice to tell its format.
  let converted;
  let formats: typeof import('../core/formats.js') | null = null;
  try {
    let json: unknown;
    if (looksLikeJson(text)) {
      try {
        json = JSON.parse(text.replace(/^\ufeff/, ''));
      } catch {
        // Throws again, naming the line and column.
        json = (await import('../core/json.js')).parseJson(text, name);
      }
    }
    if (json === undefined || isTimelineJs(json)) {
      formats = await import('../core/formats.js');
      converted =
        json === undefined ? formats.csvToDataset(text, name) : formats.timelineJsToDataset(json, name);
    } else converted = { format: 'json' as Format, data: json, issues: [] };
  } catch (error) {
    throw new LoadError((error as Error).message, 'json');
  }
  const locate = formats ? formats.locateCsvIssues : (issues: typeof converted.issues) => issues;
  const data = converted.data;

  // The archived texts the sources name, fetched side by side; a missing one is reported by validation.
  const files = new Set<string>();
  const sources = (data as { sources?: unknown } | null)?.sources;
  for (const source of Array.isArray(sources) ? sources : []) {
    const file = (source as { file?: unknown } | null)?.file;
    if (typeof file === 'string' && !file.startsWith('.') && !/[/\\]/.test(file)) files.add(file);
  }
  const texts: Record<string, string | undefined> = {};
  await Promise.all(
    [...files].map(async (file) => {
      try {
        const answer = await fetch(new URL(`sources/${encodeURIComponent(file)}`, url), { signal });
        texts[file] = answer.ok ? await answer.text() : undefined;
      } catch {
        texts[file] = undefined;
      }
    })
  );

  const unchanged =
    trusted !== undefined &&
    converted.format === 'json' &&
    [...files].every((file) => texts[file] !== undefined) &&
    fingerprint(datasetParts(text, files, texts)) === trusted;
  const validated: ValidationResult = unchanged
    ? { dataset: data as ValidDataset, issues: [], notices: [] }
    : (await (validator ?? import('../core/validate.js'))).validateDataset({
        file: name,
        data,
        texts
      });
  const result = {
    ...validated,
    issues: [...converted.issues, ...locate(validated.issues, converted)],
    notices: locate(validated.notices, converted)
  };
  const bySource: Record<string, string> = {};
  for (const source of result.dataset.sources) {
    const text = source.file === undefined ? undefined : texts[source.file];
    if (text !== undefined) bySource[source.id] = text;
  }
  return { ...result, texts: bySource, format: converted.format };
}
