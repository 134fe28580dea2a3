/**
 * What the browser tests share: the curated data read straight from `data/` (so expectations come from the
 * data, not from the page), the dates as a reader should see them, and the few ways a reader looks at and
 * moves the timeline.
 *
 * The date formatting here is written independently of `src/lib/core/dates.ts` on purpose: it is the
 * expectation the page is checked against, so it must not share the page's code.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export type Locale = 'en' | 'id';

export interface DataCitation {
  source: string;
  quote: string;
  translation: string;
}

/** A sentence of an event's summary, citing quotes of the event (indices into `sources`) or a record source. */
export interface DataClaim {
  en: string;
  id: string;
  cites?: number[];
  record?: string;
}

export interface DataNote {
  kind: 'error' | 'contradiction' | 'ambiguity' | 'record';
  source?: string;
  text: { en: string; id?: string };
}

export interface DataEvent {
  id: string;
  start: string;
  end?: string;
  approximate?: boolean;
  dateDerivation?: { en: string; id?: string };
  status?: 'reported' | 'expected';
  title: Record<Locale, string>;
  /** The curated data gives every summary as claims (a unit test says so). */
  claims: DataClaim[];
  category: string;
  importance?: 'headline' | 'major' | 'minor';
  place?: { name: string; country?: string };
  people?: string[];
  sources: DataCitation[];
  notes?: DataNote[];
}

export interface DataSource {
  id: string;
  kind?: 'article' | 'record';
  outlet: string;
  title: string;
  author?: string;
  published: { date: string; approximate?: boolean };
  file?: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
}

export interface DataEpisode {
  id: string;
  title: Record<Locale, string>;
  start: string;
  end: string;
}

const rawData = readJson<{ events: DataEvent[]; episodes: DataEpisode[] }>('../../data/events.json');
const rawEvents = rawData.events;
export const episodes = rawData.episodes;
export const sources = readJson<{ sources: DataSource[] }>('../../data/sources.json').sources;

export function sourceById(id: string): DataSource {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`data/sources.json has no source "${id}"`);
  return source;
}

// ---------------------------------------------------------------------------------------------------
// Dates as a reader reads them.

const MONTHS: Record<Locale, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
  ],
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember'
  ]
};

interface Day {
  precision: 'year' | 'month' | 'day';
  year: number;
  month: number;
  day: number;
  /** First and first-after milliseconds of the span the date covers, UTC. */
  from: number;
  to: number;
}

/** "2019" | "2019-02" | "2019-04-24" → the span it covers (the data has only years after 1000). */
export function span(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) {
    return { precision: 'year', year, month: 1, day: 1, from: Date.UTC(year, 0), to: Date.UTC(year + 1, 0) };
  }
  if (day === undefined) {
    return {
      precision: 'month',
      year,
      month,
      day: 1,
      from: Date.UTC(year, month - 1),
      to: Date.UTC(year, month)
    };
  }
  const from = Date.UTC(year, month - 1, day);
  return { precision: 'day', year, month, day, from, to: from + 86_400_000 };
}

