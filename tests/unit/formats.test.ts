import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvToDataset, htmlToText, parseCsv, timelineJsToDataset } from '../../src/lib/core/data/formats';
import { formatIssue } from '../../src/lib/core/data/issue';
import { readDataset } from '../../src/lib/data/read';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url)), 'utf8');

/** Reads and validates as the CLI, the page and the embed do, returning the messages. */
async function check(text: string, file: string) {
  const result = await readDataset(text, { name: file });
  return { result, lines: result.issues.map(formatIssue) };
}

describe('telling the formats apart', () => {
  it.each([
    ['{"events": []}', 'json'],
    ['\ufeff  {"events": []}', 'json'],
    ['{"events": [{"start_date": {"year": 2019}}]}', 'timelinejs'],
    ['id,start,title\n', 'csv']
  ])('reads %j as %s', async (text, format) => {
    expect((await readDataset(text, { name: 'f' })).format).toBe(format);
  });

  it('takes text that starts like JSON for JSON, and names the line where it breaks', async () => {
    await expect(readDataset('{"events": [\n', { name: 'f.json' })).rejects.toThrow('f.json: line 2');
  });
});

describe('parseCsv', () => {
  it("reads quoted commas, doubled quotes and line breaks inside quotes, with each row's first line", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] }
    ]);
  });

  it('skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\ufeffa\n\n,\nb')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 4, cells: ['b'] }
    ]);
  });

  it('marks the row whose quoted field is never closed, and keeps the rows before it', () => {
    expect(parseCsv('a,b\n1,"open\nstill open')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'open\nstill open'], unclosed: true }
    ]);
  });
});

describe('a CSV as a spreadsheet exports it', async () => {
  const { result, lines } = await check(fixture('spreadsheet.csv'), 'spreadsheet.csv');

  it('becomes valid events, several quotes of one event gathered from its rows', () => {
    expect(lines).toEqual([]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['first-summit', 'train-departs']);
    const summit = result.dataset.events[0]!;
    expect(summit.title).toEqual({ en: 'Putin and Kim meet, at last', id: 'KTT pertama' });
    expect(summit.summary!.en).toBe('They met on Russky Island.\r\nIt was their first summit.');
    expect(summit.sources.map((s) => s.source)).toEqual(['medcom', 'bisnis']);
    expect(summit.sources[0]!.quote).toBe(
      'Rusia mengonfirmasi bahwa Presiden Vladimir Putin akan bertemu "Kim".'
    );
    expect(summit.place).toEqual({ name: 'Russky Island, Vladivostok', lat: 43.0247, lon: 131.893 });
    expect(summit.people).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    expect(result.dataset.events[1]).toMatchObject({
      approximate: true,
      dateDerivation: { en: '"Rabu (24/4)" in an article of 24 April' }
    });
    expect(result.format).toBe('csv');
  });

  it('makes a source of each source id, with its URL, and says its quotes were not checked', () => {
    expect(result.dataset.sources.map((s) => [s.id, s.outlet, s.url])).toEqual([
      ['medcom', 'Medcom.id', 'https://www.medcom.id/example'],
      ['bisnis', 'Bisnis.com', undefined]
    ]);
    expect(result.notices.map(formatIssue)).toContain(
      'spreadsheet.csv: line 4 (event "first-summit"): sources[1].quote was not checked: source "bisnis" has no archived text'
    );
  });
});

