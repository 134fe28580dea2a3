/**
 * The headers the site ships for hosts that read `_headers` (static/_headers), read as those hosts
 * read them (scripts/headers.mjs, which the preview server uses too): every file a blog on another site
 * loads is allowed to it, and each is cached as its name allows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';

const rules = parseHeaders(readFileSync(new URL('../../static/_headers', import.meta.url), 'utf8'));
/** What another site's page loads from the embed's folder: the script, its chunks, the data, the texts. */
const CROSS_ORIGIN = [
  '/embed/news-timeline.js',
  '/embed/resize.js',
  '/embed/chunks/DetailPanel-MNNY28JQ.js',
  '/embed/timeline.json',
  '/embed/sources/2019-04-25-cnn-indonesia.txt'
];

describe('the _headers file', () => {
  it('lets any site read every file the element loads', () => {
    for (const path of CROSS_ORIGIN) {
      expect(headersFor(rules, path)['access-control-allow-origin'], path).toBe('*');
    }
  });

  it('keeps hashed chunks for a year and makes browsers ask again for the entry and the data', () => {
    expect(headersFor(rules, '/embed/chunks/id-D1WANEiF.js')['cache-control']).toMatch(/immutable/);
    for (const path of CROSS_ORIGIN.filter((p) => !p.includes('/chunks/'))) {
      expect(headersFor(rules, path)['cache-control'], path).toMatch(/max-age=0, must-revalidate/);
    }
  });

  it('gives no file two rules, whose values a host would join', () => {
    for (const path of [...CROSS_ORIGIN, '/_app/immutable/entry/start.js', '/index.html']) {
      expect(rules.filter((rule) => rule.pattern.test(path)).length, path).toBeLessThanOrEqual(1);
    }
  });

  it('allows nothing to the site’s own pages that they do not need', () => {
    expect(headersFor(rules, '/make/')).toEqual({});
    expect(headersFor(rules, '/embed/')).toEqual({});
  });

  it('reads placeholders and splats as the hosts do, and names the line it cannot read', () => {
    const read = parseHeaders('/a/:id/*\n  X-One: 1\n');
    expect(headersFor(read, '/a/b/c/d')).toEqual({ 'x-one': '1' });
    expect(headersFor(read, '/a/')).toEqual({});
    expect(() => parseHeaders('/a\n  no colon here\n', 'static/_headers')).toThrow(
      'static/_headers: line 2: expected "Name: value" under a path'
    );
  });
});
