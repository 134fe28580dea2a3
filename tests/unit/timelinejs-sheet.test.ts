/**
 * Coming from TimelineJS: its spreadsheet template, downloaded as CSV or pasted as tab-separated text,
 * read as it is — every column, every date form, eras and groups — with every problem at its line. And
 * the fields its JSON shares with the sheet (display date, group, media, the title slide's text).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS } from '../../src/lib/core/data/formats';
import { formatIssue } from '../../src/lib/core/data/issue';
import { isoOf } from '../../src/lib/core/data/timelinejs';
import { readDataset } from '../../src/lib/data/read';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url)), 'utf8');
const SHEET = fixture('timelinejs-sheet.csv');

/** The template's header, then rows given as { column: value }, as a spreadsheet writes them. */
function sheet(rows: Partial<Record<(typeof SHEET_COLUMNS)[number], string>>[], separator = ','): string {
  const quote = (cell: string) =>
    separator === ',' && /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return [SHEET_COLUMNS.join(separator)]
    .concat(rows.map((row) => SHEET_COLUMNS.map((column) => quote(row[column] ?? '')).join(separator)))
    .join('\r\n');
}

/** Reads a text as the CLI, /make/ and the embed do; its problems and notices as lines. */
async function read(text: string, name = 'sheet.csv') {
  const result = await readDataset(text, { name });
  return {
    result,
    issues: result.issues.map(formatIssue),
    notices: result.notices.map(formatIssue).filter((line) => !/not checked|not sentence-cited/.test(line))
  };
}

describe("TimelineJS's spreadsheet template, downloaded as CSV", async () => {
  const { result, issues, notices } = await read(SHEET, 'my-timeline.csv');
  const event = (id: string) => result.dataset.events.find((e) => e.id === id)!;

  it('is told apart by its header and read whole: 10 valid events, no problem', () => {
    expect(result.format).toBe('timelinejs-sheet');
    expect(issues).toEqual([]);
    expect(result.dataset.events).toHaveLength(10);
  });

  it("takes the title row's headline and text as the dataset's title and description, as plain text", () => {
    expect(result.dataset.title).toEqual({ en: 'Kim & Putin' });
    expect(result.dataset.description).toEqual({
      en: 'Two summits, four years apart, and what came between.'
    });
  });

  it('reads each date form: a day, a month, a year, a range, a year before the common era, year one', () => {
    expect(result.dataset.events.map((e) => [e.id, e.start, e.end])).toEqual([
      ['kim-arrives-by-train', '2019-04-24', undefined],
      ['first-summit-in-vladivostok', '2019-04-25', undefined],
      ['kim-leaves-early', '2019-04-26', undefined],
      ['a-month-of-talks', '2019-04', undefined],
      ['the-year-of-two-summits', '2019', undefined],
      ['second-visit', '2023-09-12', '2023-09-13'],
      ['vostochny', '2023-09-13', undefined],
      ['kim-jong-il-in-russia', '2002', undefined],
      ['an-ancient-crossing', '-0500', undefined],
      ['the-first-day-of-year-one', '0001-01-01', undefined]
    ]);
  });

  it('makes each era row an episode named by its headline, spanning its start to its end', () => {
    expect(result.dataset.episodes).toEqual([
      {
        id: 'the-vladivostok-summit',
        title: { en: 'The Vladivostok summit' },
        start: '2019-04-24',
        end: '2019-04-26'
      },
      {
        id: 'the-train-to-the-cosmodrome',
        title: { en: 'The train to the cosmodrome' },
        start: '2023-09',
        end: '2023-09'
      }
    ]);
  });

  it("keeps the Display Date as the date a reader sees, and each event's Group by name", () => {
    expect(event('kim-leaves-early').displayDate).toEqual({ en: 'Friday afternoon, 26 April' });
    expect(event('an-ancient-crossing').displayDate).toEqual({ en: 'c. 500 BC' });
    expect(event('first-summit-in-vladivostok').displayDate).toBeUndefined();
    expect(result.dataset.events.map((e) => e.group?.en ?? null)).toEqual([
      'Travel',
      'Summits',
      'Travel',
      null,
      'Summits',
      'Summits',
      'Summits',
      'Travel',
      null,
      null
    ]);
  });

  it('turns Headline and Text from HTML into plain text, the text being the summary and the quote', () => {
    const summit = event('first-summit-in-vladivostok');
    expect(summit.title.en).toBe('First summit in Vladivostok');
    expect(summit.summary!.en).toBe(
      'Putin and Kim met at a university on Russky Island.\n\nNo joint statement followed.'
    );
    expect(summit.sources[0]!.quote).toBe(summit.summary!.en);
    // No Text: the headline says it.
    expect(event('the-year-of-two-summits').summary!.en).toBe('The year of two summits');
  });

  it("maps Media, Media Credit and Media Caption to the event's media, and credits to sources", () => {
    expect(event('kim-arrives-by-train').media).toEqual({
      url: 'https://example.org/train.jpg',
      credit: 'Reuters',
      caption: 'The train, at Khasan'
    });
    expect(event('second-visit').media).toEqual({ credit: 'KCNA' });
    expect(event('vostochny').media).toEqual({
      url: 'https://example.org/rocket.jpg',
      caption: 'The rocket'
    });
    expect(event('a-month-of-talks').media).toBeUndefined();
    expect(result.dataset.sources.map((s) => [s.id, s.outlet, s.url])).toEqual([
      ['reuters', 'Reuters', 'https://example.org/train.jpg'],
      ['tass', 'TASS', undefined],
      ['kim-putin', 'Kim & Putin', undefined],
      ['kcna', 'KCNA', undefined],
      ['example-org', 'example.org', 'https://example.org/rocket.jpg']
    ]);
  });

  it('says at its line what it left out and why: times, thumbnails, backgrounds, a URL that is no URL', () => {
    expect(notices).toEqual([
      'my-timeline.csv: line 2: Media was left out: the title row gives the timeline its title and description only',
      'my-timeline.csv: line 2: Media Credit was left out: the title row gives the timeline its title and description only',
      'my-timeline.csv: line 2: Media Caption was left out: the title row gives the timeline its title and description only',
      'my-timeline.csv: line 2: Background was left out: the title row gives the timeline its title and description only',
      'my-timeline.csv: line 5: Media Thumbnail was left out: the timeline’s marks carry no pictures; the media itself is kept',
      'my-timeline.csv: line 6: Time was left out: the timeline places events by the day at the finest; the day is kept',
      'my-timeline.csv: line 7: Time was left out: the timeline places events by the day at the finest; the day is kept',
      'my-timeline.csv: line 7: Background was left out: the timeline draws every event on the same background',
      'my-timeline.csv: line 10: Media was left out: "javascript:alert(1)" is not an http(s) address'
    ]);
  });

  it('is read alike when pasted from the spreadsheet as tab-separated text', async () => {
    const rows = SHEET.trimEnd()
      .split('\n')
      .map((line) =>
        line
          .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
          .map((cell) => cell.replace(/^"|"$/g, '').replaceAll('""', '"'))
      );
    const tsv = rows.map((cells) => cells.join('\t')).join('\n');
    const pasted = await read(tsv, 'my-timeline.csv');
    expect(pasted.result.format).toBe('timelinejs-sheet');
    expect(pasted.result.dataset).toEqual(result.dataset);
    expect(pasted.notices).toEqual(notices);
  });
});

