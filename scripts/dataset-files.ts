/**
 * A dataset read from disk, through the one way in (src/lib/data/read.ts): the file, `sources.json`
 * beside it when the dataset has no sources of its own, and the archived texts in `sources/`. Used by the
 * CLI, the embed's build and the tests; the rules live in src/lib/core/data/validate.ts.
 *
 * Every way a path can fail to be a readable file — missing, a folder, a device, no permission, too
 * large — is a `LoadError` with its failure, never Node's own error (`EISDIR: illegal operation…`).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { trustedPrints, type Trusted } from '../src/lib/core/data/fingerprint.js';
import { formatIssue } from '../src/lib/core/data/issue.js';
import { MAX_DATASET_BYTES } from '../src/lib/core/data/limits.js';
import { decodeBytes } from '../src/lib/data/decode.js';
import { LoadError } from '../src/lib/data/failure.js';
import { readDataset, type LoadedDataset } from '../src/lib/data/read.js';

/** A file's text, or undefined when it cannot be read. */
async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A path's bytes, when it is a regular file within the size limit; otherwise a `LoadError`. */
async function readBytes(path: string): Promise<Uint8Array> {
  const fail = (code: unknown) =>
    new LoadError({
      kind: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'folder' : 'unreadable',
      name: path
    });
  // stat first: a folder, a device (/dev/zero) or a pipe is never read, and size is known beforehand.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fail(error.code);
  });
  if (info.isDirectory()) throw fail('EISDIR');
  if (!info.isFile()) throw fail(undefined);
  if (info.size > MAX_DATASET_BYTES) {
    throw new LoadError({
      kind: 'too-large',
      name: basename(path),
      bytes: info.size,
      limit: MAX_DATASET_BYTES
    });
  }
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw fail(error.code);
  });
}

/**
 * Reads `path` in any supported format and validates it; throws a `LoadError` when there is nothing to
 * show (the file cannot be read, or is no dataset).
 *
 * await readDatasetFile('data/events.json') → { format: 'json', dataset, issues, notices, texts }
 */
export async function readDatasetFile(path: string): Promise<LoadedDataset> {
  const dir = dirname(path);
  const bytes = await readBytes(path);
  return readDataset(bytes, {
    name: basename(path),
    readSources: async () => {
      const file = join(dir, 'sources.json');
      const sources = await readFile(file).catch(() => undefined);
      return sources === undefined
        ? undefined
        : { file: 'sources.json', text: decodeBytes(sources, 'sources.json') };
    },
    readTexts: async (files) =>
      Object.fromEntries(
        await Promise.all(files.map(async (file) => [file, await readOptional(join(dir, 'sources', file))]))
      )
  });
}

/**
 * The curated dataset as the embed ships it: one file with its sources inline, the archived texts it
 * names, and the fingerprints by which the embed knows it validated (see src/lib/core/data/fingerprint.ts).
 * Throws when the data has any issue or notice: only a dataset that passed clean may skip validation.
 */
export async function curatedBundle(path: string): Promise<{
  json: string;
  texts: Record<string, string>;
  fingerprint: Trusted;
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
  return { json, texts, fingerprint: trustedPrints(json, files, texts) };
}
