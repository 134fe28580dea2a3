/**
 * Where a title's words end, for cutting a label after a whole word. Unicode's word boundaries, as
 * `Intl.Segmenter` finds them; but creating a Segmenter costs 50–80 ms in Chromium on this project's
 * machines, most of what fitting 100 labels took at start (bench/RESULTS.md, "Start profile"). Titles
 * written with spaces in Latin letters (English and Indonesian, the timeline's languages) get the same
 * ends from one regular expression that follows the same rules: letters and digits run together;
 * `.`, `'` and `’` join two letters, and `,`, `;`, `.`, `'` and `’` two digits; nothing else joins.
 * Any other title — another script, a colon or an underscore between letters — goes to the Segmenter,
 * made once, when first needed. tests/unit/words.test.ts holds the two to the same answers.
 */

/** Latin letters, combining marks, digits, spaces and common punctuation, with no `_`. */
const PLAIN = /^[\p{Script=Latin}\p{M}\p{N}\s!-/:-@[-^`{-~\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/u;
/** A colon or middle dot between letters joins them (a Segmenter rule left to the Segmenter). */
const LETTER_JOIN = /\p{L}\p{M}*[:\u00b7]\p{L}/u;
const WORD =
  /[\p{L}\p{N}]\p{M}*(?:[\p{L}\p{N}]\p{M}*|(?<=\p{L}\p{M}*)['.\u2019](?=\p{L})|(?<=\p{N})[,;'.\u2019](?=\p{N}))*/gu;

let segmenters: Map<string, Intl.Segmenter> | undefined;

/**
 * The offsets just after each word of `text`.
 *
 * wordEnds("Kim's train, 18:00") → [5, 11, 15, 18]
 */
export function wordEnds(text: string, locale = 'en'): number[] {
  if (PLAIN.test(text) && !LETTER_JOIN.test(text)) {
    return Array.from(text.matchAll(WORD), (match) => match.index + match[0].length);
  }
  segmenters ??= new Map();
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  const ends: number[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) ends.push(segment.index + segment.segment.length);
  }
  return ends;
}
