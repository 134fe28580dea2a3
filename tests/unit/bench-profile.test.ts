/** The start profile's arithmetic (bench/profile-analysis.ts): the waterfall, the categories, source maps. */
import { describe, expect, it } from 'vitest';
import {
  breakdownText,
  categorize,
  decodeMappings,
  sampleCategory,
  sourceAt,
  waitedFor,
  waterfallText,
  type ProfileNode,
  type Request
} from '../../bench/profile-analysis';

const request = (url: string, start: number, end: number): Request => ({
  url: `http://127.0.0.1:1/profile/100/${url}`,
  initiator: 'script',
  start,
  firstByte: end - 1,
  end,
  bytes: 2048
});

describe('the waterfall', () => {
  const page = request('own.html', 0, 100);
  const entry = request('news-timeline.js', 110, 300);
  const shared = request('chunks/esm.js', 320, 400);
  const data = request('data.json', 420, 600);
  const validator = request('chunks/validate.js', 425, 500);
  const all = [page, entry, shared, data, validator];

  it('says a request waited for the latest one that had ended when it started', () => {
    expect(waitedFor(shared, all)).toBe(entry);
    expect(waitedFor(data, all)).toBe(shared);
    expect(waitedFor(validator, all)).toBe(shared);
  });

  it('says the first request waited for nothing', () => {
    expect(waitedFor(page, all)).toBeUndefined();
  });

  it('draws a line per request and the first events, with times, sizes and what each waited for', () => {
    const lines = waterfallText(all, 800, 8);
    expect(lines).toHaveLength(6);
    expect(lines[3]).toBe('    ██    data.json (script) 420→599→600 ms, 2.0 KB, after chunks/esm.js');
    expect(lines[0]).toContain('own.html (script) 0→99→100 ms, 2.0 KB, at once');
    expect(lines[5]).toBe('        ▲ first events 800 ms');
  });
});

describe('where the main thread went', () => {
  it('files the source of the running code under what it does', () => {
    expect(categorize('../../node_modules/valibot/dist/index.js')).toBe('validation');
    expect(categorize('../../src/lib/core/layout/lanes.ts')).toBe('layout (lanes, positions, frame)');
    expect(categorize('../../src/lib/core/layout/measure.ts')).toBe('measuring (label widths, fitting)');
    expect(categorize('../../src/lib/core/layout/labels.ts')).toBe('measuring (label widths, fitting)');
    expect(categorize('../../src/lib/components/width.ts')).toBe(
      'measuring (clientWidth: forced style and layout)'
    );
    expect(categorize('../../src/lib/data/load.ts')).toBe('reading (load, decode, sniff, read)');
    expect(categorize('../../node_modules/svelte/src/internal/client/runtime.js')).toBe(
      'Svelte runtime (effects, DOM)'
    );
    expect(categorize('http://127.0.0.1:1/profile/100/chunks/validate-DJ56AOtZ.js')).toBe('validation');
    expect(categorize('http://127.0.0.1:1/profile/100/news-timeline.js')).toBe(
      'element code (no source map)'
    );
  });

  const node = (id: number, functionName: string, url = '', parent?: number): ProfileNode => ({
    id,
    parent,
    callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 }
  });
  const nodes = new Map(
    [
      node(1, '(root)'),
      node(2, 'readDataset', 'read.js', 1),
      node(3, 'parse', '', 2),
      node(4, 'push', '', 2),
      node(5, '(garbage collector)', '', 1)
    ].map((n) => [n.id, n])
  );
  const locate = (url: string) => (url === 'read.js' ? '../../src/lib/data/read.ts' : url);

  it('gives JSON.parse and the collector their own categories', () => {
    expect(sampleCategory(nodes.get(3)!, nodes, locate)).toBe('JSON.parse');
    expect(sampleCategory(nodes.get(5)!, nodes, locate)).toBe('garbage collection');
  });

  it('charges other native code to the script that called it', () => {
    expect(sampleCategory(nodes.get(4)!, nodes, locate)).toBe('reading (load, decode, sniff, read)');
  });

  it('lists the categories largest first, with their shares', () => {
    expect(breakdownText({ layout: 25, validation: 75 })).toEqual([
      'validation: 75 ms (75%)',
      'layout: 25 ms (25%)'
    ]);
  });
});

describe('source maps', () => {
  // Line 0: column 0 from source 0, column 10 from source 1; line 1: column 4 from source 1 again (the
  // source index runs on across lines, the column starts over).
  const decoded = decodeMappings('AAAA,UCAA;IAAA');
  const sources = ['a.ts', 'b.ts'];

  it('find the source of a generated position by the nearest segment at or before it', () => {
    expect(decoded).toEqual([
      [
        [0, 0],
        [10, 1]
      ],
      [[4, 1]]
    ]);
    expect(sourceAt(decoded, sources, 0, 5)).toBe('a.ts');
    expect(sourceAt(decoded, sources, 0, 12)).toBe('b.ts');
    expect(sourceAt(decoded, sources, 1, 3)).toBeUndefined();
    expect(sourceAt(decoded, sources, 7, 0)).toBeUndefined();
  });
});
