/**
 * The interface's words: English here, Indonesian in locale-id.ts (loaded only where it is needed).
 * Dates are formatted by dates.ts; quotes are never translated here (the dataset carries their
 * translations).
 */
import type { Locale } from './dates.js';
import type { Category, NoteKind, Text } from './schema.js';

/**
 * A dataset text in the reader's language, or in English where it has no Indonesian version, with the
 * language it is actually in (for `lang` attributes).
 *
 * localize({ en: 'Summit' }, 'id') → { text: 'Summit', lang: 'en' }
 */
export function localize(text: Text, locale: Locale): { text: string; lang: Locale } {
  return locale === 'id' && text.id ? { text: text.id, lang: 'id' } : { text: text.en, lang: 'en' };
}

const en = {
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

/** The words loaded so far: English always, Indonesian once locale-id.ts has run. */
const loaded: Partial<Record<Locale, Messages>> = { en };

/** Adds a language's words (locale-id.ts adds Indonesian's). */
export function addMessages(locale: Locale, words: Messages): void {
  loaded[locale] = words;
}

export function hasMessages(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/**
 * Loads a language's words, and dayjs's month names for it, if they are not loaded yet. The site and
 * the package load Indonesian at once; the embed only when it is shown in Indonesian.
 */
export async function loadMessages(locale: Locale): Promise<void> {
  if (!hasMessages(locale)) await import('./locale-id.js');
}

/** The interface text for a locale. Throws for words never loaded, rather than show another language. */
export function messages(locale: Locale): Messages {
  const words = loaded[locale];
  if (!words) throw new Error(`the ${locale} interface words are not loaded: see loadMessages()`);
  return words;
}
