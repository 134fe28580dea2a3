/**
 * Indonesian: the timeline's words, and dayjs's month names (dayjs's own `id` locale, which registers
 * itself with dayjs when imported). A module of its own so that an embed shown in English never
 * downloads it: the site imports it at once (site.ts), the embed when it is shown in Indonesian
 * (loadMessages in index.ts), a Svelte app when it passes `messages={id}`.
 */
import 'dayjs/locale/id.js';
import type { Messages } from './en.js';

const UNITS = { year: 'tahun', month: 'bulan', week: 'minggu', day: 'hari' } as const;

export const id: Messages = {
  locale: 'id',
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
  duration: (count, unit) => `${count} ${UNITS[unit]}`,
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
  quoteMarker: (n) => `sumber ${n}`,
  recordMarker: 'catatan',
  recordMarkerName: (outlet) => `catatan: ${outlet}`,
  recordSources: 'Menurut catatan sejarah (tanpa teks arsip):',
  recordPage: 'Halaman yang dibaca',
  errors: (count) => `${count} masalah dalam data; peristiwa yang bermasalah tidak ditampilkan:`,
  noEvents: 'Tidak ada peristiwa untuk ditampilkan.',
  loading: 'Memuat linimasa…',
  retry: 'Coba lagi',
  hint: 'Pilih peristiwa untuk membaca apa kata artikel.',
  noteKinds: {
    error: 'Kesalahan dalam artikel',
    contradiction: 'Artikel berbeda',
    ambiguity: 'Tidak jelas',
    record: 'Menurut catatan sejarah'
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
