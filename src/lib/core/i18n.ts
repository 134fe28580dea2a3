/**
 * The interface's words in English and Indonesian. Dates are formatted by dates.ts; quotes are never
 * translated here (the dataset carries their translations).
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

const id: Messages = {
  timeline: 'Linimasa',
  timelineHelp:
    'Gunakan tombol panah kiri dan kanan untuk berpindah antarperistiwa, Home dan End untuk yang pertama dan terakhir, Enter untuk membuka peristiwa, plus dan minus untuk memperbesar. Seret, atau gulir ke samping, untuk menggeser.',
  events: 'Peristiwa',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  fit: 'Tampilkan semua',
  overview: 'Ikhtisar: seret untuk menggeser linimasa',
  overviewValue: (from, to) => `Menampilkan ${from} sampai ${to}`,
  clusterName: (count, dates) => `${count} peristiwa, ${dates}: perbesar`,
  clusterLabel: (count) => `${count} peristiwa`,
  selected: (title, date) => `Dibuka: ${title}, ${date}`,
  closed: 'Rincian peristiwa ditutup',
  close: 'Tutup',
  derivation: 'Cara tanggal ditentukan',
  expected: 'Diberitakan sebelumnya: artikel menyebut ini sebagai rencana atau perkiraan.',
  place: 'Tempat',
  people: 'Tokoh',
  sources: 'Sumber',
  translation: 'Terjemahan',
  author: 'Penulis',
  editor: 'Editor',
  credit: 'Kredit',
  originalArticle: 'Artikel asli',
  readInArticle: 'Baca di artikel arsip',
  hideArticle: 'Sembunyikan artikel arsip',
  archivedArticle: (outlet) => `Teks arsip artikel ${outlet}, dengan kutipan disorot`,
  notes: 'Catatan tentang sumber',
  errors: (count) => `${count} masalah dalam data; peristiwa yang bermasalah tidak ditampilkan:`,
  noEvents: 'Tidak ada peristiwa untuk ditampilkan.',
  loading: 'Memuat linimasa…',
  retry: 'Coba lagi',
  hint: 'Pilih peristiwa untuk membaca apa kata artikel.',
  noteKinds: {
    error: 'Kesalahan dalam artikel',
    contradiction: 'Artikel berbeda',
    ambiguity: 'Tidak jelas',
    record: 'Menurut catatan'
  },
  categories: {
    summit: 'KTT',
    travel: 'Perjalanan',
    statement: 'Pernyataan',
    report: 'Laporan',
    military: 'Militer',
    preparation: 'Persiapan',
    background: 'Latar'
  }
};

export const MESSAGES: Record<Locale, Messages> = { en, id };

/** The interface text for a locale. */
export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}
