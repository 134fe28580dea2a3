/**
 * The timeline's words in English: what the marks, the toolbar, the overview, the panel and the embed's
 * messages say. Indonesian is in id.ts, loaded only where it is shown (see index.ts). Dates are
 * formatted by time/dates.ts; quotes are never translated here (the dataset carries translations).
 */
import type { DurationUnit } from '../time/axis.js';
import type { Locale } from '../time/dates.js';
import type { Category, NoteKind } from '../data/schema.js';

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
  /** A claim's marker for a quote, and the quote's own number: "source 1". */
  quoteMarker: (n: number) => `source ${n}`,
  /** A claim's marker for a record source: visible, and as a screen reader names it. */
  recordMarker: 'record',
  recordMarkerName: (outlet: string) => `record: ${outlet}`,
  recordSources: 'On the record (no archived text):',
  recordPage: 'The page read',
  errors: (count: number) =>
    `${count} problem${count === 1 ? '' : 's'} in the data; the events with problems are left out:`,
  noEvents: 'There are no events to show.',
  loading: 'Loading the timeline…',
  retry: 'Try again',
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
