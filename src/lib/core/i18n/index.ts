/**
 * The interface's words as plain objects: `en` is always at hand, Indonesian is loaded on demand and
 * handed back, never kept in a registry of ours. Components take the words they show as a value.
 */
import type { Locale } from '../time/dates.js';
import type { Text } from '../data/schema.js';
import type { DetailMessages } from './en-details.js';
import { en, type Messages } from './en.js';
import type { FailureWords } from '../../data/failure.js';

export { en, type Messages, type DetailMessages };

/**
 * A dataset text in the reader's language, or in English where it has no Indonesian version, with the
 * language it is actually in (for `lang` attributes).
 *
 * localize({ en: 'Summit' }, 'id') → { text: 'Summit', lang: 'en' }
 */
export function localize(text: Text, locale: Locale): { text: string; lang: Locale } {
  return locale === 'id' && text.id ? { text: text.id, lang: 'id' } : { text: text.en, lang: 'en' };
}

/**
 * A language's words, with dayjs's month names for it: English at once, Indonesian as a chunk of its
 * own (an embed shown in English never downloads it).
 *
 * await loadMessages('id') → the Indonesian words
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return locale === 'id' ? (await import('./id.js')).id : en;
}

/**
 * The words of an open event in a language: a chunk of their own, fetched with the details' chunk.
 *
 * await loadDetailWords('id') → the Indonesian words of the drawer, the quotes and the notes
 */
export async function loadDetailWords(locale: Locale): Promise<DetailMessages> {
  return locale === 'id'
    ? (await import('./id-details.js')).idDetails
    : (await import('./en-details.js')).enDetails;
}

/**
 * Why a dataset cannot be shown, in a language: a chunk of its own per language, fetched only when a
 * dataset fails, so that no embed carries these sentences to its first events.
 *
 * await loadFailureWords('id') → the Indonesian failure sentences
 */
export async function loadFailureWords(locale: Locale): Promise<FailureWords> {
  return locale === 'id'
    ? (await import('./failures-id.js')).failuresId
    : (await import('./failures-en.js')).failuresEn;
}
