import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../scripts/dataset-files';
import { placeName } from '../../src/lib/core/data/event-text';
import { parseDate } from '../../src/lib/core/time/dates';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { dataset, issues, notices, texts } = await readDatasetFile(`${root}data/events.json`);
const byId = new Map(dataset.events.map((event) => [event.id, event]));

describe('the curated dataset', () => {
  it('validates with no issue and every quote checked', () => {
    expect(issues).toEqual([]);
    expect(notices).toEqual([]);
    expect(dataset.events.length).toBeGreaterThanOrEqual(20);
  });

  it('covers the five episodes the timeline is about', () => {
    const years = new Set(dataset.events.map((event) => event.start.slice(0, 7)));
    for (const month of ['2019-02', '2019-04', '2023-09']) expect(years).toContain(month);
    for (const year of ['2002', '2011']) expect([...years].some((y) => y.startsWith(year))).toBe(true);
    expect(byId.get('kim-departs-pyongyang-by-train-2019')?.start).toBe('2019-04-24');
    expect(byId.get('putin-kim-summit-vladivostok-2019')?.start).toBe('2019-04-25');
    expect(byId.get('putin-arrives-in-vladivostok-2023')?.start).toBe('2023-09-11');
  });

  it('has every title and every claim in both English and Indonesian', () => {
    const untranslated = dataset.events.filter(
      (event) => !event.title.id || event.claims?.some((claim) => !claim.id)
    );
    expect(untranslated.map((event) => event.id)).toEqual([]);
  });

  it('gives every summary as claims, each citing a quote of its event or a record source', () => {
    expect(dataset.events.filter((event) => event.summary || !event.claims?.length).map((e) => e.id)).toEqual(
      []
    );
    for (const event of dataset.events) {
      for (const claim of event.claims!) {
        const cited = claim.cites?.every((index) => index < event.sources.length) ?? false;
        const recorded = claim.record !== undefined;
        expect(cited || recorded, `${event.id}: "${claim.en}"`).toBe(true);
      }
    }
  });

  it('cites a record source for every record note, and keeps record sources without archived text', () => {
    const records = new Set(dataset.sources.filter((s) => s.kind === 'record').map((s) => s.id));
    const notes = [...dataset.events, ...dataset.sources].flatMap((record) => record.notes ?? []);
    expect(notes.filter((note) => note.kind === 'record' && !records.has(note.source!))).toEqual([]);
    expect(dataset.sources.filter((s) => s.kind === 'record' && s.file).map((s) => s.id)).toEqual([]);
  });

  it('cites every quote of an event from at least one of its claims', () => {
    const uncited = dataset.events.flatMap((event) =>
      event.sources
        .map((_, index) => index)
        .filter((index) => !event.claims?.some((claim) => claim.cites?.includes(index)))
        .map((index) => `${event.id}: sources[${index}]`)
    );
    expect(uncited).toEqual([]);
  });

  it('keeps the findings of the second fact-check fixed', () => {
    const event = (id: string) => byId.get(id)!;
    const citedArticles = (id: string) =>
      new Set(
        event(id)
          .claims!.flatMap((claim) => claim.cites ?? [])
          .map((i) => event(id).sources[i]!.source)
      );
    // Bisnis wrote "menuntut bantuan luar negeri" (demanded foreign aid): no claim credits it with relief.
    const hanoi = event('hanoi-summit-ends-without-deal');
    const bisnis = hanoi.claims!.filter((claim) =>
      claim.cites?.some((i) => hanoi.sources[i]!.source === 'bisnis-2019-04-24')
    );
    expect(bisnis.filter((claim) => /relief/i.test(claim.en)).map((claim) => claim.en)).toEqual([]);
    // Every article that reports the first Putin–Kim summit, MINA's coming-summit sentence included.
    expect([...citedArticles('putin-kim-summit-vladivostok-2019')].sort()).toEqual([
      'bisnis-2019-04-24',
      'jurnas-2019-04-24',
      'knews-2023-09-11',
      'medcom-2019-04-24',
      'mina-2019-04-23'
    ]);
    // KNews only guessed Vladivostok for 2023; the meeting was at Vostochny.
    expect(event('kim-putin-meeting-expected-2023').place).toBeUndefined();
    // Medcom: "kurang dari dua bulan", less than two months.
    expect(
      event('hanoi-summit-2019')
        .claims!.map((claim) => claim.en)
        .join(' ')
    ).toContain('less than two months');
    // The three events the articles report that were missing.
    for (const id of [
      'north-korea-halts-tests-closes-test-site',
      'moscow-urges-sanctions-easing-us-accuses-russia',
      'first-kim-trump-summit'
    ])
      expect(byId.has(id), id).toBe(true);
  });

  it('says how every approximate date was worked out', () => {
    const unexplained = dataset.events.filter((event) => event.approximate && !event.dateDerivation);
    expect(unexplained.map((event) => event.id)).toEqual([]);
  });

  it('keeps events in time order in the file, as an editor reads them', () => {
    const starts = dataset.events.map((event) => parseDate(event.start).start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('dates every source and says how the date was worked out', () => {
    expect(dataset.sources.filter((source) => !source.published?.derivation).map((s) => s.id)).toEqual([]);
  });

  it("names an article's URL only where the archived text gives it", () => {
    for (const source of dataset.sources) {
      if (!source.url || source.kind === 'record') continue;
      const text = texts[source.id]!;
      expect(text.replace(/\s+/g, '')).toContain(source.url);
    }
  });

  it('records the errors it found in the articles as notes on the events, with their source', () => {
    const notes = dataset.events.flatMap((event) => event.notes ?? []);
    expect(notes.filter((note) => note.kind === 'error').length).toBeGreaterThanOrEqual(5);
    const departure = byId.get('kim-departs-pyongyang-by-train-2019')!;
    expect(
      departure.notes?.some((note) => note.source === 'bisnis-2019-04-24' && /24\/3/.test(note.text.en))
    ).toBe(true);
  });

  const seeds = `${root}../shared/seeds/`;
  it.skipIf(!existsSync(seeds))('keeps the archived articles byte for byte as they were captured', () => {
    const archived = readdirSync(`${root}data/sources`).sort();
    expect(archived).toEqual(
      readdirSync(seeds)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    );
    for (const name of archived) {
      expect(readFileSync(`${root}data/sources/${name}`)).toEqual(readFileSync(`${seeds}${name}`));
    }
  });
});

describe('a place as a reader reads it', () => {
  it('names the country once, not again after a place that is the country', () => {
    expect(placeName({ name: 'Vladivostok', country: 'Russia' })).toBe('Vladivostok, Russia');
    expect(placeName({ name: 'North Korea', country: 'North Korea' })).toBe('North Korea');
    expect(placeName({ name: 'Hanoi' })).toBe('Hanoi');
  });

  it('reads without a repeated country for every curated event', () => {
    for (const event of dataset.events) {
      if (event.place) expect(placeName(event.place)).not.toMatch(/^(.+), \1$/);
    }
  });
});
