/**
 * Why a dataset cannot be shown, in English: one sentence per kind of failure (src/lib/data/failure.ts)
 * naming the file or URL, the place, and what to do. A chunk of its own, fetched only when a dataset
 * fails (i18n/index.ts, `loadFailureWords`): the embed's first events never wait for words they do not
 * show. Indonesian is failures-id.ts.
 */
import type { FailureWords } from '../../data/failure.js';
import { megabytes } from '../../data/failure-text.js';

const HTTP: Record<number, string> = {
  401: 'access refused',
  403: 'access refused',
  404: 'not found',
  410: 'gone'
};

/** What the JSON scanner expected where a text stops being JSON. */
const EXPECTED: FailureWords['expected'] = {
  value: 'a value',
  name: 'a property name in double quotes',
  colon: '":" after a property name',
  'after-value': '"," or "}" after a property value',
  'after-item': '"," or "]" after an array item',
  'closing-quote': 'a closing quote',
  'closing-quote-line': 'a closing quote before the line ends',
  hex: 'four hex digits after \\u',
  escape: 'an escape such as \\n or \\"',
  end: 'the end of the text'
};

export const failuresEn: FailureWords = {
  network: (f) =>
    `${f.name} could not be loaded: the connection failed or was cut off. Check the connection, then try again.`,
  cors: (f) =>
    `${f.name} could not be loaded: the site serving it does not allow other sites to read it (CORS), or the connection failed. Serve the file from the same site as this page, or allow this site in its CORS headers (see "Hosting the embed" in the news-timeline README).`,
  status: (f) =>
    `${f.name} could not be loaded: the server answered ${f.status}${HTTP[f.status] ? ` (${HTTP[f.status]})` : ''}. ${
      f.status >= 500
        ? 'The fault is on the server; try again later.'
        : 'Check the address (the src) and that the file is published there.'
    }`,
  html: (f) =>
    `${f.name} is a web page, not a dataset: HTML came where JSON or CSV was expected. Many hosts answer a wrong address with a page of their own: check the address and that the file is published there.`,
  binary: (f) =>
    `${f.name} is not a text file: it holds binary data (an image, a spreadsheet's .xlsx, an archive?). Save or export the dataset as JSON or CSV in UTF-8.`,
  encoding: (f) =>
    `${f.name} is in ${f.encoding}, which is not read here. Save it as UTF-8 (in most editors: Save as, Encoding, UTF-8).`,
  'too-large': (f) =>
    `${f.name} is too large: ${f.bytes === undefined ? 'over' : `${megabytes(f.bytes)}, over`} the limit of ${megabytes(f.limit)}. Check the address, or split the dataset.`,
  'too-deep': (f) =>
    `${f.name}: line ${f.line}, column ${f.column}: nested more than ${f.limit} levels deep, where a dataset needs a few. Check for brackets opened and never closed.`,
  empty: (f) =>
    `${f.name} is empty: there is nothing to show. Check that the file was saved with its content.`,
  json: (f) =>
    `${f.name}: line ${f.line}, column ${f.column}: invalid JSON: expected ${EXPECTED[f.expected]}${
      f.found === undefined ? '' : `, found ${f.found ?? EXPECTED.end}`
    }`,
  csv: (f) =>
    `${f.name}: line ${f.line}: not a dataset: neither JSON nor a CSV whose first line names its columns (id, start, title, summary, category, source, quote, translation); it begins ${f.found}.`,
  address: (f) => `${f.name} is not a web address: check the src attribute (or the page's ?src=).`,
  missing: (f) => `${f.name}: no such file. Check the path.`,
  folder: (f) =>
    `${f.name} is a folder, not a file: name the dataset file in it, such as ${f.name}/events.json.`,
  unreadable: (f) =>
    `${f.name} cannot be read: it is not a regular file, or there is no permission to read it.`,
  unexpected: (f) =>
    `${f.name} could not be shown because of a fault in the timeline itself, not in the data. Please report it.`,
  expected: EXPECTED
};
