/**
 * Quotes in their archived articles: whitespace folded so that line breaks never fail a quote, the
 * closest passage for one that is not found (validation's message), and where a found one stands in the
 * original text, line breaks and all (the panel's highlight).
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where `quote` stands in `text`, whitespace runs matching any whitespace run, or `null`.
 *
 * findQuote('a  b\nc', 'b c') → { start: 3, end: 6 }
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const words = quote
    .trim()
    .split(/[\s\u00a0\u202f\u2007]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('[\\s\\u00a0\\u202f\\u2007]+'));
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Folds runs of whitespace (no-break spaces included) to one space, so line breaks never fail a quote. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007]+/g, ' ').trim();
}

function trigrams(text: string): Set<string> {
  const lower = text.toLowerCase();
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= lower.length; i++) grams.add(lower.slice(i, i + 3));
  return grams;
}

/**
 * The passage of an article most like a quote that was not found in it: runs of one to three
 * consecutive sentences, scored by shared character trigrams (Dice). Fast, and good at the usual
 * mistakes: a fixed typo, changed quotation marks, a word left out.
 *
 * closestPassage('Kim left on Thursday.', 'Kim left on Wednesday. Putin waited.') → 'Kim left on Wednesday.'
 */
export function closestPassage(quote: string, article: string): string {
  const sentences = article
    .split(/\n+/)
    .flatMap((line) => foldWhitespace(line).split(/(?<=[.!?]["”’]?)\s+/))
    .filter((sentence) => sentence.length > 0);
  const target = trigrams(foldWhitespace(quote));
  let best = '';
  let bestScore = -1;
  for (let i = 0; i < sentences.length; i++) {
    let passage = '';
    for (let n = 0; n < 3 && i + n < sentences.length; n++) {
      passage = passage ? `${passage} ${sentences[i + n]}` : sentences[i + n]!;
      const grams = trigrams(passage);
      let shared = 0;
      for (const gram of target) if (grams.has(gram)) shared++;
      const score = (2 * shared) / (target.size + grams.size || 1);
      if (score > bestScore) {
        bestScore = score;
        best = passage;
      }
    }
  }
  return best.length > 240 ? `${best.slice(0, 239)}…` : best;
}
