/**
 * A dataset's archived texts, read from `sources/` beside it: a chunk of its own, since only an open
 * event shows them (the embed's first events never wait for this code or for the texts). load.ts
 * fetches it beside a dataset it validates, and when the shipped dataset's texts are first wanted.
 */
import { isTrusted, textFiles, textsBySource } from '../core/data/fingerprint.js';
import { own } from '../core/own.js';
import { servedAsHtml } from '../core/data/content-type.js';
import { looksLikeHtml } from '../core/data/sniff.js';
import type { LoadedDataset, ReadOptions } from './read.js';

type ReadTexts = NonNullable<ReadOptions['readTexts']>;

/** An archived text, or undefined when it is missing, unreadable, or a host's web page in its place. */
async function fetchText(url: URL, signal: AbortSignal | undefined): Promise<string | undefined> {
  try {
    const answer = await fetch(url, { signal });
    if (!answer.ok || servedAsHtml(answer.headers.get('content-type'))) return undefined;
    const text = await answer.text();
    return looksLikeHtml(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Reads texts by file name from `sources/` beside the dataset at `url`, side by side, each once; a
 * missing one is undefined (validation reports it).
 */
export function textReader(url: URL, signal: AbortSignal | undefined): ReadTexts {
  const fetched = new Map<string, Promise<string | undefined>>();
  return async (files) =>
    Object.fromEntries(
      await Promise.all(
        files.map(async (file) => {
          if (!fetched.has(file)) {
            fetched.set(file, fetchText(new URL(`sources/${encodeURIComponent(file)}`, url), signal));
          }
          const text = await fetched.get(file);
          // One that did not come is asked for again next time (the connection may be back).
          if (text === undefined) fetched.delete(file);
          return [file, text];
        })
      )
    );
}

/**
 * The shipped dataset, shown before its texts, with them: as it is when they are the texts the build
 * validated with this very file (`whole`, the fingerprint of both), else as the reader validates the
 * whole, as for any other dataset. A text that could not be fetched (offline, a dropped connection, a
 * host missing the file) changes nothing the build checked: the events stay as they are, with the
 * texts that came, and the rest is asked for at the next sign of intent.
 */
export async function withTexts(
  shown: LoadedDataset,
  text: string,
  bytes: Uint8Array,
  whole: string,
  readTexts: ReadTexts
): Promise<LoadedDataset> {
  const { sources } = shown.dataset;
  const files = textFiles(sources);
  const texts = await readTexts(files);
  if (files.some((file) => own(texts, file) === undefined)) {
    return { ...shown, texts: textsBySource(sources, texts) };
  }
  if (isTrusted(text, files, texts, whole)) {
    return { ...shown, texts: textsBySource(sources, texts), later: undefined };
  }
  return (await import('./read.js')).readDataset(bytes, { name: shown.name, readTexts });
}
