/**
 * The curated dataset, bundled at build time: the events, the archived sources' metadata and their
 * texts, validated by the same rules as `npm run validate`.
 */
import events from '../../data/events.json';
import sources from '../../data/sources.json';
import { validateDataset, type ValidationResult } from '../lib/core/validate.js';

const files = import.meta.glob('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>;

/** Archived texts by file name. */
const texts: Record<string, string> = {};
for (const [path, text] of Object.entries(files)) texts[path.split('/').at(-1)!] = text;

export function curatedDataset(): ValidationResult & { texts: Record<string, string> } {
  const result = validateDataset({
    file: 'events.json',
    data: events,
    sourcesFile: { file: 'sources.json', data: sources },
    texts
  });
  const bySource: Record<string, string> = {};
  for (const source of result.dataset.sources) {
    if (source.file && texts[source.file] !== undefined) bySource[source.id] = texts[source.file]!;
  }
  return { ...result, texts: bySource };
}
