/**
 * A dataset from a URL, for the page's `?src=` and the embed's `src`: the file, then the archived texts
 * its sources name (from `sources/` beside it), read by the one way in (read.ts). Every way fetching can
 * fail becomes a `LoadError` a blogger can act on.
 */
import { MAX_DATASET_BYTES } from '../core/data/limits.js';
import { LoadError, readDataset, type LoadedDataset } from './read.js';

async function fetchText(
  url: URL,
  name: string,
  signal: AbortSignal | undefined,
  maxBytes: number
): Promise<string> {
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
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    throw new LoadError(`${name} is too large: ${declared} bytes, the limit is ${maxBytes}`, 'too-large');
  }
  return response.text();
}

/**
 * Fetches, reads and validates a dataset.
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
  const validator = trusted === undefined ? import('../core/data/validate.js') : undefined;
  validator?.catch(() => {});
  const text = await fetchText(url, name, signal, maxBytes);
  if (text.length > maxBytes)
    throw new LoadError(`${name} is too large: over ${maxBytes} bytes`, 'too-large');
  return readDataset(text, {
    name,
    trusted,
    validator,
    // The archived texts, fetched side by side; a missing one is reported by validation.
    readTexts: async (files) => {
      const texts: Record<string, string | undefined> = {};
      await Promise.all(
        files.map(async (file) => {
          try {
            const answer = await fetch(new URL(`sources/${encodeURIComponent(file)}`, url), { signal });
            texts[file] = answer.ok ? await answer.text() : undefined;
          } catch {
            texts[file] = undefined;
          }
        })
      );
      return texts;
    }
  });
}
