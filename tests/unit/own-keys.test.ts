/**
 * Keys come from data, so no record level may take a name for known because an object inherits it:
 * `__proto__`, `constructor` and `toString` are unknown fields at every level of the project's JSON,
 * in a sources file, in a CSV header and in every TimelineJS object, each named at its place. And a
 * name from the data used as a lookup key ("constructor" as a source id or a file name) finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/core/data/issue';
import { readDataset } from '../../src/lib/data/read';

const INHERITED = ['__proto__', 'constructor', 'toString'] as const;

function dataset() {
  return {
    sources: [
      {
        id: 's',
        outlet: 'Outlet',
        title: 'Title',
        language: 'id',
        published: { date: '2019-04-24', derivation: 'given' }
      }
    ],
    events: [
      {
        id: 'a',
        start: '2019-04-25',
        dateDerivation: { en: 'Thursday' },
        title: { en: 'A' },
        summary: { en: 'B' },
        category: 'summit',
        place: { name: 'Vladivostok' },
        sources: [{ source: 's', quote: 'q', translation: 't' }],
        notes: [{ kind: 'ambiguity', text: { en: 'N' } }]
      }
    ]
  };
}

/** The JSON of `data` with `key` added to the object at `path` as an own field, as JSON.parse makes it. */
function withKey(data: object, path: (string | number)[], key: string): string {
  let target: Record<string | number, unknown> = data as Record<string, unknown>;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value: 1, enumerable: true, configurable: true, writable: true });
  return JSON.stringify(data);
}

/** Every message of reading `text`, issues and notices. */
async function messages(text: string, name = 'd.json') {
  const result = await readDataset(text, { name });
  return [...result.issues, ...result.notices].map(formatIssue);
}

describe.each(INHERITED)('the inherited name %s', (key) => {
  it.each([
    ['the top level', [], `d.json: ${key} is not a known field`],
    ['an event', ['events', 0], `d.json: event "a": ${key} is not a known field`],
    ['a citation', ['events', 0, 'sources', 0], `d.json: event "a": sources[0].${key} is not a known field`],
    ['a note', ['events', 0, 'notes', 0], `d.json: event "a": notes[0].${key} is not a known field`],
    ['a place', ['events', 0, 'place'], `d.json: event "a": place.${key} is not a known field`],
    ['a text', ['events', 0, 'title'], `d.json: event "a": title.${key} is not a known field`],
    [
      'a date derivation',
      ['events', 0, 'dateDerivation'],
      `d.json: event "a": dateDerivation.${key} is not a known field`
    ],
    ['a source', ['sources', 0], `d.json: source "s": ${key} is not a known field`],
    [
      'a publication date',
      ['sources', 0, 'published'],
      `d.json: source "s": published.${key} is not a known field`
    ]
  ] as const)('is an unknown field in %s', async (_, path, message) => {
    expect(await messages(withKey(dataset(), [...path], key))).toContain(message);
  });

  it('is an unknown field at the top of a sources file', async () => {
    const { sources, events } = dataset();
    const result = await readDataset(JSON.stringify({ events }), {
      name: 'events.json',
      readSources: async () => ({ file: 'sources.json', text: withKey({ sources }, [], key) })
    });
    expect(result.issues.map(formatIssue)).toContain(`sources.json: ${key} is not a known field`);
  });

  it('is an unknown column in a CSV header', async () => {
    const csv = `id,start,title,summary,category,source,quote,translation,${key}\na,2019,T,S,summit,s,q,t,x\n`;
    expect(await messages(csv, 'd.csv')).toContain(
      `d.csv: line 1: ${key.toLowerCase()} is not a known column`
    );
  });

  it.each([
    ['the timeline', [], `t.json: ${key} is not a known TimelineJS field`],
    ['a slide', ['events', 0], `t.json: slide 1: ${key} is not a known TimelineJS field`],
    ['a slide text', ['events', 0, 'text'], `t.json: slide 1: text.${key} is not a known TimelineJS field`],
    [
      'a slide date',
      ['events', 0, 'start_date'],
      `t.json: slide 1: start_date.${key} is not a known TimelineJS field`
    ],
    [
      'a slide media',
      ['events', 0, 'media'],
      `t.json: slide 1: media.${key} is not a known TimelineJS field`
    ],
    ['the title slide', ['title'], `t.json: title slide: ${key} is not a known TimelineJS field`]
  ] as const)('is an unknown field in %s of a TimelineJS file', async (_, path, message) => {
    const timeline = {
      title: { text: { headline: 'T' } },
      events: [{ start_date: { year: 2019 }, text: { headline: 'H', text: 'X' }, media: { credit: 'C' } }]
    };
    expect(await messages(withKey(timeline, [...path], key), 't.json')).toContain(message);
  });
});

describe('a name from the data used as a key', () => {
  it('"constructor" as an archived text file name is a text that was not given, never a function', async () => {
    const data = dataset();
    Object.assign(data.sources[0]!, { file: 'constructor' });
    const result = await readDataset(JSON.stringify(data), { name: 'd.json' });
    expect(result.dataset.events).toHaveLength(1);
    expect(result.absentTexts).toEqual(['constructor']);
    expect(result.texts).toEqual({});
  });

  it('"constructor" as a source id has no archived text', async () => {
    const data = dataset();
    data.sources[0]!.id = 'constructor';
    data.events[0]!.sources[0]!.source = 'constructor';
    const result = await readDataset(JSON.stringify(data), { name: 'd.json' });
    expect(Object.hasOwn(result.texts, 'constructor')).toBe(false);
    expect(result.issues).toEqual([]);
  });
});
