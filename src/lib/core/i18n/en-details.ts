/**
 * The words of an open event in English — the drawer, a card's details, the quotes and the notes — loaded
 * with them (a reader who only looks never downloads them). Indonesian's are in id-details.ts.
 */
import type { Category, NoteKind } from '../data/schema.js';
import type { Locale } from '../time/dates.js';

export const enDetails = {
  locale: 'en' as Locale,
  walk: 'Through the story',
  previous: 'Previous',
  next: 'Next',
  /** The panel's button that copies the address of the event's own page, and what it says after. */
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  /** When the browser refuses the clipboard: the link is shown to copy by hand. */
  copyFailed: 'Could not copy; the link is',
  derivation: 'How the date was worked out',
  expected: 'Reported in advance: the articles describe this as planned or expected.',
  place: 'Place',
  people: 'People',
  group: 'Group',
  sources: 'Sources',
  translation: 'Translation',
  author: 'Author',
  editor: 'Editor',
  credit: 'Credit',
  /** An event's media without the host's leave to fetch it (or when it is no image): a link to it. */
  mediaLink: (host: string) => `Media at ${host}`,
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

export type DetailMessages = typeof enDetails;
