/**
 * The benchmark's synthetic datasets: the same events, drawn from a seeded PRNG, for every run and every
 * contender, in each contender's own format.
 *
 * Shape of the data (between 2000-01-01 and 2025-12-31):
 * - six active eras separated by gaps of two to five and a half years with no event at all;
 * - inside the eras, 80% of the events fall in dense bursts (many events within 1–10 days), the rest are
 *   scattered over the eras day by day;
 * - exactly a fifth of the events (`Math.round(n / 5)`) are ranges, from a few days to a year and a half.
 *
 *   tsx bench/datasets.ts [--write] [sizes…]   prints a summary of each size; --write also writes the three
 *                                              formats to bench/results/tmp/ (git ignores that folder).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../src/lib/core/data/schema.js';

export const SIZES = [100, 1_000, 10_000, 100_000] as const;
export const SMOKE_SIZES = [100, 1_000] as const;
/** Every size is drawn from this seed, so a dataset is the same on every machine and in every run. */
export const SEED = 20_250_101;
export const SOURCE_ID = 'bench';
/** The outlet of the one source: the site page shows it, which tells the synthetic data has replaced its own. */
export const SOURCE_OUTLET = 'Bench';

/** One synthetic event, format-neutral: days since 1970-01-01 (UTC), `end` inclusive. */
export interface BenchEvent {
  id: string;
  start: number;
  end?: number;
  titleEn: string;
  titleId: string;
  summaryEn: string;
  summaryId: string;
  category: (typeof CATEGORIES)[number];
  quote: string;
  translation: string;
}

/** [first day, last day] of each era, as [year, month, day]. Between them: years with no event. */
const ERAS: [[number, number, number], [number, number, number]][] = [
  [
    [2000, 1, 3],
    [2001, 8, 20]
  ],
  [
    [2005, 4, 1],
    [2005, 10, 31]
  ],
  [
    [2009, 2, 1],
    [2010, 11, 30]
  ],
  [
    [2016, 6, 1],
    [2017, 1, 31]
  ],
  [
    [2019, 4, 1],
    [2019, 5, 31]
  ],
  [
    [2022, 2, 1],
    [2025, 12, 31]
  ]
];
const LAST_DAY = dayNumber(2025, 12, 31);

const EN_WORDS = {
  adjective: ['northern', 'eastern', 'formal', 'sudden', 'brief', 'expected', 'joint', 'closed', 'second'],
  noun: ['summit', 'visit', 'statement', 'briefing', 'meeting', 'exercise', 'report', 'journey', 'talks'],
  place: ['the capital', 'the border', 'the port', 'the coast', 'the station', 'the region', 'the island']
};
const ID_WORDS = {
  adjective: ['utara', 'timur', 'resmi', 'mendadak', 'singkat', 'terduga', 'bersama', 'tertutup', 'kedua'],
  noun: ['pertemuan', 'kunjungan', 'pernyataan', 'taklimat', 'rapat', 'latihan', 'laporan', 'perjalanan'],
  place: ['ibu kota', 'perbatasan', 'pelabuhan', 'pesisir', 'stasiun', 'wilayah', 'pulau']
};

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same sequence on any machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function ymd(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The events of a dataset of `size` events, sorted by start then end, ids `e-1`… in that order. */
export function generateEvents(size: number, seed = SEED): BenchEvent[] {
  return generate(size, seed).events;
}

function generate(size: number, seed: number): { events: BenchEvent[]; bursts: number } {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`a dataset size must be a positive integer: ${size}`);
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const eras = ERAS.map(([from, to]) => ({ first: dayNumber(...from), last: dayNumber(...to) }));
  const eraDays = eras.reduce((sum, era) => sum + era.last - era.first + 1, 0);
  /** A uniformly random day inside the eras. */
  const eraDay = () => {
    let offset = Math.floor(random() * eraDays);
    for (const era of eras) {
      const length = era.last - era.first + 1;
      if (offset < length) return era.first + offset;
      offset -= length;
    }
    return eras.at(-1)!.last;
  };

  const starts: number[] = [];
  const inBursts = Math.round(size * 0.8);
  const meanBurst = Math.max(5, Math.round(Math.sqrt(size)));
  let bursts = 0;
  while (starts.length < inBursts) {
    bursts++;
    const count = Math.min(
      inBursts - starts.length,
      int(Math.ceil(meanBurst / 2), Math.ceil(meanBurst * 1.5))
    );
    const span = int(1, 10);
    const first = Math.min(eraDay(), LAST_DAY - span + 1);
    for (let i = 0; i < count; i++) starts.push(first + int(0, span - 1));
  }
  while (starts.length < size) starts.push(eraDay());

  const ranges = Math.round(size / 5);
  const drafts = starts.map((start, index) => {
    let end: number | undefined;
    // Exactly `ranges` of them: every fifth in drawing order, which is unrelated to date order.
    if (index % 5 === 2 && Math.floor(index / 5) < ranges) {
      const kind = random();
      const length = kind < 0.6 ? int(1, 6) : kind < 0.9 ? int(7, 60) : int(90, 540);
      end = Math.min(start + length, LAST_DAY);
      if (end <= start) end = undefined;
    }
    return { start, end, index };
  });
  // Starts on the very last day cannot be ranges: give any shortfall to the earliest-drawn point events.
  let short = ranges - drafts.filter((draft) => draft.end !== undefined).length;
  for (const draft of drafts) {
    if (short <= 0) break;
    if (draft.end === undefined && draft.start < LAST_DAY) {
      draft.end = Math.min(draft.start + int(1, 6), LAST_DAY);
      short--;
    }
  }
  drafts.sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start) || a.index - b.index);

  const events = drafts.map((draft, i): BenchEvent => {
    const n = i + 1;
    const a = Math.floor(random() * EN_WORDS.adjective.length);
    const b = Math.floor(random() * EN_WORDS.noun.length);
    const c = Math.floor(random() * EN_WORDS.place.length);
    const en = `${EN_WORDS.adjective[a]} ${EN_WORDS.noun[b]} at ${EN_WORDS.place[c]}`;
    const id = `${ID_WORDS.noun[b % ID_WORDS.noun.length]} ${ID_WORDS.adjective[a]} di ${ID_WORDS.place[c]}`;
    return {
      id: `e-${n}`,
      start: draft.start,
      ...(draft.end !== undefined ? { end: draft.end } : {}),
      titleEn: `Bench event ${n}: ${en}`,
      titleId: `Peristiwa uji ${n}: ${id}`,
      summaryEn: `Synthetic event ${n}, a ${en}.`,
      summaryId: `Peristiwa sintetis ${n}, ${id}.`,
      category: pick(CATEGORIES),
      quote: `Kutipan sintetis nomor ${n}.`,
      translation: `Synthetic quote number ${n}.`
    };
  });
  return { events, bursts };
}