/** "24 April 2019", "Februari 2019", "2002". */
export function shownDate(iso: string, locale: Locale): string {
  const d = span(iso);
  if (d.precision === 'year') return String(d.year);
  const month = MONTHS[locale][d.month - 1]!;
  return d.precision === 'month' ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** A start and end as the page shares what they have in common: "15–21 April 2019", "2020–2023". */
export function shownRange(start: string, end: string | undefined, locale: Locale): string {
  if (end === undefined || end === start) return shownDate(start, locale);
  const a = span(start);
  const b = span(end);
  if (a.precision === b.precision && a.year === b.year) {
    if (a.precision === 'year') return shownDate(start, locale);
    if (a.precision === 'day' && a.month === b.month) return `${a.day}–${shownDate(end, locale)}`;
    const head =
      a.precision === 'day' ? `${a.day} ${MONTHS[locale][a.month - 1]}` : MONTHS[locale][a.month - 1];
    return `${head} – ${shownDate(end, locale)}`;
  }
  if (a.precision === 'year' && b.precision === 'year') return `${a.year}–${b.year}`;
  return `${shownDate(start, locale)} – ${shownDate(end, locale)}`;
}

/** An event's date as shown: "24 April 2019", "about 18 April 2019", "sekitar 2022". */
export function eventDate(event: DataEvent, locale: Locale = 'en'): string {
  const text = shownRange(event.start, event.end, locale);
  return event.approximate ? `${locale === 'id' ? 'sekitar' : 'about'} ${text}` : text;
}

/** The accessible name of an event's mark: "<title>, <date>". */
export function markName(event: DataEvent, locale: Locale = 'en'): string {
  return `${event.title[locale]}, ${eventDate(event, locale)}`;
}

/** Reads a day-precision date the page wrote ("24 April 2019", "3 Januari 2002") as UTC milliseconds. */
export function readDay(text: string): number {
  const match = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(text.trim());
  const month = match ? Math.max(MONTHS.en.indexOf(match[2]!), MONTHS.id.indexOf(match[2]!)) : -1;
  if (!match || month < 0) throw new Error(`"${text}" is not a date of the form "24 April 2019"`);
  return Date.UTC(Number(match[3]), month, Number(match[1]));
}

/**
 * Reads the dates in a cluster's name ("22–27 April 2019", "2018 – April 2019", "2011") as the span of
 * time they cover, [from, to) in UTC milliseconds.
 */
export function readRange(text: string): { from: number; to: number } {
  const toIso = (part: string, fallbackYear?: string): string => {
    const words = part.trim().split(' ');
    const year = /^\d{4}$/.test(words.at(-1)!) ? words.pop()! : fallbackYear;
    if (!year) throw new Error(`cannot read the dates "${text}"`);
    const month = words.length
      ? Math.max(MONTHS.en.indexOf(words.at(-1)!), MONTHS.id.indexOf(words.at(-1)!))
      : -1;
    if (words.length === 0) return year;
    if (month < 0) throw new Error(`cannot read the dates "${text}"`);
    const mm = String(month + 1).padStart(2, '0');
    return words.length === 2 ? `${year}-${mm}-${words[0]!.padStart(2, '0')}` : `${year}-${mm}`;
  };
  let first: string;
  let last: string;
  if (text.includes(' – ')) {
    const [a, b] = text.split(' – ') as [string, string];
    last = toIso(b);
    first = toIso(a, last.slice(0, 4));
  } else if (/^\d{4}–\d{4}$/.test(text)) {
    [first, last] = text.split('–') as [string, string];
  } else if (/^\d{1,2}–/.test(text)) {
    const [day, rest] = text.split('–') as [string, string];
    last = toIso(rest);
    first = `${last.slice(0, 8)}${day.padStart(2, '0')}`;
  } else {
    first = last = toIso(text);
  }
  return { from: span(first).from, to: span(last).to };
}

// ---------------------------------------------------------------------------------------------------
// The curated events.

/** Every event of data/events.json in time order: by start, then end, then id (the page's reading order). */
export const events: DataEvent[] = [...rawEvents].sort((a, b) => {
  const [sa, sb] = [span(a.start).from, span(b.start).from];
  const [ea, eb] = [span(a.end ?? a.start).to, span(b.end ?? b.start).to];
  return sa - sb || ea - eb || (a.id < b.id ? -1 : 1);
});

export function eventById(id: string): DataEvent {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`data/events.json has no event "${id}"`);
  return event;
}

/** Spaces, tabs and line breaks all read the same: a quote may wrap differently in an article. */
export function foldSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007]+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------
// The page.

export const timeline = (page: Page): Locator => page.getByRole('region', { name: /^(Timeline|Linimasa)$/ });
/** The group of event marks, in either language. */
export const eventsGroup = (page: Page): Locator => page.getByRole('group', { name: /^(Events|Peristiwa)$/ });
export const toolbarButton = (page: Page, name: string): Locator =>
  page.getByRole('toolbar').getByRole('button', { name, exact: true });
export const overview = (page: Page): Locator =>
  page.getByRole('slider', { name: 'Overview: drag to move the timeline' });
/** An event's mark, by its full accessible name. */
export const mark = (page: Page, event: DataEvent, locale: Locale = 'en'): Locator =>
  eventsGroup(page).getByRole('button', { name: markName(event, locale), exact: true });
/** The detail panel of an event. */
export const panel = (page: Page, event: DataEvent, locale: Locale = 'en'): Locator =>
  page.getByRole('complementary', { name: event.title[locale], exact: true });

/** A cluster's name: its most important member's title, how many more it holds, when, and what it does. */
export const CLUSTER =
  /^(.+) (?:and (\d+) more events?|dan (\d+) peristiwa lain), (.+): (?:zoom in|list them|perbesar|tampilkan daftarnya)$/;

/** A cluster's name read: its top member's title, how many events it holds, and its dates. */
export function readCluster(name: string): { title: string; count: number; dates: string } | null {
  const match = CLUSTER.exec(name);
  return match ? { title: match[1]!, count: Number(match[2] ?? match[3]) + 1, dates: match[4]! } : null;
}

