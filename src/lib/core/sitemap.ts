/**
 * The sitemap: the site's front page and every event's page in both languages, each with its other
 * language as an alternate, so a search engine finds the pages no link on the front page leads to
 * without scripts.
 */
import { LOCALES } from './time/dates.js';
import { shareUrl } from './share.js';

/** Text for XML: the five characters XML reserves, escaped. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * sitemapXml('https://example.org/', ['hanoi']) → a <urlset> with https://example.org/,
 * …/event/hanoi/ and …/id/event/hanoi/
 */
export function sitemapXml(root: string, ids: readonly string[]): string {
  const entry = (loc: string, alternates: string) =>
    `  <url>\n    <loc>${xml(loc)}</loc>\n${alternates}  </url>\n`;
  const pages = ids.flatMap((id) => {
    const links = LOCALES.map(
      (lang) =>
        `    <xhtml:link rel="alternate" hreflang="${lang}" href="${xml(shareUrl(root, id, lang))}"/>\n`
    ).join('');
    return LOCALES.map((lang) => entry(shareUrl(root, id, lang), links));
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    entry(root, '') +
    pages.join('') +
    '</urlset>\n'
  );
}
