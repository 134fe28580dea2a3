import { describe, expect, it } from 'vitest';
import { LIMITS, nested, quoteLines, shareImageText, shareImageTree } from '../../src/lib/core/share-image';
import { cutAtWord, shareMeta, sharePath, shareUrl, siteRoot } from '../../src/lib/core/share';
import { sitemapXml } from '../../src/lib/core/sitemap';

const input = {
  root: 'https://example.org/timeline/',
  id: 'hanoi-summit-2019',
  locale: 'en' as const,
  title: 'Second Kim–Trump summit in Hanoi',
  date: 'about February 2019',
  summary: 'Kim Jong Un and US President Donald Trump held a summit in Hanoi.',
  siteName: 'North Korea–Russia summit diplomacy'
};

/** The content of a meta tag by its property or name. */
function tag(meta: ReturnType<typeof shareMeta>, key: string): string | undefined {
  return meta.tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;
}

describe('an event page’s address', () => {
  it('is event/<id>/ in English and id/event/<id>/ in Indonesian', () => {
    expect(sharePath('hanoi', 'en')).toBe('event/hanoi/');
    expect(sharePath('hanoi', 'id')).toBe('id/event/hanoi/');
  });

  it('stays under a site served from a folder, with or without its final slash', () => {
    expect(shareUrl('https://example.org/timeline/', 'hanoi', 'id')).toBe(
      'https://example.org/timeline/id/event/hanoi/'
    );
    expect(shareUrl('https://example.org/timeline', 'hanoi', 'en')).toBe(
      'https://example.org/timeline/event/hanoi/'
    );
  });
});