/** A mark as the reader sees it in the timeline's window. */
export interface SeenMark {
  name: string;
  cluster: boolean;
  /** How many events the mark stands for: 1, or a cluster's count. */
  count: number;
  /** Screen x of the mark's time: the centre of its dot (or of a cluster's first dot). */
  x: number;
  y: number;
  /** The visible label's box, if the mark shows one. */
  label: { left: number; right: number; top: number; bottom: number } | null;
  /** The dot's (or a cluster's pill's) box. */
  dot: { left: number; right: number; top: number; bottom: number };
}

/**
 * The marks whose dots are inside the timeline's window (virtualisation may render a few more outside it,
 * which no reader sees), and not under an open event's drawer, which covers the window's right part.
 */
export async function marksInView(page: Page, { all = false } = {}): Promise<SeenMark[]> {
  return eventsGroup(page).evaluate(
    (group, { all, cluster }) => {
      const { left, right, top, bottom } = group.getBoundingClientRect();
      const drawer = (group.getRootNode() as Document | ShadowRoot)
        .querySelector('aside.nt-panel')
        ?.getBoundingClientRect();
      const covered = drawer && drawer.width > 0 && drawer.top < bottom && drawer.bottom > top;
      const view = { left, right: covered ? Math.min(right, drawer.left) : right };
      const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      return [...group.querySelectorAll<HTMLElement>('button.mark')].flatMap((button) => {
        const dot = button.querySelector('.dot, .pill')!.getBoundingClientRect();
        const x = dot.left + dot.height / 2;
        if (!all && (x < view.left || x > view.right)) return [];
        const label = button.querySelector('.label')?.getBoundingClientRect();
        const name = button.getAttribute('aria-label') ?? '';
        const match = new RegExp(cluster).exec(name);
        return [
          {
            name,
            cluster: !!match,
            count: match ? Number(match[2] ?? match[3]) + 1 : 1,
            x,
            y: dot.top + dot.height / 2,
            label: label && label.width > 0 ? box(label) : null,
            dot: box(dot)
          }
        ];
      });
    },
    { all, cluster: CLUSTER.source }
  );
}

/** Screen x of each mark in view (or, with `all`, of every mark drawn, such as a cluster reaching into view), by name. */
export async function positions(page: Page, { all = false } = {}): Promise<Map<string, number>> {
  return new Map((await marksInView(page, { all })).map((m) => [m.name, m.x]));
}

/**
 * Waits until the timeline stops moving (zooms and pans from buttons and keys are animated): the marks and
 * the overview's reading stay the same for several frames.
 */
export async function settle(page: Page): Promise<void> {
  await eventsGroup(page).evaluate(
    (group) =>
      new Promise<void>((resolve) => {
        let last = '';
        let still = 0;
        const frame = () => {
          const slider = document.querySelector('[role="slider"]')?.getAttribute('aria-valuetext') ?? '';
          const now =
            slider +
            [...group.querySelectorAll<HTMLElement>('button.mark')]
              .map((b) => `${b.getAttribute('aria-label')}@${b.style.transform}`)
              .join('|');
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 6) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      })
  );
}

/** The time span the overview says is on screen: "Showing 7 May 2001 to 16 May 2024". */
export async function shownSpan(page: Page): Promise<{ from: number; to: number; text: string }> {
  const text = (await overview(page).getAttribute('aria-valuetext')) ?? '';
  const match = /^(?:Showing|Menampilkan) (.+) (?:to|sampai) (.+)$/.exec(text);
  if (!match) throw new Error(`the overview reads "${text}", not "Showing <date> to <date>"`);
  return { from: readDay(match[1]!), to: readDay(match[2]!) + 86_400_000, text };
}

/** The clusters in view whose dates include `time`, narrowest first. */
async function clustersHolding(page: Page, time: number): Promise<SeenMark[]> {
  const inView = await marksInView(page);
  return inView
    .filter((m) => m.cluster)
    .map((m) => ({ mark: m, range: readRange(readCluster(m.name)!.dates) }))
    .filter(({ range }) => range.from <= time && time < range.to)
    .sort((a, b) => a.range.to - a.range.from - (b.range.to - b.range.from))
    .map(({ mark }) => mark);
}

/**
 * Opens clusters, as a reader would, until the event has a mark of its own in view; returns that mark.
 * Each step clicks the narrowest cluster in view whose dates include the event's start; when the event is
 * somewhere else in time, "Show all" comes first; when it is under an open event's drawer, the overview's
 * arrow keys move it out.
 */
