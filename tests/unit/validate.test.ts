import { describe, expect, it } from 'vitest';
import {
  closestPassage,
  foldWhitespace,
  formatIssue,
  validateDataset
} from '../../src/lib/core/data/validate';

const ARTICLE = [
  'Pemimpin Korea Utara, Kim Jong Un meninggalkan Pyongyang dengan kereta istimewa menuju ke Rusia.',
  'Kim Jong un akan bertemu Putin pada Kamis (25/4)di pelabuhan Vladivostok.',
  'Ikuti\u00a0kami di media sosial.'
].join('\n');

const source = {
  id: 'jurnas-2019-04-24',
  outlet: 'Jurnas.com',
  title: 'Kim Jong-un Bertolak ke Rusia',
  published: { date: '2019-04-24', derivation: 'Rabu (24/4) is reported as past.' },
  language: 'id',
  file: 'jurnas.txt'
};

/** A record source: a wire report the claims and record notes may cite; no archived text. */
const wire = {
  id: 'reuters-2019-04-24',
  kind: 'record',
  outlet: 'Reuters',
  title: 'North Korean leader Kim Jong Un departs for Russia by train on Wednesday: KCNA',
  published: { date: '2019-04-24', derivation: 'The dateline of the report.' },
  language: 'en',
  url: 'https://www.reuters.com/article/example'
};

function event(overrides: Record<string, unknown> = {}) {
  return {
    id: 'kim-departs',
    start: '2019-04-24',
    title: { en: 'Kim leaves Pyongyang', id: 'Kim meninggalkan Pyongyang' },
    claims: [{ en: 'By special train.', id: 'Dengan kereta istimewa.', cites: [0] }],
    category: 'travel',
    sources: [
      {
        source: 'jurnas-2019-04-24',
        quote: 'Kim Jong Un meninggalkan Pyongyang dengan kereta istimewa menuju ke Rusia.',
        translation: 'Kim Jong Un left Pyongyang by special train for Russia.'
      }
    ],
    ...overrides
  };
}

function check(events: unknown[], extra: Record<string, unknown> = {}, texts = { 'jurnas.txt': ARTICLE }) {
  const result = validateDataset({
    file: 'events.json',
    data: { sources: [source, wire], events, ...extra },
    texts
  });
  return { ...result, lines: result.issues.map(formatIssue), notes: result.notices.map(formatIssue) };
}

