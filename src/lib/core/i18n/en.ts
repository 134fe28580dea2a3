/**
 * The timeline's words in English: what the marks, the toolbar, the overview, the panel and the embed's
 * messages say. Indonesian is in id.ts, loaded only where it is shown (see index.ts). Dates are
 * formatted by time/dates.ts; quotes are never translated here (the dataset carries translations).
 */
import type { DurationUnit } from '../time/axis.js';
import type { Locale } from '../time/dates.js';
import type { Category, NoteKind } from '../data/schema.js';
import type { FailureWords } from '../../data/failure.js';

/** Bytes as megabytes, for the size limit's messages: 67108864 → "64 MB". */
export const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

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

export const en = {
  locale: 'en' as Locale,
  timeline: 'Timeline',
  timelineHelp:
    'Use the left and right arrow keys to move between events, Home and End for the first and last, Enter to open an event, plus and minus to zoom. Drag, or scroll sideways, to pan.',
  events: 'Events',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  overview: 'Overview: drag to move the timeline',
  overviewValue: (from: string, to: string) => `Showing ${from} to ${to}`,
  clusterName: (count: number, dates: string) => `${count} events, ${dates}: zoom in`,
  clusterLabel: (count: number) => `${count} events`,
  /** A break's label: the empty time it stands for. */
  duration: (count: number, unit: DurationUnit) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  selected: (title: string, date: string) => `Opened: ${title}, ${date}`,
  closed: 'Closed the event details',
  close: 'Close',
  derivation: 'How the date was worked out',
  expected: 'Reported in advance: the articles describe this as planned or expected.',
  place: 'Place',
  people: 'People',
  sources: 'Sources',
  translation: 'Translation',
  author: 'Author',
  editor: 'Editor',
  credit: 'Credit',
  originalArticle: 'Original article',
  readInArticle: 'Read in the archived article',
  hideArticle: 'Hide the archived article',
  archivedArticle: (outlet: string) => `Archived text of the ${outlet} article, with the quote highlighted`,
  notes: 'Notes on the sources',
  errors: (count: number) =>
    `${count} problem${count === 1 ? '' : 's'} in the data; the events with problems are left out:`,
  noEvents: 'There are no events to show.',
  loading: 'Loading the timeline…',
  retry: 'Try again',
  failures: {
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
  } satisfies FailureWords as FailureWords,
  hint: 'Select an event to read what the articles said.',
  noteKinds: {
    error: 'Error in the article',
    contradiction: 'Articles disagree',
    ambiguity: 'Unclear',
    record: 'On the record'
  } satisfies Record<NoteKind, string>,
  categories: {
    summit: 'Summit',
    travel: 'Travel',
    statement: 'Statement',
    report: 'Report',
    military: 'Military',
    preparation: 'Preparation',
    background: 'Background'
  } satisfies Record<Category, string>
};

export type Messages = typeof en;