describe('a CSV with sentence-cited claims', async () => {
  const { result, lines } = await check(fixture('claims.csv'), 'claims.csv');

  it('reads one claim per line, its [n] markers as quote rows and [r:id] as a record source', () => {
    expect(lines).toEqual([]);
    expect(result.notices.filter((notice) => notice.field === 'summary')).toEqual([]);
    const summit = result.dataset.events[0]!;
    expect(summit.summary).toBeUndefined();
    expect(summit.claims).toEqual([
      { en: 'Putin and Kim met in Vladivostok.', id: 'Putin dan Kim bertemu di Vladivostok.', cites: [0] },
      { en: 'It was their first meeting.', id: 'Itu pertemuan pertama mereka.', cites: [0, 1] },
      {
        en: 'It took place on Russky Island.',
        id: 'Pertemuan berlangsung di Pulau Russky.',
        record: 'xinhua'
      }
    ]);
  });

  it('makes a record source of a row whose source_kind is record, and gives its note to the event', () => {
    expect(result.dataset.events[0]!.sources.map((s) => s.source)).toEqual(['knews', 'jurnas']);
    const xinhua = result.dataset.sources.find((s) => s.id === 'xinhua')!;
    expect(xinhua).toMatchObject({ kind: 'record', outlet: 'Xinhua', published: { date: '2019-04-25' } });
    expect(result.dataset.events[0]!.notes).toEqual([
      {
        kind: 'record',
        source: 'xinhua',
        text: { en: 'The talks began at the Far Eastern Federal University.' }
      }
    ]);
  });

  it('names the line of a citation it cannot read, and of a translation with another number of sentences', async () => {
    const header = 'id,start,title,claims,claims_id,category,source,quote,translation';
    const { lines } = await check(
      `${header}\nx,2019,T,"One. [one]\nTwo. [0]","Satu.",summit,s,q,t\n`,
      'bad-claims.csv'
    );
    expect(lines).toEqual([
      'bad-claims.csv: line 2 (event "x"): claims_id has 1 sentence but claims has 2: give one line for each',
      'bad-claims.csv: line 2 (event "x"): claims line 1: "[one]" is not a citation: write [1] for the event\'s first quote, [1,2] for two, [r:source-id] for a record source',
      'bad-claims.csv: line 2 (event "x"): claims line 2: "[0]" is not a citation: write [1] for the event\'s first quote, [1,2] for two, [r:source-id] for a record source',
      'bad-claims.csv: line 2 (event "x"): claims[0] cites nothing: give "cites" (the quotes it rests on) or "record" (a record source)',
      'bad-claims.csv: line 2 (event "x"): claims[1] cites nothing: give "cites" (the quotes it rests on) or "record" (a record source)'
    ]);
  });
});

describe('a broken CSV', () => {
  it('names the line of every problem', async () => {
    const { lines } = await check(fixture('broken.csv'), 'broken.csv');
    expect(lines).toEqual([
      'broken.csv: line 1: colour is not a known column',
      'broken.csv: line 2 (event "bad-date"): start is not valid: 2019-02-30 is not a date in the calendar: February 2019 has 28 days',
      'broken.csv: line 3 (event #2): id an id must be kebab-case: lowercase letters and digits joined by hyphens',
      'broken.csv: line 4 (event "bad-category"): category a category must be one of summit, travel, statement, report, military, preparation, background'
    ]);
  });

  it('says which required columns are missing', async () => {
    const { lines } = await check('id,start,title\na,2019,b\n', 'short.csv');
    expect(lines).toEqual([
      'short.csv: line 1: lacks the required columns claims (or summary), category, source, quote, translation'
    ]);
  });
});

