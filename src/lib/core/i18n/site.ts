/**
 * The words of the site around the timeline, in English and Indonesian: the page's title, lede and
 * footer, the list view, the embed dialog, the language switch. Apart from en.ts and id.ts, which hold
 * the timeline's own words, so that the embed never carries text it cannot show. The site is shown in
 * both languages, so both load with it.
 */
import type { Locale } from '../time/dates.js';
import { enDetails, type DetailMessages } from './en-details.js';
import { en as timelineEn, type Messages } from './en.js';
import { idDetails } from './id-details.js';
import { id as timelineId } from './id.js';

const en = {
  title: 'North Korea–Russia summit diplomacy, 2002–2023',
  lede: 'Kim Jong Un’s train to Vladivostok in April 2019, his visit of September 2023, and the diplomacy around them, as five Indonesian news articles reported it. Every event links to the words of its sources.',
  language: 'Language',
  listHeading: 'All events',
  listIntro: 'Every event in time order, with the quotes it rests on.',
  showList: 'Show as a list',
  showTimeline: 'Show the timeline',
  embed: 'Embed',
  embedTitle: 'Embed this timeline',
  embedIntro:
    'Paste one of these into your page. Both load everything from this site and nothing from anywhere else.',
  embedElement: 'A script and an element (adapts to your page’s fonts)',
  embedIframe: 'An iframe (sizes itself with the resize script)',
  copy: 'Copy',
  copied: 'Copied',
  shareTitle: 'A link to this event',
  shareIntro: 'Its own page: the event with its quotes, and a preview card where the link is shared.',
  wholeTimeline: 'The whole timeline',
  otherLanguage: 'Baca dalam bahasa Indonesia',
  makeYourOwn: 'Make a timeline of your own from a spreadsheet or a TimelineJS file',
  sourcesHeading: 'The archived articles',
  recordSourcesHeading: 'On the record',
  recordSourcesIntro:
    'Wire reports, official statements and reference works that the claims marked “record” and the notes on the record rest on. They are not archived here; each link is the page the editors read.',
  footer:
    'Quotes are copied verbatim from archived copies of the articles and checked against them by the build. Every sentence of a summary links to the quotes it rests on, or is marked as on the record. Translations are the editors’. Notes mark where an article errs or disagrees with another.'
};

export type PageMessages = typeof en;

const id: PageMessages = {
  title: 'Diplomasi puncak Korea Utara–Rusia, 2002–2023',
  lede: 'Perjalanan kereta Kim Jong Un ke Vladivostok pada April 2019, kunjungannya pada September 2023, dan diplomasi di sekitarnya, sebagaimana diberitakan lima artikel berita Indonesia. Setiap peristiwa terhubung dengan kutipan sumbernya.',
  language: 'Bahasa',
  listHeading: 'Semua peristiwa',
  listIntro: 'Setiap peristiwa menurut urutan waktu, dengan kutipan yang mendasarinya.',
  showList: 'Tampilkan sebagai daftar',
  showTimeline: 'Tampilkan linimasa',
  embed: 'Sematkan',
  embedTitle: 'Sematkan linimasa ini',
  embedIntro:
    'Tempelkan salah satu kode ini ke halaman Anda. Keduanya memuat semuanya dari situs ini dan tidak dari tempat lain.',
  embedElement: 'Skrip dan elemen (mengikuti huruf halaman Anda)',
  embedIframe: 'Iframe (ukurannya diatur oleh skrip resize)',
  copy: 'Salin',
  copied: 'Tersalin',
  shareTitle: 'Tautan ke peristiwa ini',
  shareIntro:
    'Halamannya sendiri: peristiwa dengan kutipannya, dan kartu pratinjau di tempat tautan dibagikan.',
  wholeTimeline: 'Seluruh linimasa',
  otherLanguage: 'Read in English',
  makeYourOwn: 'Buat linimasa Anda sendiri dari spreadsheet atau berkas TimelineJS',
  sourcesHeading: 'Artikel yang diarsipkan',
  recordSourcesHeading: 'Menurut catatan sejarah',
  recordSourcesIntro:
    'Laporan kantor berita, pernyataan resmi, dan karya rujukan yang menjadi dasar kalimat bertanda “catatan” dan catatan sejarah. Sumber ini tidak diarsipkan di sini; setiap tautan adalah halaman yang dibaca redaksi.',
  footer:
    'Kutipan disalin persis dari salinan arsip artikel dan diperiksa terhadapnya saat build. Setiap kalimat ringkasan terhubung dengan kutipan yang mendasarinya, atau ditandai sebagai catatan sejarah. Terjemahan dibuat oleh redaksi. Catatan menandai kesalahan artikel atau perbedaan antarartikel.'
};

export type SiteMessages = Messages & DetailMessages & PageMessages;

const SITE: Record<Locale, SiteMessages> = {
  en: { ...timelineEn, ...enDetails, ...en },
  id: { ...timelineId, ...idDetails, ...id }
};

/** The site's words for a locale, with the timeline's. */
export function siteMessages(locale: Locale): SiteMessages {
  return SITE[locale];
}
