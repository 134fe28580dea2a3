/**
 * The loader's shortcut for the curated dataset: a dataset whose fingerprint is the one the build
 * computed is taken as validated; any change to it, or to an archived text, means it is validated again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { curatedBundle } from '../../scripts/dataset-files.js';
import { datasetParts, fingerprint, trustedPrints } from '../../src/lib/core/data/fingerprint.js';
import type { LoadError } from '../../src/lib/data/failure.js';
import { fetchEarly, loadDataset } from '../../src/lib/data/load.js';

const curated = await curatedBundle(new URL('../../data/events.json', import.meta.url).pathname);
const BASE = 'https://blog.example/embed/';

/** Serves the dataset at timeline.json and its texts at sources/, as the embed's folder does. */
function serve(json: string, texts: Record<string, string>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: URL | string) => {
      const path = new URL(input).pathname;
      if (path === '/embed/timeline.json') return new Response(json);
      const file = decodeURIComponent(path.replace('/embed/sources/', ''));
      return file in texts ? new Response(texts[file]) : new Response('Not found', { status: 404 });
    })
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fingerprint', () => {
  it('is the same for the same parts and differs when a part changes or parts move', () => {
    expect(fingerprint(['a', 'bc'])).toBe(fingerprint(['a', 'bc']));
    expect(fingerprint(['a', 'bc'])).not.toBe(fingerprint(['ab', 'c']));
    expect(fingerprint(['a', 'bc'])).not.toBe(fingerprint(['a', 'bd']));
    expect(fingerprint(['x'])).toMatch(/^[0-9a-f]{14}$/);
  });

  it('covers the archived texts, by name', () => {
    const one = datasetParts('{}', ['a.txt'], { 'a.txt': 'Kim tiba.' });
    const other = datasetParts('{}', ['a.txt'], { 'a.txt': 'Kim tiba!' });
    expect(fingerprint(one)).not.toBe(fingerprint(other));
  });

  it("keeps the file's own print apart from the one with its texts", () => {
    const one = trustedPrints('{}', ['a.txt'], { 'a.txt': 'Kim tiba.' });
    const other = trustedPrints('{}', ['a.txt'], { 'a.txt': 'Kim tiba!' });
    expect(one.data).toBe(other.data);
    expect(one.whole).not.toBe(other.whole);
  });
});

