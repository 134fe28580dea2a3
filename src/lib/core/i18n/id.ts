/**
 * Indonesian: the timeline's words, and dayjs's month names (dayjs's own `id` locale, handed to the
 * dates). A module of its own so that an embed shown in English never downloads it: the site imports it
 * at once (site.ts), the embed when it is shown in Indonesian (loadMessages in index.ts), a Svelte app
 * when it passes `messages={id}`.
 */
import idLocale from 'dayjs/locale/id.js';
import { addMonthNames } from '../time/dates.js';
import type { Messages } from './en.js';
import { formatCount } from '../time/dates.js';

addMonthNames('id', idLocale);

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
  clusterName: (title, others, dates, zooms) =>
    `${title} dan ${others} peristiwa lain, ${dates}: ${zooms ? 'perbesar' : 'tampilkan daftarnya'}`,
  clusterMore: (others) => `+${others}`,
  episodes: 'Babak',
  groups: 'Kelompok',
  later: (duration) => `${duration} kemudian`,
  moreEvents: (count) => `${count} peristiwa lagi`,
  duration: (count, unit) => `${formatCount(count, 'id')} ${UNITS[unit]}`,
  selected: (title, date) => `Dibuka: ${title}, ${date}`,
  closed: 'Rincian peristiwa ditutup',
  close: 'Tutup',
  errors: (count) => `${count} masalah dalam data; peristiwa yang bermasalah tidak ditampilkan:`,
  noEvents: 'Tidak ada peristiwa untuk ditampilkan.',
  loading: 'Memuat linimasa…',
  retry: 'Coba lagi',
  hosting: 'Cara mengizinkan situs lain memakainya',
  failed: 'Linimasa tidak dapat dimuat.',
  hint: 'Pilih peristiwa untuk membaca apa kata artikel.'
};
