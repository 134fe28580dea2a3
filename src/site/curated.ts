/**
 * The curated dataset for the prerendered pages, read by the one way in and validated by the same rules
 * as `npm run validate` — on the server, at build time: the pages receive it as data, and the reader's
 * browser never validates it again.
 */
import events from '../../data/events.json?raw';
import sources from '../../data/sources.json?raw';
import { readDataset, type LoadedDataset } from '../lib/data/read.js';

const files = import.meta.glob('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>;

/** Archived texts by file name. */
const texts = new Map(Object.entries(files).map(([path, text]) => [path.split('/').at(-1)!, text]));

let read: Promise<LoadedDataset> | undefined;

/**
 * Read once per build: every page and share image (two per event and language, about 150 in all) asks
 * for it, and each would otherwise validate it again (about 12 ms each).
 */
export function curatedDataset(): Promise<LoadedDataset> {
  return (read ??= readDataset(events, {
    name: 'events.json',
    readSources: async () => ({ file: 'sources.json', text: sources }),
    readTexts: async (names) => Object.fromEntries(names.map((name) => [name, texts.get(name)]))
  }));
}