describe('a TimelineJS timeline', async () => {
  const { result, lines } = await check(fixture('timelinejs.json'), 'timelinejs.json');

  it('moves over with its dates at their precision, headlines and text as plain text', () => {
    expect(lines).toEqual([]);
    expect(result.dataset.title).toEqual({ en: 'Kim & Putin' });
    expect(result.dataset.events.map((e) => [e.id, e.start, e.end, e.title.en])).toEqual([
      ['vladivostok-2019', '2019-04-25', undefined, 'First summit in Vladivostok'],
      ['second-visit', '2023-09', '2023-09-13', 'Second visit'],
      ['kim-jong-il-in-russia', '2002', undefined, 'Kim Jong Il in Russia']
    ]);
  });

  it('keeps media credits as sources, and links only http(s) URLs', () => {
    expect(result.dataset.sources.map((s) => [s.id, s.outlet, s.url])).toEqual([
      ['reuters', 'Reuters', 'https://example.org/photo.jpg'],
      ['kcna', 'KCNA', undefined],
      ['kim-putin', 'Kim & Putin', undefined]
    ]);
    expect(result.dataset.events.find((e) => e.id === 'vladivostok-2019')!.summary!.en).toBe(
      'Putin and Kim met at a university on Russky Island.\n\nNo joint statement followed.'
    );
  });

  it('says its quotes were not checked, its summaries not sentence-cited and which media URL it left out', () => {
    const notices = result.notices.map(formatIssue);
    expect(notices).toHaveLength(7);
    expect(notices).toEqual(
      expect.arrayContaining([
        'timelinejs.json: slide 2: media.url was left out: "javascript:alert(1)" is not an http(s) address',
        'timelinejs.json: slide 1 (event "vladivostok-2019"): sources[0].quote was not checked: source "reuters" has no archived text',
        'timelinejs.json: slide 2 (event "second-visit"): sources[0].quote was not checked: source "kcna" has no archived text',
        'timelinejs.json: slide 3 (event "kim-jong-il-in-russia"): sources[0].quote was not checked: source "kim-putin" has no archived text'
      ])
    );
    expect(result.notices.filter((notice) => notice.field === 'summary')).toHaveLength(3);
    expect(result.issues).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('drops tags and decodes entities, never running anything', () => {
    expect(htmlToText('<script>alert(1)</script><b>Bold</b> &amp; &#39;quoted&#x27; &lt;tag&gt;')).toBe(
      "alert(1)Bold & 'quoted' <tag>"
    );
  });
});

describe('csvToDataset', () => {
  it('leaves out a source_url that is no http(s) address, keeping the source and its events', async () => {
    const csv =
      'id,start,title,summary,category,source,quote,translation,source_url\n' +
      'a,2019,T,S,summit,s,q,t,http://\nb,2020,T,S,summit,s,q,t,\n';
    const { result, lines } = await check(csv, 'urls.csv');
    expect(lines).toEqual([]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.notices.map(formatIssue)).toContain(
      'urls.csv: line 2: source_url was left out: "http://" is not an http(s) address'
    );
  });

  it('keeps the rows before a quote that is never closed, and names its line', async () => {
    const csv =
      'id,start,title,summary,category,source,quote,translation\na,2019,T,S,summit,s,q,t\nb,2020,"open\n';
    const { result, lines } = await check(csv, 'open.csv');
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a']);
    expect(lines).toEqual([
      'open.csv: line 3: opens a quoted field that is never closed: this row and every line after it are left out'
    ]);
  });

  it('says a text whose first line names no column is no dataset at all', async () => {
    await expect(readDataset('hello world\nsecond line\n', { name: 'notes.txt' })).rejects.toMatchObject({
      failure: { kind: 'csv', name: 'notes.txt', line: 1, found: '"hello world"' }
    });
  });

  it('reports a repeated column once, and reads the first', async () => {
    const csv = 'id,start,title,summary,category,source,quote,translation,title\na,2019,T,S,summit,s,q,t,X\n';
    const { result, lines } = await check(csv, 'twice.csv');
    expect(lines).toEqual(['twice.csv: line 1: title repeats a column; the later one is ignored']);
    expect(result.dataset.events[0]!.title.en).toBe('T');
  });

  it('reports a row with more cells than the header', () => {
    const { issues } = csvToDataset(
      'id,start,title,summary,category,source,quote,translation\na,2019,t,s,summit,x,q,t,extra\n',
      'wide.csv'
    );
    expect(issues.map(formatIssue)).toEqual(['wide.csv: line 2: has 9 cells but the header has 8']);
  });
});

describe('timelineJsToDataset', () => {
  it('reads every slide on its own: a bad one is an issue at its place, the others are converted', async () => {
    const timeline = {
      events: [
        { start_date: { year: 2019 }, text: { headline: 'Good' } },
        { start_date: { year: 2019, month: 13 }, text: { headline: 'Bad month' } },
        { start_date: { year: 'soon' }, text: { headline: 'Bad year' } },
        { start_date: { year: 2020 }, text: { headline: { b: 'bold' } } },
        null,
        { text: { headline: 'No date' } },
        {
          start_date: { year: 2021 },
          text: { headline: 'Odd media' },
          media: { url: { deep: [1] }, credit: 7 }
        }
      ]
    };
    const { result, lines } = await check(JSON.stringify(timeline), 't.json');
    expect(result.dataset.events.map((e) => e.title.en)).toEqual(['Good', 'Odd media']);
    expect(lines).toEqual([
      't.json: slide 2: start_date.month is not a month number: 13',
      't.json: slide 3: start_date.year is not a year number: "soon"',
      't.json: slide 4: text.headline is not text',
      't.json: slide 5: not an object such as { "start_date": …, "text": … }',
      't.json: slide 6: start_date is missing'
    ]);
    expect(result.notices.map(formatIssue)).toContain(
      't.json: slide 7: media.url was left out: an object is not an http(s) address'
    );
  });

  it('gives events without ids unique ones from their headlines', () => {
    const data = { events: [1, 2].map(() => ({ start_date: { year: 2020 }, text: { headline: 'Same' } })) };
    const ids = (timelineJsToDataset(data, 't.json').data as { events: { id: string }[] }).events.map(
      (e) => e.id
    );
    expect(ids).toEqual(['same', 'same-2']);
  });
});
