/**
 * Plain text from the HTML of TimelineJS's fields. Nothing is ever parsed as HTML: tags are dropped,
 * paragraph and line breaks kept as line breaks, entities decoded. One pass with `indexOf`, never a
 * regular expression over the whole field: `/<[^>]*>/g` takes quadratic time on a field of many `<`
 * and no `>`, which a hostile file can hold.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** One entity's text, or the entity as it is when it names nothing (or names a prototype's key). */
function entity(whole: string, code: string): string {
  if (code[0] !== '#') {
    const name = code.toLowerCase();
    return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
  }
  const point =
    code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
  const surrogate = point >= 0xd800 && point <= 0xdfff;
  return point > 0 && point <= 0x10ffff && !surrogate ? String.fromCodePoint(point) : whole;
}

/**
 * htmlToText('<p>One</p> <p>Two &amp; three</p>') → 'One\n\nTwo & three'
 */
export function htmlToText(html: string): string {
  let text = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    const close = open === -1 ? -1 : html.indexOf('>', open + 1);
    // No tag left: a `<` never closed is text, as a browser shows it.
    if (close === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, open);
    const tag = html
      .slice(open + 1, close)
      .trim()
      .toLowerCase();
    i = close + 1;
    if (/^br\s*\/?$/.test(tag)) text += '\n';
    else if (tag === '/p') {
      // A paragraph followed by another is a blank line between them.
      let next = i;
      while (next < html.length && /\s/.test(html[next]!)) next++;
      const end = html[next] === '<' && /p/i.test(html[next + 1] ?? '') ? html.indexOf('>', next) : -1;
      if (end !== -1) {
        text += '\n\n';
        i = end + 1;
      }
    }
  }
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, entity).trim();
}
