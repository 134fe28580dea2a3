/**
 * Checks a dataset and says what is wrong, one line per problem, naming file, record and field.
 *
 *   npm run validate                 the curated data (data/events.json with data/sources.json)
 *   npm run validate -- path/to.json any dataset file of the same schema
 *
 * Exits 1 when anything is invalid, 0 with a one-line summary when all is well.
 */
import { fileURLToPath } from 'node:url';
import { formatIssue, validateDataset } from '../src/lib/core/validate.js';
import { readDatasetInput } from './dataset-files.js';

const path = process.argv[2] ?? fileURLToPath(new URL('../data/events.json', import.meta.url));

let input;
try {
  input = readDatasetInput(path);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'ENOENT' ? `${path}: no such file` : (error as Error).message);
  process.exit(1);
}

const { dataset, issues, notices } = validateDataset(input);
for (const notice of notices) console.warn(`note: ${formatIssue(notice)}`);
for (const issue of issues) console.error(formatIssue(issue));

const quotes = dataset.events.reduce((count, event) => count + event.sources.length, 0);
if (issues.length > 0) {
  console.error(
    `${input.file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; ${dataset.events.length} valid events`
  );
  process.exit(1);
}
console.log(
  `${input.file}: valid — ${dataset.events.length} events, ${dataset.sources.length} sources, ` +
    `${quotes - notices.length} quotes found verbatim${notices.length ? `, ${notices.length} not checkable` : ''}`
);