export async function zoomToEvent(page: Page, event: DataEvent, locale: Locale = 'en'): Promise<Locator> {
  const target = mark(page, event, locale);
  const time = span(event.start).from;
  for (let step = 0; step < 12; step++) {
    await settle(page);
    const inView = await marksInView(page);
    const seen = inView.some((m) => m.name === markName(event, locale));
    if (seen && (await clickable(target))) return target;
    if ((await page.getByRole('complementary').count()) > 0) {
      // An event is open and its drawer covers part of the view: move as a keyboard reader does, event
      // by event; the timeline brings the focused event clear of the drawer. Its label may still run
      // under the drawer: then its dot is what a reader (and this test) clicks.
      await focusByKeys(page, event, locale);
      await settle(page);
      if (await clickable(target)) return target;
      const dot = target.locator('.dot, .pill').first();
      if (await clickable(dot)) return dot;
      throw new Error(`"${markName(event, locale)}" is focused but under the open drawer`);
    }
    const [cluster] = await clustersHolding(page, time);
    const showAll = toolbarButton(page, locale === 'id' ? 'Tampilkan semua' : 'Show all');
    if (!cluster && step === 0 && (await showAll.isEnabled())) {
      // Elsewhere in time: step back to the whole timeline first.
      await showAll.click();
      continue;
    }
    if (!cluster) {
      throw new Error(
        `"${markName(event, locale)}" is neither in view nor in a cluster in view; in view: ${inView
          .map((m) => m.name)
          .join(' | ')}`
      );
    }
    await eventsGroup(page).getByRole('button', { name: cluster.name, exact: true }).click();
  }
  throw new Error(`"${markName(event, locale)}" did not come into view after 12 steps`);
}

/** Moves the timeline's focus with ← and → until it is on `event` (the events in the page's reading order). */
async function focusByKeys(page: Page, event: DataEvent, locale: Locale): Promise<void> {
  const group = eventsGroup(page);
  const want = events.findIndex((e) => e.id === event.id);
  const focused = () =>
    group.evaluate((node) => {
      const active = (node.getRootNode() as Document | ShadowRoot).activeElement;
      return active && node.contains(active) ? active.getAttribute('aria-label') : null;
    });
  await group.locator('button.mark[tabindex="0"]').focus();
  for (let presses = 0; presses <= events.length; presses++) {
    const name = await focused();
    const at = events.findIndex((e) => markName(e, locale) === name);
    if (at === want) return;
    await page.keyboard.press(at !== -1 && at > want ? 'ArrowLeft' : 'ArrowRight');
    await settle(page);
  }
  throw new Error(`the keys did not reach "${markName(event, locale)}"`);
}

/** Whether a click in the middle of `target` reaches it (nothing, such as the open drawer, is over it). */
async function clickable(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const hit = (element.getRootNode() as Document | ShadowRoot).elementFromPoint(
      r.left + r.width / 2,
      r.top + r.height / 2
    );
    return !!hit && element.contains(hit);
  });
}

/**
 * Waits until the timeline shows the grab cursor, which tells a reader it can be dragged: the gestures
 * arrive just after the first events are drawn.
 */
export async function untilDraggable(group: Locator): Promise<void> {
  await expect(group, 'the timeline shows the grab cursor').toHaveCSS('cursor', 'grab');
}

/** Drags the timeline sideways with the mouse, from a point above the marks. */
export async function drag(page: Page, dx: number): Promise<void> {
  await untilDraggable(eventsGroup(page));
  const box = (await eventsGroup(page).boundingBox())!;
  const x = box.x + box.width / 2 - dx / 2;
  // Among the lanes, below the episodes' bands (a band is a button of its own).
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 12 });
  await page.mouse.up();
}

/** Presses a toolbar button that is enabled, then waits for the view to settle. */
export async function press(page: Page, name: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await expect(toolbarButton(page, name)).toBeEnabled();
    await toolbarButton(page, name).click();
    await settle(page);
  }
}

/** How far each mark seen both times moved: [name, dx][]. */
export function moves(before: Map<string, number>, after: Map<string, number>): [string, number][] {
  return [...before].filter(([name]) => after.has(name)).map(([name, x]) => [name, after.get(name)! - x]);
}

/** The smallest valid dataset: one source without an archived text, and one event citing it. */
export function oneEventDataset(id: string, start: string, title: string) {
  return {
    sources: [{ id: 's', outlet: 'Own Post', title: 'Mine', language: 'en' }],
    events: [
      {
        id,
        start,
        title: { en: title },
        summary: { en: `${title}.` },
        category: 'report',
        sources: [{ source: 's', quote: 'q', translation: 't' }]
      }
    ]
  };
}