describe('a broken TimelineJS spreadsheet', () => {
  it('names the line and the column of each bad date, and converts the other rows', async () => {
    const { result, issues } = await read(
      sheet([
        { Year: '2019', Headline: 'Fine' },
        { Year: 'soon', Headline: 'No year number' },
        { Month: '4', Headline: 'No year' },
        { Year: '2019', Month: '13', Headline: 'Thirteenth month' },
        { Year: '2019', Month: '2', Day: '30', Headline: 'Not in the calendar' },
        { Year: '2019', 'End Month': '5', Headline: 'An end without a year' },
        { Year: '2019', 'End Year': '2018', Headline: 'Ends before it starts' }
      ])
    );
    expect(issues).toEqual([
      'sheet.csv: line 3: Year is not a year number: "soon"',
      'sheet.csv: line 4: Year is missing',
      'sheet.csv: line 5: Month is not a month number: "13"',
      'sheet.csv: line 7: End Year is missing',
      'sheet.csv: line 6 (event "not-in-the-calendar"): start is not valid: 2019-02-30 is not a date in the calendar: February 2019 has 28 days',
      'sheet.csv: line 8 (event "ends-before-it-starts"): end "2018" is before start "2019"'
    ]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['fine']);
  });

  it('names a row of an unknown type, a second title row, an unknown column and an era that holds no event', async () => {
    const text = sheet([
      { Type: 'title', Headline: 'First title' },
      { Type: 'Slide', Year: '2019', Headline: 'Of no type' },
      { Type: 'title', Headline: 'Second title' },
      { Type: 'era', Year: '1990', 'End Year': '1991', Headline: 'Empty era' },
      { Year: '2019', Headline: 'An event', Group: 'Politics' }
    ]).replace('Background', 'Background,Colour');
    const { result, issues } = await read(text);
    expect(issues).toEqual([
      'sheet.csv: line 1: Colour is not a TimelineJS column',
      'sheet.csv: line 3: Type is "Slide": it must be empty, "title" or "era"',
      "sheet.csv: line 4: Type is a second title row; the title is line 2's",
      'sheet.csv: line 5 (episode "empty-era"): holds no event: none of the valid events starts within 1990–1991'
    ]);
    expect(result.dataset.title).toEqual({ en: 'First title' });
    expect(result.dataset.events.map((e) => [e.id, e.group])).toEqual([['an-event', { en: 'Politics' }]]);
  });

  it('names the line of a row with neither headline nor text, and of a quote never closed', async () => {
    const { issues } = await read(
      `${sheet([{ Year: '2019', Headline: 'Fine' }, { Year: '2020' }])}\n2021,,,,,,,,,"Open`
    );
    expect(issues).toEqual([
      'sheet.csv: line 4: opens a quoted field that is never closed: this row and every line after it are left out',
      'sheet.csv: line 3: Headline and Text are both empty: an event needs one or the other'
    ]);
  });

  // deep time: see branch deep. Whatever isoOf makes of a deep year (today an issue, there a year), a
  // row of the sheet makes the same: the sheet has no date reading of its own.
  it('reads a very large negative year as the JSON format does, through isoOf', async () => {
    const problems: string[] = [];
    const iso = isoOf({ year: '-13800000000' }, 'start', (field, message) => problems.push(message));
    const { result, issues } = await read(sheet([{ Year: '-13800000000', Headline: 'The Big Bang' }]));
    if (problems.length === 0) expect(result.dataset.events.map((e) => e.start)).toEqual([iso]);
    else expect(issues).toEqual(problems.map((message) => `sheet.csv: line 2: Year ${message}`));
  });
});