describe('cutting a text at a word', () => {
  it('leaves a text that fits as it is, its runs of spaces made one', () => {
    expect(cutAtWord('Kim  arrives\nin Vladivostok', 40)).toBe('Kim arrives in Vladivostok');
  });

  it('cuts a longer one after its last whole word, with an ellipsis, never longer than asked', () => {
    const cut = cutAtWord('Kim arrives in Vladivostok by armoured train', 20);
    expect(cut).toBe('Kim arrives in…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('leaves no comma or dash hanging before the ellipsis', () => {
    expect(cutAtWord('Talks in Hanoi, then – silence for months', 17)).toBe('Talks in Hanoi…');
  });

  it('cuts inside a single word only when that word alone is too long', () => {
    expect(cutAtWord('Denuklirisasi', 6)).toBe('Denuk…');
  });
});

describe('the head of an event page', () => {
  const meta = shareMeta(input);

  it('names its canonical address, the same as og:url', () => {
    expect(meta.canonical).toBe('https://example.org/timeline/event/hanoi-summit-2019/');
    expect(tag(meta, 'og:url')).toBe(meta.canonical);
  });

  it('points og:image and twitter:image at the 1200×630 PNG beside the page', () => {
    expect(tag(meta, 'og:image')).toBe('https://example.org/timeline/event/hanoi-summit-2019/share.png');
    expect(tag(meta, 'twitter:image')).toBe(tag(meta, 'og:image'));
    expect([tag(meta, 'og:image:width'), tag(meta, 'og:image:height')]).toEqual(['1200', '630']);
  });

  it('asks for the large card, and says it is an article in British English with Indonesian beside it', () => {
    expect(tag(meta, 'twitter:card')).toBe('summary_large_image');
    expect(tag(meta, 'og:type')).toBe('article');
    expect(tag(meta, 'og:locale')).toBe('en_GB');
    expect(tag(meta, 'og:locale:alternate')).toBe('id_ID');
  });

  it('describes the event by its date, capitalised, then its summary', () => {
    expect(meta.description).toBe(
      'About February 2019. Kim Jong Un and US President Donald Trump held a summit in Hanoi.'
    );
    expect(tag(meta, 'og:description')).toBe(meta.description);
  });

  it('keeps a long description under 200 characters, cut at a word', () => {
    const long = shareMeta({ ...input, summary: 'word '.repeat(80) });
    expect(long.description.length).toBeLessThanOrEqual(200);
    expect(long.description).toMatch(/ word…$/);
  });

  it('links both languages as alternates, English as the default, from either page', () => {
    const indonesian = shareMeta({ ...input, locale: 'id' });
    expect(indonesian.canonical).toBe('https://example.org/timeline/id/event/hanoi-summit-2019/');
    expect(indonesian.alternates).toEqual(meta.alternates);
    expect(meta.alternates).toEqual([
      { hreflang: 'en', href: 'https://example.org/timeline/event/hanoi-summit-2019/' },
      { hreflang: 'id', href: 'https://example.org/timeline/id/event/hanoi-summit-2019/' },
      { hreflang: 'x-default', href: 'https://example.org/timeline/event/hanoi-summit-2019/' }
    ]);
  });
});

describe('the site’s address from SITE_URL', () => {
  it('falls back to the default when SITE_URL is unset or blank', () => {
    expect(siteRoot(undefined, 'http://localhost:4173/')).toBe('http://localhost:4173/');
    expect(siteRoot('  ', 'http://localhost:4173/')).toBe('http://localhost:4173/');
  });

  it('ends a folder with a slash, so that pages stay inside it', () => {
    expect(siteRoot('https://example.org/timeline', 'x')).toBe('https://example.org/timeline/');
  });

  it('refuses what is not an absolute http(s) address, naming SITE_URL and the value', () => {
    expect(() => siteRoot('example.org', 'x')).toThrow('SITE_URL: "example.org" is not an absolute URL');
    expect(() => siteRoot('ftp://example.org/', 'x')).toThrow('SITE_URL: "ftp://example.org/" must start');
    expect(() => siteRoot('https://example.org/?a=1', 'x')).toThrow('must have no ?query');
  });
});

describe('the share image’s words', () => {
  const text = shareImageText({
    site: 'North Korea–Russia summit diplomacy, 2002–2023',
    date: '25 April 2019',
    title: 'Kim and Putin meet on Russky Island',
    quote: '“Stable,” Ushakov said.',
    outlet: 'Kompas',
    published: '26 April 2019'
  });

  it('puts the first quote in quotation marks, its own marks made single', () => {
    expect(text.quote).toBe('“‘Stable,’ Ushakov said.”');
    expect(nested('He said "yes" twice')).toBe('He said ‘yes’ twice');
  });

  it('names the outlet and when it published under the quote', () => {
    expect(text.attribution).toBe('— Kompas, 26 April 2019');
  });

  it("says when the quote is the editors' translation, not the outlet's words", () => {
    const translated = shareImageText({
      site: 'S',
      date: '2019',
      title: 'T',
      quote: 'Kim arrived.',
      outlet: 'Kompas',
      published: '26 April 2019',
      translated: 'translated from Indonesian'
    });
    expect(translated.attribution).toBe('— Kompas, 26 April 2019 (translated from Indonesian)');
  });

  it('has no quote or attribution for an event without a source', () => {
    const bare = shareImageText({ site: 'S', date: '2002', title: 'T' });
    expect([bare.quote, bare.attribution]).toEqual([null, null]);
  });

  it('cuts a long title at a word to what three lines hold', () => {
    const long = shareImageText({ site: 'S', date: '2002', title: 'Summit talks '.repeat(20) });
    expect(long.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(long.title).toMatch(/(talks|Summit)…$/);
  });

  it('gives the quote four lines beside a short title and three beside a long one', () => {
    expect(quoteLines('Kim and Putin meet')).toBe(4);
    expect(quoteLines('x'.repeat(80))).toBe(3);
    const quote = 'word '.repeat(100);
    const short = shareImageText({ site: 'S', date: 'D', title: 'Short', quote });
    const long = shareImageText({ site: 'S', date: 'D', title: 'y '.repeat(45), quote });
    expect(short.quote!.length).toBeLessThanOrEqual(4 * LIMITS.quoteLine + 2);
    expect(long.quote!.length).toBeLessThanOrEqual(3 * LIMITS.quoteLine + 2);
    expect(long.quote).toMatch(/word…”$/);
  });

  it('lays the card out at 1200×630, in the font it is given', () => {
    const tree = shareImageTree(text, 'Noto Sans');
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630, fontFamily: 'Noto Sans' });
    expect(JSON.stringify(tree)).toContain('Kim and Putin meet on Russky Island');
  });
});

describe('the sitemap', () => {
  const xml = sitemapXml('https://example.org/', ['hanoi', 'a&b']);

  it('lists the front page and every event’s page in both languages', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.org/',
      'https://example.org/event/hanoi/',
      'https://example.org/id/event/hanoi/',
      'https://example.org/event/a%26b/',
      'https://example.org/id/event/a%26b/'
    ]);
  });

  it('names each page’s other language as an alternate', () => {
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="id" href="https://example.org/id/event/hanoi/"/>'
    );
  });

  it('is XML a parser accepts: declared, namespaced, nothing unescaped', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns=')).toBe(true);
    expect(xml).not.toMatch(/&(?!#\d+;|amp;|lt;|gt;|quot;|apos;)/);
  });
});