describe('validateDataset', () => {
  it('accepts a valid event and returns it', () => {
    const { dataset, lines } = check([event()]);
    expect(lines).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(['kim-departs']);
    expect(dataset.sources.map((s) => s.id)).toEqual(['jurnas-2019-04-24', 'reuters-2019-04-24']);
  });

  it('finds a quote whose line breaks and no-break spaces differ from the article', () => {
    const quote =
      'Kim Jong Un meninggalkan\nPyongyang  dengan\u00a0kereta istimewa menuju ke Rusia. Kim Jong un akan';
    const { lines } = check([event({ sources: [{ source: 'jurnas-2019-04-24', quote, translation: 'x' }] })]);
    expect(lines).toEqual([]);
  });

  it.each([
    ['a missing required field', { title: undefined }, 'events.json: event "kim-departs": title is missing'],
    [
      'an unknown field, such as a misspelling',
      { titel: 'x' },
      'events.json: event "kim-departs": titel is not a known field'
    ],
    [
      'an empty text',
      { title: { en: '  ', id: 'x' } },
      'events.json: event "kim-departs": title.en the English text must not be empty'
    ],
    [
      'a category outside the vocabulary',
      { category: 'party' },
      'events.json: event "kim-departs": category a category must be one of summit, travel, statement, report, military, preparation, background'
    ],
    [
      'an id that is not kebab-case',
      { id: 'Kim_Departs' },
      'events.json: event "Kim_Departs": id an id must be kebab-case: lowercase letters and digits joined by hyphens'
    ],
    [
      'a date of the wrong shape',
      { start: '24/4/2019' },
      'events.json: event "kim-departs": start a date must have the shape YYYY, YYYY-MM or YYYY-MM-DD, or be a year alone of up to 12 digits such as -13800000000'
    ],
    [
      'a date that is not in the calendar',
      { start: '2019-02-30' },
      'events.json: event "kim-departs": start is not valid: 2019-02-30 is not a date in the calendar: February 2019 has 28 days'
    ],
    [
      'an end before the start',
      { start: '2019-04-24', end: '2019-04-20' },
      'events.json: event "kim-departs": end "2019-04-20" is before start "2019-04-24"'
    ],
    [
      'an event without sources',
      { sources: [] },
      'events.json: event "kim-departs": sources an event needs at least one source quote'
    ],
    [
      'a citation of a source that does not exist',
      { sources: [{ source: 'bisnis-2019-04-24', quote: 'x', translation: 'x' }] },
      'events.json: event "kim-departs": sources[0].source cites "bisnis-2019-04-24", which is not a known source (known: jurnas-2019-04-24, reuters-2019-04-24)'
    ],
    [
      'a quote that is not in its article, with the closest passage',
      {
        sources: [
          {
            source: 'jurnas-2019-04-24',
            quote: 'Kim Jong Un akan bertemu Putin pada Kamis (25/4) di pelabuhan Vladivostok.',
            translation: 'x'
          }
        ]
      },
      'events.json: event "kim-departs": sources[0].quote is not found in source "jurnas-2019-04-24"; the closest passage is "Kim Jong un akan bertemu Putin pada Kamis (25/4)di pelabuhan Vladivostok."'
    ],
    [
      'a note about a source that does not exist',
      { notes: [{ kind: 'error', source: 'nowhere', text: { en: 'x' } }] },
      'events.json: event "kim-departs": notes[0].source names "nowhere", which is not a known source'
    ],
    [
      'an event with neither claims nor a summary',
      { claims: undefined },
      'events.json: event "kim-departs": claims is missing: give the summary as claims (or as a plain summary)'
    ],
    [
      'a plain summary beside claims',
      { summary: { en: 'By train.' } },
      'events.json: event "kim-departs": summary is given beside claims: the summary shown is the claims joined, so remove it'
    ],
    [
      'a claim that cites nothing',
      { claims: [{ en: 'By special train.' }] },
      'events.json: event "kim-departs": claims[0] cites nothing: give "cites" (the quotes it rests on) or "record" (a record source)'
    ],
    [
      'a claim that cites both quotes and a record source',
      { claims: [{ en: 'By special train.', cites: [0], record: 'reuters-2019-04-24' }] },
      'events.json: event "kim-departs": claims[0] has both "cites" and "record": a claim rests either on quotes or on a record source'
    ],
    [
      'a claim with an empty list of quotes',
      { claims: [{ en: 'By special train.', cites: [] }] },
      'events.json: event "kim-departs": claims[0].cites a claim must cite at least one quote'
    ],
    [
      'a cited quote that does not exist',
      {
        claims: [
          { en: 'By special train.', cites: [0] },
          { en: 'At dawn.', cites: [1] }
        ]
      },
      'events.json: event "kim-departs": claims[1].cites[0] cites sources[1], which does not exist: the event has 1 quote, sources[0]'
    ],
    [
      'a cited quote that does not exist, among several',
      {
        sources: [
          {
            source: 'jurnas-2019-04-24',
            quote: 'Kim Jong Un meninggalkan Pyongyang dengan kereta istimewa menuju ke Rusia.',
            translation: 'Kim Jong Un left Pyongyang by special train for Russia.'
          },
          {
            source: 'jurnas-2019-04-24',
            quote: 'Kim Jong un akan bertemu Putin',
            translation: 'Kim Jong un will meet Putin'
          }
        ],
        claims: [{ en: 'By special train.', cites: [0, 3] }]
      },
      'events.json: event "kim-departs": claims[0].cites[1] cites sources[3], which does not exist: the event has 2 quotes, sources[0] to sources[1]'
    ],
    [
      'a cited quote that is not a whole number',
      { claims: [{ en: 'By special train.', cites: [0.5] }] },
      'events.json: event "kim-departs": claims[0].cites[0] a cited quote must be a whole number'
    ],
    [
      'a record claim whose source is an article',
      { claims: [{ en: 'By special train.', record: 'jurnas-2019-04-24' }] },
      'events.json: event "kim-departs": claims[0].record names "jurnas-2019-04-24", which is an article, not a record source (kind "record")'
    ],
    [
      'a record claim whose source does not exist',
      { claims: [{ en: 'By special train.', record: 'tass-2019-04-24' }] },
      'events.json: event "kim-departs": claims[0].record names "tass-2019-04-24", which is not a known source'
    ],
    [
      'a record note without a record source',
      { notes: [{ kind: 'record', text: { en: 'The train left at dawn.' } }] },
      'events.json: event "kim-departs": notes[0].source is missing: a record note cites a record source (kind "record")'
    ],
    [
      'a record note whose source is an article',
      { notes: [{ kind: 'record', source: 'jurnas-2019-04-24', text: { en: 'The train left at dawn.' } }] },
      'events.json: event "kim-departs": notes[0].source names "jurnas-2019-04-24", which is an article, not a record source (kind "record")'
    ],
    [
      'a quote from a record source',
      {
        sources: [{ source: 'reuters-2019-04-24', quote: 'departed for Russia', translation: 'x' }]
      },
      'events.json: event "kim-departs": sources[0].source cites "reuters-2019-04-24", a record source, which has no words to quote: cite it from a claim\'s "record" or a record note'
    ]
  ])('reports %s, naming file, event and field', (_, overrides, message) => {
    const { dataset, lines } = check([event(overrides)]);
    expect(lines).toEqual([message]);
    expect(dataset.events).toEqual([]);
  });

  it('accepts claims citing quotes and a record source, and a record note citing one', () => {
    const { dataset, lines, notes } = check([
      event({
        claims: [
          { en: 'Kim left by special train.', id: 'Kim berangkat dengan kereta istimewa.', cites: [0] },
          { en: 'KCNA reported it.', id: 'KCNA memberitakannya.', record: 'reuters-2019-04-24' }
        ],
        notes: [{ kind: 'record', source: 'reuters-2019-04-24', text: { en: 'KCNA said so.' } }]
      })
    ]);
    expect(lines).toEqual([]);
    expect(notes).toEqual([]);
    expect(dataset.events).toHaveLength(1);
  });

  it('keeps a plain summary valid, saying it is not sentence-cited', () => {
    const { dataset, lines, notes } = check([
      event({ claims: undefined, summary: { en: 'By special train.', id: 'Dengan kereta istimewa.' } })
    ]);
    expect(lines).toEqual([]);
    expect(notes).toEqual([
      'events.json: event "kim-departs": summary is not sentence-cited: give it as claims, each citing the quotes it rests on'
    ]);
    expect(dataset.events).toHaveLength(1);
  });

  it('refuses a record source that names an archived text', () => {
    const { lines } = check([], { sources: [source, { ...wire, file: 'jurnas.txt' }] });
    expect(lines).toEqual([
      'events.json: source "reuters-2019-04-24": file is given, but a record source has no archived text'
    ]);
  });

  it("checks a source's own record notes, against record sources later in the file", () => {
    const note = (source?: string) => ({
      kind: 'record',
      ...(source ? { source } : {}),
      text: { en: 'The wire was filed on 24 April.' }
    });
    const good = check([], { sources: [{ ...source, notes: [note('reuters-2019-04-24')] }, wire] });
    expect(good.lines).toEqual([]);
    const bad = check([], { sources: [{ ...source, notes: [note()] }, wire] });
    expect(bad.lines).toEqual([
      'events.json: source "jurnas-2019-04-24": notes[0].source is missing: a record note cites a record source (kind "record")'
    ]);
  });

  it('names an event without a usable id by its position', () => {
    const { lines } = check([event(), event({ id: 42 })]);
    expect(lines).toEqual(['events.json: event #2: id an id must be a string']);
  });

  it('reports a repeated id and keeps the first event', () => {
    const { dataset, lines } = check([event(), event({ title: { en: 'Again', id: 'Lagi' } })]);
    expect(lines).toEqual(['events.json: event "kim-departs": id repeats the id of event #1']);
    expect(dataset.events.map((e) => e.title.en)).toEqual(['Kim leaves Pyongyang']);
  });

  it('keeps the valid events when some are invalid', () => {
    const { dataset, issues } = check([event({ id: 'broken', start: '2019-13' }), event({ id: 'fine' })]);
    expect(issues).toHaveLength(1);
    expect(dataset.events.map((e) => e.id)).toEqual(['fine']);
  });

  it('reports a dataset whose events are not a list', () => {
    const { lines } = check([], { events: 'none' });
    expect(lines).toEqual(['events.json: events Invalid type: Expected Array but received "none"']);
  });

  it('reports an unknown top-level field', () => {
    const { lines } = check([event()], { event: [] });
    expect(lines).toEqual(['events.json: event is not a known field']);
  });

  it('reports a source whose archived text cannot be read, and the events that cite it', () => {
    const { lines } = check([event()], {}, {} as never);
    expect(lines).toEqual([
      'events.json: source "jurnas-2019-04-24": file names an archived text that could not be read: "jurnas.txt"',
      'events.json: event "kim-departs": sources[0].source cites "jurnas-2019-04-24", which is not a known source (known: reuters-2019-04-24)'
    ]);
  });

  it('reports a source with an invalid publication date', () => {
    const result = validateDataset({
      file: 'events.json',
      data: { sources: [{ ...source, published: { date: '2019-02-29', derivation: 'x' } }], events: [] },
      texts: { 'jurnas.txt': ARTICLE }
    });
    expect(result.issues.map(formatIssue)).toEqual([
      'events.json: source "jurnas-2019-04-24": published.date is not valid: 2019-02-29 is not a date in the calendar: February 2019 has 28 days'
    ]);
  });

  it('refuses a source file name with folders in it', () => {
    const result = validateDataset({
      file: 'events.json',
      data: { sources: [{ ...source, file: '../secret.txt' }], events: [] },
      texts: {}
    });
    expect(result.issues.map(formatIssue)).toEqual([
      'events.json: source "jurnas-2019-04-24": file the file must be a plain file name in sources/, without folders'
    ]);
  });

  it('says it skipped the quote check for a source without archived text, and keeps the event', () => {
    const result = validateDataset({
      file: 'mine.json',
      data: { sources: [{ ...source, file: undefined, url: 'https://example.org/a' }], events: [event()] },
      texts: {}
    });
    expect(result.issues).toEqual([]);
    expect(result.notices.map(formatIssue)).toEqual([
      'mine.json: event "kim-departs": sources[0].quote was not checked: source "jurnas-2019-04-24" has no archived text'
    ]);
    expect(result.dataset.events).toHaveLength(1);
  });

  it('reads sources from a separate sources file and names that file in its errors', () => {
    const result = validateDataset({
      file: 'events.json',
      data: { events: [event()] },
      sourcesFile: { file: 'sources.json', data: { sources: [source, { ...source, outlet: undefined }] } },
      texts: { 'jurnas.txt': ARTICLE }
    });
    expect(result.issues.map(formatIssue)).toEqual([
      'sources.json: source "jurnas-2019-04-24": outlet is missing'
    ]);
    expect(result.dataset.events).toHaveLength(1);
  });
});

describe('closestPassage', () => {
  it('finds the sentence a slightly altered quote came from', () => {
    expect(closestPassage('Kim left Pyongyang by train', ARTICLE)).toBe(
      'Pemimpin Korea Utara, Kim Jong Un meninggalkan Pyongyang dengan kereta istimewa menuju ke Rusia.'
    );
  });
});

describe('foldWhitespace', () => {
  it('folds line breaks, tabs and no-break spaces to single spaces', () => {
    expect(foldWhitespace(' a\n\tb\u00a0\u00a0c ')).toBe('a b c');
  });
});
