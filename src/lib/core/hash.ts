/**
 * The state a URL fragment carries: `#event=<id>&lang=id`. Parsed and written here so the page and the
 * embed agree, and so nothing else reads `location.hash` by hand.
 */
import { LOCALES, type Locale } from './dates.js';

export interface HashState {
  event?: string;
  lang?: Locale;
}

/**
 * parseHash('#event=kim-departs&lang=id') → { event: 'kim-departs', lang: 'id' }
 */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = {};
  const event = params.get('event');
  if (event) state.event = event;
  const lang = params.get('lang');
  if (lang && (LOCALES as readonly string[]).includes(lang)) state.lang = lang as Locale;
  return state;
}

/**
 * formatHash({ event: 'a', lang: 'en' }, 'en') → '#event=a' (the default language is left out)
 */
export function formatHash(state: HashState, defaultLang: Locale = 'en'): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.lang && state.lang !== defaultLang) params.set('lang', state.lang);
  const text = params.toString();
  return text ? `#${text}` : '';
}