describe('loading the curated dataset', () => {
  const url = new URL('timeline.json', BASE);

  it('shows the dataset the build validated as it is, before any archived text is fetched', async () => {
    serve(curated.json, curated.texts);
    const result = await loadDataset(url, { trusted: curated.fingerprint });
    expect(result.issues).toEqual([]);
    expect(result.dataset).toEqual(JSON.parse(curated.json));
    expect(result.texts).toEqual({});
    const fetched = vi.mocked(fetch).mock.calls.map(([input]) => new URL(input as string).pathname);
    expect(fetched).toEqual(['/embed/timeline.json']);
  });

  it('fetches the archived texts when they are first wanted, each once', async () => {
    serve(curated.json, curated.texts);
    const result = await loadDataset(url, { trusted: curated.fingerprint });
    const withTexts = await result.later!();
    expect(Object.keys(withTexts.texts).length).toBe(Object.keys(curated.texts).length);
    expect(withTexts.later).toBeUndefined();
    expect(vi.mocked(fetch).mock.calls.length).toBe(1 + Object.keys(curated.texts).length);
  });

  it('gives, once its texts are in, the same result as validating it', async () => {
    serve(curated.json, curated.texts);
    const trusted = await (await loadDataset(url, { trusted: curated.fingerprint })).later!();
    const validated = await loadDataset(url);
    expect({ ...trusted, later: undefined }).toEqual({ ...validated, later: undefined });
  });

  it('validates a copy with a changed quote and leaves its event out', async () => {
    const data = JSON.parse(curated.json) as { events: { id: string; sources: { quote: string }[] }[] };
    // An event outside every episode, so that leaving it out leaves no episode empty.
    const changed = data.events.find((event) => event.id === 'six-party-talks-stall-2009')!;
    changed.sources[0]!.quote += ' and more';
    serve(JSON.stringify(data), curated.texts);
    const result = await loadDataset(url, { trusted: curated.fingerprint });
    expect(result.issues.map((issue) => `${issue.record} ${issue.field}`)).toEqual([
      `event "${changed.id}" sources[0].quote`
    ]);
    expect(result.dataset.events.length).toBe(data.events.length - 1);
  });

  it('validates the dataset when an archived text has changed, once the texts come', async () => {
    const [file, text] = Object.entries(curated.texts)[0]!;
    serve(curated.json, { ...curated.texts, [file]: text.replace(/\S+/g, 'kata') });
    const shown = await loadDataset(url, { trusted: curated.fingerprint });
    const result = await shown.later!();
    expect(result.issues.length).toBeGreaterThan(0);
    // Quotes no longer found; and an episode whose events were all left out says it holds none.
    for (const issue of result.issues) {
      expect(issue.field?.endsWith('.quote') || issue.message.startsWith('holds no event')).toBe(true);
    }
  });

  it('keeps its events when an archived text cannot be fetched, and asks for it again next time', async () => {
    const [file] = Object.keys(curated.texts);
    const texts = { ...curated.texts };
    delete texts[file!];
    serve(curated.json, texts);
    const shown = await loadDataset(url, { trusted: curated.fingerprint });
    const partial = await shown.later!();
    expect(partial.issues).toEqual([]);
    expect(partial.dataset.events.length).toBe(shown.dataset.events.length);
    expect(Object.keys(partial.texts).length).toBeGreaterThan(0);
    // The text is back: the next ask fetches it, and only it, and the texts are all there.
    serve(curated.json, curated.texts);
    const whole = await partial.later!();
    expect(
      vi.mocked(fetch).mock.calls.map(([input]) => decodeURIComponent(new URL(input as string).pathname))
    ).toEqual([`/embed/sources/${file}`]);
    expect(whole.later).toBeUndefined();
    expect(Object.keys(whole.texts).length).toBe(Object.keys(curated.texts).length);
  });

  it('names the line and column of a dataset that is not JSON', async () => {
    serve('{\n  "events": [\n', curated.texts);
    await expect(loadDataset(url)).rejects.toThrow(/timeline\.json: line 3, column 1/);
  });
});

