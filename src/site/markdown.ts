/**
 * The little Markdown the README's "Hosting the embed" section is written in, as HTML, for the site's
 * `/hosting/` page: headings, paragraphs, lists, tables, fenced code, and inline code, bold and links.
 * The README stays the one place those instructions are written. Runs at build time only, on our own
 * text; every character of it is escaped before any tag is added, and a link is kept only for http(s)
 * or an address on this site (an anchor in the README, `#size`, names a section the page does not have).
 */

import { escapeHtml as escape } from '../lib/core/html.js';

/** inline('`a` and **b**') → '<code>a</code> and <strong>b</strong>' */
export function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
        return `<code>${escape(part.slice(1, -1))}</code>`;
      }
      return escape(part)
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) =>
          /^(https?:\/\/|\/)/.test(href) ? `<a href="${href}">${label}</a>` : label
        );
    })
    .join('');
}

/** The cells of a table row: `| a | b |` → ['a', 'b']. */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/**
 * Markdown to HTML, for the subset above.
 *
 * markdown('## Hosting\n\nPut `embed/` on your site.') → '<h2>Hosting</h2>\n<p>Put <code>embed/</code> on your site.</p>'
 */
export function markdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    const fence = /^(\s*)```(\w*)\s*$/.exec(line);
    if (line.trim() === '') {
      i++;
    } else if (fence) {
      const indent = fence[1]!.length;
      const code: string[] = [];
      for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) code.push(lines[i]!.slice(indent));
      i++;
      const language = fence[2] ? ` class="language-${fence[2]}"` : '';
      html.push(`<pre><code${language}>${escape(code.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      html.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
      const [head = [], , ...body] = rows;
      const row = (tag: string, values: string[]) =>
        `<tr>${values.map((value) => `<${tag}>${inline(value)}</${tag}>`).join('')}</tr>`;
      html.push(
        `<table><thead>${row('th', head)}</thead><tbody>${body.map((r) => row('td', r)).join('')}</tbody></table>`
      );
    } else if (/^- /.test(line)) {
      // A list item runs on over its indented lines, a fenced block among them.
      const items: string[] = [];
      while (i < lines.length && /^- /.test(lines[i]!)) {
        const item: string[] = [lines[i]!.slice(2)];
        for (i++; i < lines.length && (/^\s+\S/.test(lines[i]!) || lines[i]!.trim() === ''); i++) {
          if (lines[i]!.trim() === '' && !/^\s+\S/.test(lines[i + 1] ?? '')) break;
          item.push(lines[i]!.replace(/^ {2}/, ''));
        }
        items.push(`<li>${markdown(item.join('\n'))}</li>`);
        while (i < lines.length && lines[i]!.trim() === '' && /^- /.test(lines[i + 1] ?? '')) i++;
      }
      html.push(`<ul>${items.join('')}</ul>`);
    } else {
      const paragraph: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== '' && !/^(```|#|\||- )/.test(lines[i]!.trim()); i++) {
        paragraph.push(lines[i]!.trim());
      }
      html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}

/**
 * One section of a Markdown text, its heading included, up to the next heading of its level or above.
 *
 * section('# A\n## B\ntext\n## C', 'B') → '## B\ntext'
 */
export function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '') === heading);
  if (start === -1) throw new Error(`README.md: no section "${heading}"`);
  const level = lines[start]!.indexOf(' ');
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line) && line.indexOf(' ') <= level);
  return lines
    .slice(start, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}
