/**
 * The loader's shortcut for the curated dataset: a dataset whose fingerprint is the one the build
 * computed is taken as validated; any change to it, or to an archived text, means it is validated again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { curatedBundle } from '../../scripts/dataset-files.js';
import { datasetParts, fingerprint } from '../../src/lib/core/data/fingerprint.js';
import { loadDataset } from '../../src/lib/data/load.js';

const curated = await curatedBundle(new URL('../../data/events.json', import.meta.url).pathname);
const BASE = 'https://blog.example/embed/';

/** Serves the dataset at timeline.json and its texts at sources/, as the embed's folder does. */
function serve(json: string, texts: Record<string, string>) {
  vi.stubGlobal('fetch', async (input: URL | string) => {
    const path = new URL(input).pathname;
    if (path === '/embed/timeline.json') return new Response(json);
    const file = decodeURIComponent(path.replace('/embed/sources/', ''));
    return file in texts ? new Response(texts[file]) : new Response('Not found', { status: 404 });
  });
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
});

describe('loading the curated dataset', () => {
  const url = new URL('timeline.json', BASE);

  it('takes the dataset the build validated as it is, with every event', async () => {
    serve(curated.json, curated.texts);
    const result = await loadDataset(url, { trusted: curated.fingerprint });
    expect(result.issues).toEqual([]);
    expect(result.dataset).toEqual(JSON.parse(curated.json));
    expect(Object.keys(result.texts).length).toBe(Object.keys(curated.texts).length);
  });

  it('gives the same result as validating it', async () => {
    serve(curated.json, curated.texts);
    const trusted = await loadDataset(url, { trusted: curated.fingerprint });
    const validated = await loadDataset(url);
    expect(trusted).toEqual(validated);
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

  it('validates the dataset when an archived text has changed', async () => {
    const [file, text] = Object.entries(curated.texts)[0]!;
    serve(curated.json, { ...curated.texts, [file]: text.replace(/\S+/g, 'kata') });
    const result = await loadDataset(url, { trusted: curated.fingerprint });
    expect(result.issues.length).toBeGreaterThan(0);
    // Quotes no longer found; and an episode whose events were all left out says it holds none.
    for (const issue of result.issues) {
      expect(issue.field?.endsWith('.quote') || issue.message.startsWith('holds no event')).toBe(true);
    }
  });

  it('validates the dataset when an archived text is missing', async () => {
    const [file] = Object.keys(curated.texts);
    const texts = { ...curated.texts };
    delete texts[file!];
    serve(curated.json, texts);
    const result = await loadDataset(url, { trusted: curated.fingerprint });
    expect(result.issues.length + result.notices.length).toBeGreaterThan(0);
  });

  it('names the line and column of a dataset that is not JSON', async () => {
    serve('{\n  "events": [\n', curated.texts);
    await expect(loadDataset(url)).rejects.toThrow(/timeline\.json: line 3, column 1/);
  });
});
