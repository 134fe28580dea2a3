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
  title: 'North Korea–Russia summit diplomacy, 2002–2023',
  lede: 'Kim Jong Un’s train to Vladivostok in April 2019, his visit of September 2023, and the diplomacy around them, as five Indonesian news articles reported it. Every event links to the words of its sources.',
  language: 'Language',
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
  gap: (duration: string) => `${duration} with no events, compressed`,
  selected: (title: string, date: string) => `Opened: ${title}, ${date}`,
  closed: 'Closed the event details',
  close: 'Close',
  date: 'Date',
  derivation: 'How the date was worked out',
  approximate: 'approximate',
  expected: 'Reported in advance: the articles describe this as planned or expected.',
  place: 'Place',
  people: 'People',
  sources: 'Sources',
  source: 'Source',
  translation: 'Translation',
  outlet: 'Outlet',
  author: 'Author',
  editor: 'Editor',
  credit: 'Credit',
  published: 'Published',
  originalArticle: 'Original article',
  readInArticle: 'Read in the archived article',
  hideArticle: 'Hide the archived article',
  archivedArticle: (outlet: string) => `Archived text of the ${outlet} article, with the quote highlighted`,
  notes: 'Notes on the sources',
  listHeading: 'All events',
  listIntro: 'Every event in time order, with the quotes it rests on.',
  showList: 'Show as a list',
  showTimeline: 'Show the timeline',
  errors: (count: number) =>
    `${count} problem${count === 1 ? '' : 's'} in the data; the events with problems are left out:`,
  noEvents: 'There are no events to show.',
  loading: 'Loading the timeline…',
  retry: 'Try again',
  hint: 'Select an event to read what the articles said.',
  embed: 'Embed',
  embedTitle: 'Embed this timeline',
  embedIntro:
    'Paste one of these into your page. Both load everything from this site and nothing from anywhere else.',
  embedElement: 'A script and an element (adapts to your page’s fonts)',
  embedIframe: 'An iframe (sizes itself with the resize script)',
  copy: 'Copy',
  copied: 'Copied',
  makeYourOwn: 'Make a timeline of your own from a spreadsheet or a TimelineJS file',
  sourcesHeading: 'The archived articles',
  footer:
    'Quotes are copied verbatim from archived copies of the articles and checked against them by the build. Translations are the editors’. Notes mark where an article errs or disagrees with another.',
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
  title: 'Diplomasi puncak Korea Utara–Rusia, 2002–2023',
  lede: 'Perjalanan kereta Kim Jong Un ke Vladivostok pada April 2019, kunjungannya pada September 2023, dan diplomasi di sekitarnya, sebagaimana diberitakan lima artikel berita Indonesia. Setiap peristiwa terhubung dengan kutipan sumbernya.',
  language: 'Bahasa',
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
  gap: (duration) => `${duration} tanpa peristiwa, dipadatkan`,
  selected: (title, date) => `Dibuka: ${title}, ${date}`,
  closed: 'Rincian peristiwa ditutup',
  close: 'Tutup',
  date: 'Tanggal',
  derivation: 'Cara tanggal ditentukan',
  approximate: 'perkiraan',
  expected: 'Diberitakan sebelumnya: artikel menyebut ini sebagai rencana atau perkiraan.',
  place: 'Tempat',
  people: 'Tokoh',
  sources: 'Sumber',
  source: 'Sumber',
  translation: 'Terjemahan',
  outlet: 'Media',
  author: 'Penulis',
  editor: 'Editor',
  credit: 'Kredit',
  published: 'Terbit',
  originalArticle: 'Artikel asli',
  readInArticle: 'Baca di artikel arsip',
  hideArticle: 'Sembunyikan artikel arsip',
  archivedArticle: (outlet) => `Teks arsip artikel ${outlet}, dengan kutipan disorot`,
  notes: 'Catatan tentang sumber',
  listHeading: 'Semua peristiwa',
  listIntro: 'Setiap peristiwa menurut urutan waktu, dengan kutipan yang mendasarinya.',
  showList: 'Tampilkan sebagai daftar',
  showTimeline: 'Tampilkan linimasa',
  errors: (count) => `${count} masalah dalam data; peristiwa yang bermasalah tidak ditampilkan:`,
  noEvents: 'Tidak ada peristiwa untuk ditampilkan.',
  loading: 'Memuat linimasa…',
  retry: 'Coba lagi',
  hint: 'Pilih peristiwa untuk membaca apa kata artikel.',
  embed: 'Sematkan',
  embedTitle: 'Sematkan linimasa ini',
  embedIntro:
    'Tempelkan salah satu kode ini ke halaman Anda. Keduanya memuat semuanya dari situs ini dan tidak dari tempat lain.',
  embedElement: 'Skrip dan elemen (mengikuti huruf halaman Anda)',
  embedIframe: 'Iframe (ukurannya diatur oleh skrip resize)',
  copy: 'Salin',
  copied: 'Tersalin',
  makeYourOwn: 'Buat linimasa Anda sendiri dari spreadsheet atau berkas TimelineJS',
  sourcesHeading: 'Artikel yang diarsipkan',
  footer:
    'Kutipan disalin persis dari salinan arsip artikel dan diperiksa terhadapnya saat build. Terjemahan dibuat oleh redaksi. Catatan menandai kesalahan artikel atau perbedaan antarartikel.',
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
