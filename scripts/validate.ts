/**
 * Checks a dataset and says what is wrong, one line per problem, naming file, record and field.
 *
 *   npm run validate                 the curated data (data/events.json with data/sources.json)
 *   npm run validate -- path/to.json any dataset file: the project's JSON, CSV, or TimelineJS JSON
 *
 * Exits 1 when anything is invalid, 0 with a one-line summary when all is well.
 */
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../src/lib/core/data/issue.js';
import type { LoadedDataset } from '../src/lib/data/read.js';
import { readDatasetFile } from './dataset-files.js';

const path = process.argv[2] ?? fileURLToPath(new URL('../data/events.json', import.meta.url));

let result: LoadedDataset;
try {
  result = await readDatasetFile(path);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'ENOENT' ? `${path}: no such file` : (error as Error).message);
  process.exit(1);
}

const { dataset, issues, notices, name, format } = result;
for (const notice of notices) console.warn(`note: ${formatIssue(notice)}`);
for (const issue of issues) console.error(formatIssue(issue));

const quotes = dataset.events.reduce((count, event) => count + event.sources.length, 0);
const kind = format === 'json' ? '' : ` (${format === 'csv' ? 'CSV' : 'TimelineJS'})`;
if (issues.length > 0) {
  console.error(
    `${name}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; ${dataset.events.length} valid events`
  );
  process.exit(1);
}
console.log(
  `${name}${kind}: valid — ${dataset.events.length} events, ${dataset.sources.length} sources, ` +
    `${quotes - notices.length} quotes found verbatim${notices.length ? `, ${notices.length} not checkable` : ''}`
);
