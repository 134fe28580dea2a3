/**
 * A dataset from a URL, for the page's `?src=` and the embed's `src`: the file, then the archived texts
 * its sources name (from `sources/` beside it), read by the one way in (read.ts). Every way fetching can
 * fail becomes a `LoadError` a blogger can act on, naming the URL: the network, CORS, an HTTP status, a
 * web page served where data was expected, a body over the size limit (counted as it arrives, so a
 * wrong URL cannot fill a reader's memory).
 */
import { MAX_DATASET_BYTES } from '../core/data/limits.js';
import { servedAsHtml } from '../core/data/content-type.js';
import type { Trusted } from '../core/data/fingerprint.js';
import { fingerprint } from '../core/data/hash.js';
import type { ValidDataset } from '../core/data/validate.js';
import { LoadError } from './failure.js';
import type { LoadedDataset, ReadOptions } from './read.js';

/**
 * The body's bytes, or a `too-large` failure as soon as they pass `maxBytes` (a declared length is
 * believed at once; an undeclared one is counted as it streams).
 */
async function readBody(response: Response, name: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (bytes?: number) => new LoadError({ kind: 'too-large', name, bytes, limit: maxBytes });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(declared);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Requests started before anything asked to load their URL (`fetchEarly`), each taken once. */
const early = new Map<string, Promise<Response>>();

/**
 * Starts fetching a dataset before the code that will show it is ready to ask: the element calls it as it
 * connects, so the data's request overlaps mounting the shell and fetching the reader, instead of
 * following them. The next `loadDataset` of the same URL takes the response; any later one (a retry, a
 * new `src`) fetches again.
 */
export function fetchEarly(url: URL): void {
  if (early.has(url.href) || typeof fetch !== 'function') return;
  const request = fetch(url, { credentials: 'same-origin' });
  // Its failure is reported where it is taken.
  request.catch(() => {});
  early.set(url.href, request);
}

/** Fetches the dataset's bytes; every failure is a `LoadError` naming the URL. */
async function fetchBytes(url: URL, signal: AbortSignal | undefined, maxBytes: number): Promise<Uint8Array> {
  const name = url.href;
  let response: Response;
  const started = early.get(name);
  early.delete(name);
  try {
    response = await (started ?? fetch(url, { signal, credentials: 'same-origin' }));
    // A request started early does not know this load's signal.
    signal?.throwIfAborted();
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    // A browser words a refused cross-origin read and a dropped connection alike (a TypeError), so
    // only the URL tells them apart: from another origin, CORS is the likely cause.
    const page = globalThis.location?.origin;
    const crossOrigin = page !== undefined && page !== 'null' && url.origin !== page;
    throw new LoadError({ kind: crossOrigin ? 'cors' : 'network', name });
  }
  if (!response.ok) throw new LoadError({ kind: 'status', name, status: response.status });
  if (servedAsHtml(response.headers.get('content-type'))) throw new LoadError({ kind: 'html', name });
  try {
    return await readBody(response, name, maxBytes);
  } catch (error) {
    if (error instanceof LoadError || (error as Error).name === 'AbortError') throw error;
    // The connection dropped while the body was arriving.
    throw new LoadError({ kind: 'network', name });
  }
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
    /** The fingerprints of a dataset validated at build time: one that matches is not validated again. */
    trusted?: Trusted;
  } = {}
): Promise<LoadedDataset> {
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.split('/').at(-1) || url.href);
  } catch {
    // A malformed escape (`%E0%A4%A`) in the path: the name as written.
    name = url.pathname.split('/').at(-1) || url.href;
  }
  // A dataset that cannot be the trusted one will need the reader and the validator: fetch them beside
  // the data, not after it. (A failure is reported where it is awaited.)
  const reader = trusted === undefined ? import('./read.js') : undefined;
  const validator = trusted === undefined ? import('../core/data/validate.js') : undefined;
  reader?.catch(() => {});
  validator?.catch(() => {});
  const bytes = await fetchBytes(url, signal, maxBytes);
  // The archived texts, from `sources/` beside the data: a chunk of their own, as only an open event
  // shows them (texts.ts).
  let reading: Promise<NonNullable<ReadOptions['readTexts']>> | undefined;
  const readTexts: ReadOptions['readTexts'] = async (files) =>
    (await (reading ??= import('./texts.js').then((module) => module.textReader(url, signal))))(files);
  if (trusted !== undefined) {
    const unchanged = readUnchanged(bytes, name, trusted.data);
    if (unchanged) {
      const shown = unchanged.loaded;
      // The texts only an open event shows, fetched when first wanted (the shell asks at the first sign
      // of intent): the first events never wait for them.
      shown.later = async () =>
        (await import('./texts.js')).withTexts(shown, unchanged.text, bytes, trusted.whole, readTexts);
      return shown;
    }
  }
  // Not `trusted` again: readUnchanged has just found this file changed.
  return (await (reader ?? import('./read.js'))).readDataset(bytes, { name, validator, readTexts });
}

/**
 * The shipped dataset, if its file is byte for byte the one the build validated: parsed and shown without
 * the reader's chunk or the validator's, its archived texts still to come. Anything else — a changed
 * byte, a file that is not UTF-8 JSON — is left to the reader, which says what is wrong.
 */
function readUnchanged(
  bytes: Uint8Array,
  name: string,
  trusted: string
): { text: string; loaded: LoadedDataset } | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (fingerprint([text]) !== trusted) return undefined;
  const dataset = JSON.parse(text) as ValidDataset;
  const loaded: LoadedDataset = {
    name,
    format: 'json',
    dataset,
    issues: [],
    notices: [],
    texts: {},
    absentTexts: []
  };
  return { text, loaded };
}
