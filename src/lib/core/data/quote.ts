/**
 * Finding a quote in its archived article, for highlighting: the same whitespace folding as validation,
 * but the answer is an offset range in the original text, line breaks and all.
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
