/**
 * A dataset read from disk, through the one way in (src/lib/data/read.ts): the file, `sources.json`
 * beside it when the dataset has no sources of its own, and the archived texts in `sources/`. Used by the
 * CLI, the embed's build and the tests; the rules live in src/lib/core/data/validate.ts.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { datasetParts, fingerprint } from '../src/lib/core/data/fingerprint.js';
import { formatIssue } from '../src/lib/core/data/issue.js';
import { readDataset, type LoadedDataset } from '../src/lib/data/read.js';

/** A file's text, or undefined when it cannot be read. */
async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Reads `path` in any supported format and validates it; throws a `LoadError` (or Node's error for a
 * file that cannot be read) when there is nothing to show.
 *
 * await readDatasetFile('data/events.json') → { format: 'json', dataset, issues, notices, texts }
 */
export async function readDatasetFile(path: string): Promise<LoadedDataset> {
  const dir = dirname(path);
  const text = await readFile(path, 'utf8');
  return readDataset(text, {
    name: basename(path),
    readSources: async () => {
      const sources = await readOptional(join(dir, 'sources.json'));
      return sources === undefined ? undefined : { file: 'sources.json', text: sources };
    },
    readTexts: async (files) => {
      const texts: Record<string, string | undefined> = {};
      for (const file of files) texts[file] = await readOptional(join(dir, 'sources', file));
      return texts;
    }
  });
}

/**
 * The curated dataset as the embed ships it: one file with its sources inline, the archived texts it
 * names, and the fingerprint by which the embed knows it validated (see src/lib/core/data/fingerprint.ts).
 * Throws when the data has any issue or notice: only a dataset that passed clean may skip validation.
 */
export async function curatedBundle(path: string): Promise<{
  json: string;
  texts: Record<string, string>;
  fingerprint: string;
}> {
  const result = await readDatasetFile(path);
  const problems = [...result.issues, ...result.notices];
  if (problems.length > 0) {
    throw new Error(`the curated data is not clean:\n${problems.map(formatIssue).join('\n')}`);
  }
  const json = JSON.stringify(result.dataset);
  // In the order the loader meets them: the sources' files, first mention first.
  const files = [...new Set(result.dataset.sources.flatMap((source) => source.file ?? []))];
  const texts: Record<string, string> = {};
  for (const source of result.dataset.sources) {
    if (source.file) texts[source.file] = result.texts[source.id]!;
  }
  return { json, texts, fingerprint: fingerprint(datasetParts(json, files, texts)) };
}
