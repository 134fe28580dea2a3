/**
 * Checks a dataset and says what is wrong, one line per problem, naming file, record and field.
 *
 *   npm run validate                 the curated data (data/events.json with data/sources.json)
 *   npm run validate -- path/to.json any dataset file: the project's JSON, CSV, or TimelineJS JSON
 *
 * Exits 1 when anything is invalid, 0 with a one-line summary when all is well.
 */
import { fileURLToPath } from 'node:url';
import { countNotices, formatIssue } from '../src/lib/core/data/issue.js';
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

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
const { unchecked, uncited } = countNotices(notices);
const quotes = sum(dataset.events.map((event) => event.sources.length)) - unchecked;
const claims = sum(dataset.events.map((event) => event.claims?.length ?? 0));
const notes = sum([...dataset.events, ...dataset.sources].map((record) => record.notes?.length ?? 0));
const records = dataset.sources.filter((source) => source.kind === 'record').length;
const kind = format === 'json' ? '' : ` (${format === 'csv' ? 'CSV' : 'TimelineJS'})`;
if (issues.length > 0) {
  console.error(
    `${name}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; ${dataset.events.length} valid events`
  );
  process.exit(1);
}
console.log(
  `${name}${kind}: valid — ${count(dataset.events.length, 'event')}; ` +
    `${claims ? `${count(claims, 'claim')}, all cited` : 'no claims'}` +
    `${uncited ? `, ${count(uncited, 'summary', 'summaries')} not sentence-cited` : ''}; ` +
    `${count(quotes, 'quote')} found verbatim${unchecked ? `, ${unchecked} not checkable` : ''}; ` +
    `${count(dataset.sources.length - records, 'article')} and ${count(records, 'record source')}; ` +
    `${count(notes, 'note')}`
);
