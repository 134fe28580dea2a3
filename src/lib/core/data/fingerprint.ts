/**
 * A dataset's fingerprint: a 53-bit hash (cyrb53) of its file and the archived texts it names. The
 * embed's build computes it for the curated dataset it validated; at run time a dataset with the same
 * fingerprint is that dataset, byte for byte, so the reader's browser need not load the validator to
 * check it again. Not a defence against an attacker (who could as well change the script beside the
 * data); a guard against a dataset edited or swapped after the build, which is then validated as usual.
 *
 * fingerprint(['{"events":[]}']) → 'a1b2c3d4e5f60' (13 hex digits)
 */
import { own, ownField } from '../own.js';
import { fingerprint } from './hash.js';

export { fingerprint };

/** The parts a dataset is fingerprinted by: its text, then each archived text it names, by name. */
export function datasetParts(
  text: string,
  files: Iterable<string>,
  texts: Record<string, string | undefined>
): string[] {
  const parts = [text];
  for (const file of files) parts.push(file, own(texts, file) ?? '');
  return parts;
}

/**
 * What the build validated, fingerprinted twice: the dataset's file alone (`data`), so that its events
 * can be shown before the archived texts arrive, and the file with every text it names (`whole`), to
 * check the texts against when they do.
 */
export interface Trusted {
  data: string;
  whole: string;
}

/**
 * The two fingerprints of a dataset, from its text and the archived texts it names, by file name.
 *
 * trustedPrints('{"events":[]}', [], {}) → { data: '…', whole: '…' }
 */
export function trustedPrints(
  text: string,
  files: Iterable<string>,
  texts: Record<string, string | undefined>
): Trusted {
  return { data: fingerprint([text]), whole: fingerprint(datasetParts(text, files, texts)) };
}

/**
 * Whether a dataset is, byte for byte, the one whose fingerprint is `trusted`: its text and every
 * archived text it names, each present.
 */
export function isTrusted(
  text: string,
  files: readonly string[],
  texts: Record<string, string | undefined>,
  trusted: string
): boolean {
  return (
    files.every((file) => own(texts, file) !== undefined) &&
    fingerprint(datasetParts(text, files, texts)) === trusted
  );
}

/** The file names of archived texts a dataset's sources name: plain names only, never a path. */
export function textFiles(sources: unknown): string[] {
  const files = new Set<string>();
  for (const source of Array.isArray(sources) ? sources : []) {
    const file = ownField(source, 'file');
    if (typeof file === 'string' && !file.startsWith('.') && !/[/\\]/.test(file)) files.add(file);
  }
  return [...files];
}

/**
 * The archived texts by source id, from the texts by file name.
 *
 * textsBySource([{ id: 'a', file: 'a.txt' }], { 'a.txt': '…' }) → { a: '…' }
 */
export function textsBySource(
  sources: readonly { id: string; file?: string }[],
  texts: Record<string, string | undefined>
): Record<string, string> {
  const bySource: [string, string][] = [];
  for (const source of sources) {
    const archived = source.file === undefined ? undefined : own(texts, source.file);
    if (archived !== undefined) bySource.push([source.id, archived]);
  }
  // From entries: a source id such as "constructor" is an own key like any other.
  return Object.fromEntries(bySource);
}
