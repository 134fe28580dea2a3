/**
 * Reads a dataset file and everything it refers to from disk, for the CLI, the build and the tests: the
 * dataset, `sources.json` beside it when the dataset has no sources of its own, and the archived texts in
 * `sources/`. Reading is all it does; the rules live in src/lib/core/validate.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readAnyFormat, type Converted } from '../src/lib/core/formats.js';
import { parseJson } from '../src/lib/core/json.js';
import { datasetParts, fingerprint } from '../src/lib/core/fingerprint.js';
import { formatIssue, validateDataset, type DatasetInput } from '../src/lib/core/validate.js';

/**
 * Reads `path` in any supported format (the project's JSON, CSV, TimelineJS JSON) and returns the input
 * for `validateDataset` with the conversion (for CSV line numbers); throws with file, line and column
 * on text that cannot be parsed.
 */
export function readDataset(path: string): { input: DatasetInput; converted: Converted } {
  const dir = dirname(path);
  const file = basename(path);
  const converted = readAnyFormat(readFileSync(path, 'utf8'), file);
  const data = converted.data;
  const input: DatasetInput = { file, data, texts: {} };

  // Only the project's own JSON may keep its sources in a sources.json beside it.
  const hasSources =
    converted.format !== 'json' || (typeof data === 'object' && data !== null && 'sources' in data);
  const sourcesPath = join(dir, 'sources.json');
  let sources: unknown = hasSources ? (data as { sources: unknown }).sources : undefined;
  if (!hasSources && existsSync(sourcesPath)) {
    const sourcesData = parseJson(readFileSync(sourcesPath, 'utf8'), 'sources.json');
    input.sourcesFile = { file: 'sources.json', data: sourcesData };
    sources = (sourcesData as { sources?: unknown } | null)?.sources;
  }
  for (const source of Array.isArray(sources) ? sources : []) {
    const name = (source as { file?: unknown } | null)?.file;
    // Only plain names are read; the schema reports anything else.
    if (typeof name !== 'string' || name.startsWith('.') || /[/\\]/.test(name)) continue;
    try {
      input.texts[name] = readFileSync(join(dir, 'sources', name), 'utf8');
    } catch {
      input.texts[name] = undefined;
    }
  }
  return { input, converted };
}

/** The validation input alone, for the curated data. */
export function readDatasetInput(path: string): DatasetInput {
  return readDataset(path).input;
}

/**
 * The curated dataset as the embed ships it: one file with its sources inline, the archived texts it
 * names, and the fingerprint by which the embed knows it validated (see src/lib/core/fingerprint.ts).
 * Throws when the data has any issue or notice: only a dataset that passed clean may skip validation.
 */
export function curatedBundle(path: string): {
  json: string;
  texts: Record<string, string>;
  fingerprint: string;
} {
  const input = readDatasetInput(path);
  const result = validateDataset(input);
  const problems = [...result.issues, ...result.notices];
  if (problems.length > 0) {
    throw new Error(`the curated data is not clean:\n${problems.map(formatIssue).join('\n')}`);
  }
  const json = JSON.stringify(result.dataset);
  // In the order the loader meets them: the sources' files, first mention first.
  const files = [...new Set(result.dataset.sources.flatMap((source) => source.file ?? []))];
  const texts: Record<string, string> = {};
  for (const file of files) texts[file] = input.texts[file]!;
  return { json, texts, fingerprint: fingerprint(datasetParts(json, files, texts)) };
}
