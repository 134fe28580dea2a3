/**
 * Where a timeline's dataset comes from, for every host: the curated dataset the build validated
 * (handed over as it is), a URL (the page's `?src=`, the element's `src`), or text a blogger pasted
 * (`/make/`). One loader for all three, so each host says only which.
 */
import { loadDataset } from './load.js';
import { readDataset, type LoadedDataset } from './read.js';

export type DatasetSource =
  | { kind: 'ready'; dataset: LoadedDataset }
  | { kind: 'url'; url: URL; trusted?: string }
  | { kind: 'text'; text: string; name: string };

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
      return readDataset(source.text, { name: source.name });
  }
}
