/**
 * Text made safe to write into HTML, in an attribute's double quotes or between tags: the snippets a
 * blogger pastes (snippet.ts) and the README's section the site renders (src/site/markdown.ts).
 *
 * escapeHtml('a "b" <c> & d') → 'a &quot;b&quot; &lt;c&gt; &amp; d'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