/** This project's dataset format (src/lib/core/schema.ts), with its one source inline. */
export function toOurs(events: readonly BenchEvent[]) {
  return {
    sources: [
      {
        id: SOURCE_ID,
        outlet: SOURCE_OUTLET,
        title: 'Synthetic',
        published: { date: '2025-01-01', derivation: 'generated' },
        language: 'en'
      }
    ],
    events: events.map((event) => ({
      id: event.id,
      start: isoDay(event.start),
      ...(event.end !== undefined ? { end: isoDay(event.end) } : {}),
      title: { en: event.titleEn, id: event.titleId },
      summary: { en: event.summaryEn, id: event.summaryId },
      category: event.category,
      sources: [{ source: SOURCE_ID, quote: event.quote, translation: event.translation }]
    }))
  };
}

/** vis-timeline items. vis-timeline's `end` is exclusive, so an inclusive last day becomes the day after. */
export function toVis(events: readonly BenchEvent[]) {
  return events.map((event) =>
    event.end !== undefined
      ? {
          id: event.id,
          content: event.titleEn,
          start: isoDay(event.start),
          end: isoDay(event.end + 1),
          type: 'range'
        }
      : { id: event.id, content: event.titleEn, start: isoDay(event.start), type: 'point' }
  );
}

/** TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html). */
export function toTimelineJs(events: readonly BenchEvent[]) {
  return {
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: ymd(event.start),
      ...(event.end !== undefined ? { end_date: ymd(event.end) } : {}),
      text: { headline: event.titleEn, text: event.summaryEn }
    }))
  };
}

export interface DatasetFiles {
  size: number;
  /** Counts, for the results: how many ranges, and the first and last day. */
  summary: { events: number; ranges: number; first: string; last: string; bursts: number };
  ours: string;
  vis: string;
  timelinejs: string;
}

/** The three JSON texts of one size, and a summary of what is in them. */
export function datasetFiles(size: number): DatasetFiles {
  const { events, bursts } = generate(size, SEED);
  return {
    size,
    summary: {
      events: events.length,
      ranges: events.filter((event) => event.end !== undefined).length,
      first: isoDay(events[0]!.start),
      last: isoDay(Math.max(...events.map((event) => event.end ?? event.start))),
      bursts
    },
    ours: JSON.stringify(toOurs(events)),
    vis: JSON.stringify(toVis(events)),
    timelinejs: JSON.stringify(toTimelineJs(events))
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const sizes = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
  const out = fileURLToPath(new URL('./results/tmp/', import.meta.url));
  for (const size of sizes.length > 0 ? sizes : SIZES) {
    const files = datasetFiles(size);
    const mb = (text: string) => `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`;
    console.log(
      `${size}: ${files.summary.ranges} ranges, ${files.summary.first} … ${files.summary.last}; ` +
        `ours ${mb(files.ours)}, vis ${mb(files.vis)}, timelinejs ${mb(files.timelinejs)}`
    );
    if (write) {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, `${size}.json`), files.ours);
      writeFileSync(path.join(out, `${size}.vis.json`), files.vis);
      writeFileSync(path.join(out, `${size}.timelinejs.json`), files.timelinejs);
    }
  }
  if (write) console.log(`written to ${out}`);
}
