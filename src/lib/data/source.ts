/**
 * Where a timeline's dataset comes from, for every host: the curated dataset the build validated
 * (handed over as it is), a URL (the page's `?src=`, the element's `src`), or text a blogger pasted
 * (`/make/`). One loader for all three, so each host says only which.
 */
import type { Trusted } from '../core/data/fingerprint.js';
import { LoadError, type Failure } from './failure.js';
import { loadDataset } from './load.js';
import type { LoadedDataset } from './read.js';

export type DatasetSource =
  | { kind: 'ready'; dataset: LoadedDataset }
  | { kind: 'url'; url: URL; trusted?: Trusted }
  /** Pasted text, or a dropped file's bytes (decoded by the one way in). */
  | { kind: 'text'; text: string | Uint8Array; name: string }
  /** A source that is known to fail before anything is fetched (an element's `src` that is no URL). */
  | { kind: 'failed'; failure: Failure };

/** The name a source goes by in messages: its URL, its file name. */
export function sourceName(source: DatasetSource): string {
  if (source.kind === 'url') return source.url.href;
  if (source.kind === 'text') return source.name;
  return source.kind === 'ready' ? source.dataset.name : source.failure.name;
}

/**
 * await loadSource({ kind: 'url', url: new URL('timeline.json', base) }) → { dataset, issues, … }
 */
export async function loadSource(source: DatasetSource, signal?: AbortSignal): Promise<LoadedDataset> {
  switch (source.kind) {
    case 'ready':
      return source.dataset;
    case 'url':
      return loadDataset(source.url, { signal, trusted: source.trusted });
    case 'text':
      // Pasted text is read by a chunk of its own: an embed never pastes.
      return (await import('./read.js')).readDataset(source.text, { name: source.name });
    case 'failed':
      throw new LoadError(source.failure);
  }
}
