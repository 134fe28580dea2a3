/**
 * The README's hosting section as the site's /hosting/ page: the little Markdown it is written in,
 * rendered with every character of the text escaped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inline, markdown, section } from '../../src/site/markdown.js';

describe('markdown', () => {
  it('renders headings, paragraphs joined across lines, and inline code, bold and links', () => {
    expect(markdown('# Title\n\nOne line\nand the next, `code` and **bold** [here](/hosting/).')).toBe(
      '<h1>Title</h1>\n<p>One line and the next, <code>code</code> and <strong>bold</strong> <a href="/hosting/">here</a>.</p>'
    );
  });

  it('escapes every character that could become markup, in code too', () => {
    expect(inline('<script>alert(1)</script> `<b>` "x"')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <code>&lt;b&gt;</code> &quot;x&quot;'
    );
  });

  it('keeps a link only to the web or a page of this site, not to a section of the README', () => {
    expect(inline('[a](javascript:alert) [b](https://x.example/) [c](/hosting/) [d](#size)')).toBe(
      'a <a href="https://x.example/">b</a> <a href="/hosting/">c</a> d'
    );
  });

  it('renders a table, and a list whose item holds a fenced block', () => {
    expect(markdown('| a | b |\n| - | - |\n| `1` | 2 |')).toBe(
      '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>1</code></td><td>2</td></tr></tbody></table>'
    );
    expect(markdown('- one\n- two:\n\n  ```nginx\n  a { b }\n  ```\n\n- three')).toBe(
      '<ul><li><p>one</p></li><li><p>two:</p>\n<pre><code class="language-nginx">a { b }</code></pre></li><li><p>three</p></li></ul>'
    );
  });

  it("takes one section of the README, up to the next heading of its level, and names one that isn't there", () => {
    expect(section('# A\n## B\ntext\n### B1\nmore\n## C\nnot this', 'B')).toBe('## B\ntext\n### B1\nmore');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const hosting = markdown(section(readme, 'Hosting the embed'));
    expect(hosting).toContain('Access-Control-Allow-Origin');
    expect(hosting).toContain('<pre><code class="language-nginx">');
    expect(() => section(readme, 'No such section')).toThrow('README.md: no section "No such section"');
  });
});
