/**
 * The story's data and words: importance and episodes, checked and located like every other field, read
 * from CSV and TimelineJS; labels cut only after a word; and the story read top to bottom on a narrow
 * screen, grouped by episode with the empty years said in words.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/core/data/issue';
import { prepareEvents } from '../../src/lib/core/data/events';
import { validateDataset } from '../../src/lib/core/data/validate';
import { storyGroups } from '../../src/lib/core/engine/story';
import { modelEpisodes } from '../../src/lib/core/engine/episodes';
import { en } from '../../src/lib/core/i18n/en';
import { Labels } from '../../src/lib/core/layout/labels';
import { buildTimeAxis } from '../../src/lib/core/time/axis';
import { eventAnchors } from '../../src/lib/core/data/events';
import { readDataset } from '../../src/lib/data/read';

const source = { id: 's', outlet: 'Post', title: 'Post', language: 'en' };
const event = (id: string, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  start,
  title: { en: `Event ${id}` },
  summary: { en: 'S.' },
  category: 'report',
  sources: [{ source: 's', quote: 'q', translation: 't' }],
  ...extra
});
const check = (data: Record<string, unknown>) =>
  validateDataset({ file: 'd.json', data: { sources: [source], ...data }, texts: {} });

describe('importance', () => {
  it('is headline, major or minor, and anything else is a located error', () => {
    const { issues, dataset } = check({
      events: [event('a', '2020', { importance: 'top' }), event('b', '2021')]
    });
    expect(issues.map(formatIssue)).toEqual([
      'd.json: event "a": importance an importance must be one of headline, major, minor'
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['b']);
  });
});

describe('episodes', () => {
  const events = [event('a', '2019-02-27'), event('b', '2019-04-25')];

  it('are kept, in time order, when each holds an event', () => {
    const { issues, dataset } = check({
      events,
      episodes: [
        { id: 'april', title: { en: 'April' }, start: '2019-04', end: '2019-04' },
        { id: 'hanoi', title: { en: 'Hanoi' }, start: '2019-02', end: '2019-02' }
      ]
    });
    expect(issues).toEqual([]);
    expect(dataset.episodes!.map((e) => e.id)).toEqual(['hanoi', 'april']);
  });

  it('that hold no event, end before they start, repeat an id or have a bad date are located errors', () => {
    const { issues, dataset } = check({
      events,
      episodes: [
        { id: 'empty', title: { en: 'Empty' }, start: '2010', end: '2011' },
        { id: 'backwards', title: { en: 'Backwards' }, start: '2019-04', end: '2019-02' },
        { id: 'hanoi', title: { en: 'Hanoi' }, start: '2019-02', end: '2019-02' },
        { id: 'hanoi', title: { en: 'Again' }, start: '2019-02', end: '2019-02' },
        { id: 'bad', title: { en: 'Bad' }, start: '2019-13', end: '2019-13' },
        { id: 'Not Kebab', title: { en: 'Shape' }, start: '2019', end: '2019' }
      ]
    });
    expect(issues.map(formatIssue)).toEqual([
      'd.json: episode "empty": holds no event: none of the valid events starts within 2010–2011',
      'd.json: episode "backwards": end "2019-02" is before start "2019-04"',
      'd.json: episode "hanoi": id repeats an id used by an earlier episode',
      'd.json: episode "bad": start is not valid: 2019-13 is not a date in the calendar: the month must be 01 to 12',
      'd.json: episode "bad": end is not valid: 2019-13 is not a date in the calendar: the month must be 01 to 12',
      'd.json: episode "Not Kebab": id an id must be kebab-case: lowercase letters and digits joined by hyphens'
    ]);
    expect(dataset.episodes!.map((e) => e.id)).toEqual(['hanoi']);
  });
});

describe('from a spreadsheet or TimelineJS', () => {
  it('reads importance and episodes from CSV columns, each episode spanning its events', async () => {
    const csv = [
      'id,start,end,title,summary,category,source,quote,translation,importance,episode',
      'a,2019-02-27,2019-02-28,A,S,summit,s,q,t,headline,Hanoi',
      'b,2019-04-25,,B,S,summit,s,q,t,minor,April',
      'c,2019-04-27,,C,S,report,s,q,t,,April'
    ].join('\n');
    const { dataset, issues } = await readDataset(csv, { name: 'x.csv' });
    expect(issues).toEqual([]);
    expect(dataset.events.map((e) => [e.id, e.importance])).toEqual([
      ['a', 'headline'],
      ['b', 'minor'],
      ['c', undefined]
    ]);
    expect(dataset.episodes).toEqual([
      { id: 'hanoi', title: { en: 'Hanoi' }, start: '2019-02-27', end: '2019-02-28' },
      { id: 'april', title: { en: 'April' }, start: '2019-04-25', end: '2019-04-27' }
    ]);
  });

  it('makes TimelineJS eras its episodes', async () => {
    const timeline = {
      events: [{ start_date: { year: 2019, month: 4, day: 25 }, text: { headline: 'Summit' } }],
      eras: [
        {
          start_date: { year: 2019, month: 4 },
          end_date: { year: 2019, month: 5 },
          text: { headline: '<b>Spring</b>' }
        }
      ]
    };
    const { dataset } = await readDataset(JSON.stringify(timeline), { name: 't.json' });
    expect(dataset.episodes).toEqual([
      { id: 'spring', title: { en: 'Spring' }, start: '2019-04', end: '2019-05' }
    ]);
  });
});

describe('labels', () => {
  // Ten pixels a character, eight of padding.
  const labels = new Labels(
    ['Hanoi summit ends without a deal', 'Kim–Trump'],
    (t) => t.length * 10,
    8,
    () => 1000
  );

  it('are whole where they fit, and otherwise cut after a whole word, with an ellipsis', () => {
    expect(labels.fit(0, 1000)).toBe(328);
    expect(labels.text(0, 328)).toBe('Hanoi summit ends without a deal');
    const cut = labels.fit(0, 200);
    expect(labels.text(0, cut)).toBe('Hanoi summit ends…');
    expect(cut).toBe(188);
  });

  it('never cut inside a word, and give nothing when not even the first word fits', () => {
    expect(labels.text(1, labels.fit(1, 60))).toBe('Kim…');
    expect(labels.fit(0, 40)).toBe(0);
    expect(labels.text(0, 40)).toBe('');
  });
});

describe('the story, top to bottom', () => {
  const events = prepareEvents([
    event('summit-2002', '2002', { importance: 'headline' }),
    event('talks', '2009'),
    event('hanoi', '2019-02', { importance: 'headline' }),
    event('april', '2019-04-25')
  ] as never);
  const axis = buildTimeAxis(eventAnchors(events), 1280);
  const episodes = [
    { id: 'e2002', title: { en: 'In 2002' }, start: '2002', end: '2002' },
    { id: 'e2019', title: { en: 'Spring 2019' }, start: '2019-02', end: '2019-04' }
  ];

  it('gathers events under their episodes, the others under their years, and says the gaps', () => {
    const groups = storyGroups(events, modelEpisodes(episodes, events, axis, 'en'), 'en', en);
    expect(groups.map((g) => [g.title, g.episode, g.events.length, g.later])).toEqual([
      ['In 2002', true, 1, ''],
      ['2009', false, 1, '6 years later'],
      ['Spring 2019', true, 2, '9 years later']
    ]);
  });
});