describe('a dataset that cannot be loaded', () => {
  const url = new URL('timeline.json', BASE);
  /** The failure `loadDataset` throws for a server that answers with `respond`. */
  async function failure(respond: () => Response | Promise<Response>, page?: string) {
    vi.stubGlobal('fetch', async () => respond());
    if (page) vi.stubGlobal('location', new URL(page));
    try {
      await loadDataset(url);
      return undefined;
    } catch (error) {
      return (error as LoadError).failure;
    }
  }

  it('names the URL and the kind: network on this origin, CORS from another', async () => {
    const dropped = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await failure(dropped, 'https://blog.example/post/')).toEqual({ kind: 'network', name: url.href });
    expect(await failure(dropped, 'https://other.example/post/')).toEqual({ kind: 'cors', name: url.href });
  });

  it('names the status', async () => {
    expect(await failure(() => new Response('Not found', { status: 404 }))).toEqual({
      kind: 'status',
      name: url.href,
      status: 404
    });
  });

  it('tells a web page by its content type, or by its first tag when the type says nothing', async () => {
    const page = '<!doctype html><html><body>Home</body></html>';
    const html = { headers: { 'content-type': 'text/html; charset=utf-8' } };
    expect(await failure(() => new Response('{"events": []}', html))).toEqual({
      kind: 'html',
      name: url.href
    });
    expect(await failure(() => new Response(page))).toEqual({ kind: 'html', name: 'timeline.json' });
  });

  it('stops reading a body past the limit, declared or not', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('x'.repeat(2000), { headers: { 'content-length': '2000' } })
    );
    await expect(loadDataset(url, { maxBytes: 1000 })).rejects.toMatchObject({
      failure: { kind: 'too-large', bytes: 2000, limit: 1000 }
    });
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(600));
      }
    });
    vi.stubGlobal('fetch', async () => new Response(stream));
    await expect(loadDataset(url, { maxBytes: 1000 })).rejects.toMatchObject({
      failure: { kind: 'too-large', limit: 1000 }
    });
  });

  it('reads a dataset saved as UTF-16 with its mark', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(curated.json, 'utf16le')]);
    serve(curated.json, curated.texts);
    vi.stubGlobal('fetch', async (input: URL | string) => {
      const path = new URL(input).pathname;
      if (path === '/embed/timeline.json') return new Response(utf16);
      const file = decodeURIComponent(path.replace('/embed/sources/', ''));
      return new Response(curated.texts[file]);
    });
    const result = await loadDataset(url);
    expect(result.issues).toEqual([]);
    expect(result.dataset.events.length).toBe(JSON.parse(curated.json).events.length);
  });

  it("takes a host's web page in place of an archived text for a text that is missing", async () => {
    vi.stubGlobal('fetch', async (input: URL | string) =>
      new URL(input).pathname === '/embed/timeline.json'
        ? new Response(curated.json)
        : new Response('<!DOCTYPE html><html>Home</html>', { headers: { 'content-type': 'text/html' } })
    );
    const result = await loadDataset(url);
    const unread = result.issues.filter((issue) => issue.field === 'file');
    expect(unread.length).toBe(Object.keys(curated.texts).length);
    expect(unread[0]!.message).toMatch(/^names an archived text that could not be read/);
    // Never read as the article, with every quote "not found" in the host's page.
    expect(result.issues.some((issue) => issue.message.includes('is not found in source'))).toBe(false);
  });
});

describe('a request started before the loader asks (fetchEarly, as the element connects)', () => {
  const url = new URL('timeline.json', BASE);
  /** The embed's folder, as `serve` has it, with the data's answer replaced while `data` says so. */
  function serveCounting(data?: () => Promise<Response>) {
    const requests: string[] = [];
    const answers = {
      data: data ?? (async () => new Response(curated.json))
    };
    vi.stubGlobal('fetch', async (input: URL | string) => {
      const path = new URL(input).pathname;
      requests.push(path);
      if (path === '/embed/timeline.json') return answers.data();
      const file = decodeURIComponent(path.replace('/embed/sources/', ''));
      return new Response(curated.texts[file]);
    });
    const dataRequests = () => requests.filter((path) => path === '/embed/timeline.json').length;
    return { answers, dataRequests };
  }
  const events = JSON.parse(curated.json).events.length;

  it('is taken by the first load of its URL, and a later load fetches again', async () => {
    const { dataRequests } = serveCounting();
    fetchEarly(url);
    fetchEarly(url);
    expect(dataRequests()).toBe(1);
    const first = await loadDataset(url);
    expect(first.issues).toEqual([]);
    expect(first.dataset.events.length).toBe(events);
    expect(dataRequests()).toBe(1);
    await loadDataset(url);
    expect(dataRequests()).toBe(2);
  });

  it('fails the load that takes it as a fetch of its own would, and the retry asks the network again', async () => {
    const { answers, dataRequests } = serveCounting(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('location', new URL('https://blog.example/post/'));
    fetchEarly(url);
    await expect(loadDataset(url)).rejects.toMatchObject({ failure: { kind: 'network', name: url.href } });
    answers.data = async () => new Response(curated.json);
    const retried = await loadDataset(url);
    expect(retried.dataset.events.length).toBe(events);
    expect(dataRequests()).toBe(2);
  });

  it('is let go by a load whose signal was aborted while it was on its way', async () => {
    serveCounting();
    fetchEarly(url);
    const controller = new AbortController();
    const loading = loadDataset(url, { signal: controller.signal });
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