describe("TimelineJS's JSON", () => {
  it("keeps a slide's display date, group and media, and the title slide's text as the description", async () => {
    const timeline = {
      title: { text: { headline: 'Space', text: '<p>The race, <b>briefly</b>.</p>' } },
      events: [
        {
          start_date: { year: 1969, month: 7, day: 20 },
          display_date: 'July 1969',
          group: 'Moon',
          text: { headline: 'Apollo 11', text: 'Two men walked on the Moon.' },
          media: {
            url: 'https://example.org/moon.jpg',
            credit: 'NASA',
            caption: '<i>Buzz Aldrin</i>',
            alt: 'An astronaut on grey ground'
          }
        },
        { start_date: { year: 1957 }, group: { name: 'not text' }, text: { headline: 'Sputnik' } }
      ]
    };
    const { result, notices } = await read(JSON.stringify(timeline), 'space.json');
    expect(result.dataset.description).toEqual({ en: 'The race, briefly.' });
    const [apollo, sputnik] = result.dataset.events;
    expect(apollo).toMatchObject({
      displayDate: { en: 'July 1969' },
      group: { en: 'Moon' },
      media: {
        url: 'https://example.org/moon.jpg',
        credit: 'NASA',
        caption: 'Buzz Aldrin',
        alt: 'An astronaut on grey ground'
      }
    });
    expect(sputnik!.group).toBeUndefined();
    expect(notices).toEqual(['space.json: slide 2: group was left out: it is not text']);
  });

  it('says at its slide what the timeline cannot show: a time, a thumbnail, a background', async () => {
    const timeline = {
      events: [
        {
          start_date: { year: 1969, month: 7, day: 20, hour: 20, minute: 17 },
          text: { headline: 'Apollo 11' },
          media: { url: 'https://example.org/moon.jpg', thumbnail: 'https://example.org/small.jpg' },
          background: { color: '#000' }
        }
      ]
    };
    const { result, notices } = await read(JSON.stringify(timeline), 'space.json');
    expect(notices).toEqual([
      'space.json: slide 1: start_date.hour was left out: the timeline places events by the day at the finest; the day is kept',
      'space.json: slide 1: media.thumbnail was left out: the timeline’s marks carry no pictures; the media itself is kept',
      'space.json: slide 1: background was left out: the timeline draws every event on the same background'
    ]);
    expect(result.dataset.events.map((e) => [e.start, e.media])).toEqual([
      ['1969-07-20', { url: 'https://example.org/moon.jpg' }]
    ]);
  });

  it('names an era that holds no event by its place among the eras', async () => {
    const timeline = {
      events: [{ start_date: { year: 2019 }, text: { headline: 'One' } }],
      eras: [{ start_date: { year: 1990 }, end_date: { year: 1991 }, text: { headline: 'Empty' } }]
    };
    const { issues } = await read(JSON.stringify(timeline), 't.json');
    expect(issues).toEqual([
      't.json: era 1 (episode "empty"): holds no event: none of the valid events starts within 1990–1991'
    ]);
  });
});
