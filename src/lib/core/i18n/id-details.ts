/**
 * The words of an open event in Indonesian, loaded with it when the timeline is shown in Indonesian.
 */
import type { DetailMessages } from './en-details.js';

export const idDetails: DetailMessages = {
  locale: 'id',
  walk: 'Menyusuri kisah',
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  copyLink: 'Salin tautan',
  linkCopied: 'Tautan tersalin',
  copyFailed: 'Tidak dapat menyalin; tautannya',
  derivation: 'Cara tanggal ditentukan',
  expected: 'Diberitakan sebelumnya: artikel menyebut ini sebagai rencana atau perkiraan.',
  place: 'Tempat',
  people: 'Tokoh',
  group: 'Kelompok',
  sources: 'Sumber',
  translation: 'Terjemahan',
  author: 'Penulis',
  editor: 'Editor',
  credit: 'Kredit',
  mediaLink: (host) => `Media di ${host}`,
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
