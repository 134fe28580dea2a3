/**
 * The state a URL fragment carries: `#event=<id>&lang=id` on the page, `#<key>=<id>` for an element with
 * `deep-link="<key>"`. Read and written here only, so every host agrees; writing keeps the fragment's
 * other keys (another timeline's, the host page's own).
 */
import { isLocale, type Locale } from './time/dates.js';

export interface UrlState {
  event?: string;
  lang?: Locale;
}

export interface UrlStateKeys {
  /** The key of the open event: `event` by default. */
  event?: string;
  /** The key of the language, or null where the fragment does not carry it (an element). */
  lang?: string | null;
  /** The language left out of the fragment. */
  defaultLang?: Locale;
}

/**
 * readUrlState('#event=kim-departs&lang=id') → { event: 'kim-departs', lang: 'id' }
 * readUrlState('#a=x&b=y', { event: 'b', lang: null }) → { event: 'y' }
 */
export function readUrlState(hash: string, keys: UrlStateKeys = {}): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = {};
  const event = params.get(keys.event ?? 'event');
  if (event) state.event = event;
  const langKey = keys.lang === undefined ? 'lang' : keys.lang;
  const lang = langKey === null ? null : params.get(langKey);
  if (isLocale(lang)) state.lang = lang;
  return state;
}

/**
 * The fragment with `state` written into it: '' when nothing is left (the default language is left out).
 *
 * writeUrlState('#other=1', { event: 'a', lang: 'en' }) → '#other=1&event=a'
 */
export function writeUrlState(hash: string, state: UrlState, keys: UrlStateKeys = {}): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const eventKey = keys.event ?? 'event';
  if (state.event) params.set(eventKey, state.event);
  else params.delete(eventKey);
  const langKey = keys.lang === undefined ? 'lang' : keys.lang;
  if (langKey !== null) {
    if (state.lang && state.lang !== (keys.defaultLang ?? 'en')) params.set(langKey, state.lang);
    else params.delete(langKey);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
