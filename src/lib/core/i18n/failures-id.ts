/**
 * Why a dataset cannot be shown, in Indonesian: the words of failures-en.ts, kind for kind. Loaded only
 * when a dataset fails in an Indonesian timeline.
 */
import type { FailureWords } from '../../data/failure.js';
import { megabytes } from '../../data/failure-text.js';

const HTTP: Record<number, string> = {
  401: 'akses ditolak',
  403: 'akses ditolak',
  404: 'tidak ditemukan',
  410: 'sudah dihapus'
};
const EXPECTED: FailureWords['expected'] = {
  value: 'sebuah nilai',
  name: 'nama properti dalam tanda kutip ganda',
  colon: '":" setelah nama properti',
  'after-value': '"," atau "}" setelah nilai properti',
  'after-item': '"," atau "]" setelah butir larik',
  'closing-quote': 'tanda kutip penutup',
  'closing-quote-line': 'tanda kutip penutup sebelum baris berakhir',
  hex: 'empat digit heksadesimal setelah \\u',
  escape: 'escape seperti \\n atau \\"',
  end: 'akhir teks'
};

export const failuresId: FailureWords = {
  network: (f) =>
    `${f.name} tidak dapat dimuat: sambungan gagal atau terputus. Periksa sambungan, lalu coba lagi.`,
  cors: (f) =>
    `${f.name} tidak dapat dimuat: situs yang menyajikannya tidak mengizinkan situs lain membacanya (CORS), atau sambungan gagal. Sajikan berkas dari situs yang sama dengan halaman ini, atau izinkan situs ini dalam header CORS-nya (lihat "Hosting the embed" di README news-timeline).`,
  status: (f) =>
    `${f.name} tidak dapat dimuat: server menjawab ${f.status}${HTTP[f.status] ? ` (${HTTP[f.status]})` : ''}. ${
      f.status >= 500
        ? 'Kesalahan ada di server; coba lagi nanti.'
        : 'Periksa alamatnya (src) dan pastikan berkas diterbitkan di sana.'
    }`,
  html: (f) =>
    `${f.name} adalah halaman web, bukan dataset: yang datang HTML, padahal yang diharapkan JSON atau CSV. Banyak host menjawab alamat yang salah dengan halamannya sendiri: periksa alamatnya dan pastikan berkas diterbitkan di sana.`,
  binary: (f) =>
    `${f.name} bukan berkas teks: isinya data biner (gambar, berkas .xlsx spreadsheet, arsip?). Simpan atau ekspor dataset sebagai JSON atau CSV dalam UTF-8.`,
  encoding: (f) =>
    `${f.name} berenkode ${f.encoding}, yang tidak dibaca di sini. Simpan sebagai UTF-8 (di kebanyakan editor: Simpan sebagai, Encoding, UTF-8).`,
  'too-large': (f) =>
    `${f.name} terlalu besar: ${f.bytes === undefined ? '' : `${megabytes(f.bytes)}, `}melebihi batas ${megabytes(f.limit)}. Periksa alamatnya, atau pecah datasetnya.`,
  'too-deep': (f) =>
    `${f.name}: baris ${f.line}, kolom ${f.column}: bersarang lebih dari ${f.limit} tingkat, padahal dataset hanya perlu beberapa. Periksa kurung yang dibuka tetapi tidak pernah ditutup.`,
  empty: (f) => `${f.name} kosong: tidak ada yang bisa ditampilkan. Pastikan berkas disimpan beserta isinya.`,
  json: (f) =>
    `${f.name}: baris ${f.line}, kolom ${f.column}: JSON tidak sah: seharusnya ${EXPECTED[f.expected]}${
      f.found === undefined ? '' : `, ditemukan ${f.found ?? EXPECTED.end}`
    }`,
  csv: (f) =>
    `${f.name}: baris ${f.line}: bukan dataset: bukan JSON, dan bukan CSV yang baris pertamanya menamai kolom-kolomnya (id, start, title, summary, category, source, quote, translation); awalnya ${f.found}.`,
  address: (f) => `${f.name} bukan alamat web: periksa atribut src (atau ?src= halaman).`,
  missing: (f) => `${f.name}: berkas tidak ada. Periksa jalurnya.`,
  folder: (f) =>
    `${f.name} adalah folder, bukan berkas: sebutkan berkas dataset di dalamnya, misalnya ${f.name}/events.json.`,
  unreadable: (f) =>
    `${f.name} tidak dapat dibaca: bukan berkas biasa, atau tidak ada izin untuk membacanya.`,
  unexpected: (f) =>
    `${f.name} tidak dapat ditampilkan karena kesalahan pada linimasa itu sendiri, bukan pada data. Mohon laporkan.`,
  expected: EXPECTED
};
