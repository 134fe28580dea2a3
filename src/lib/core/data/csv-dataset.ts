/**
 * A CSV's rows as the project's dataset: one row per event, or several rows with the same `id` for an
 * event with several quotes (its other columns may then be left empty). Sources are made from the
 * `source*` columns, one per distinct `source` id. Every event, quote and source keeps its line, for
 * messages (formats.ts, `locateIssues`).
 */
import { csvRows, readHeader, type Column } from './csv.js';
import { parseClaims } from './csv-claims.js';
import type { Converted } from './formats.js';
import type { Issue } from './issue.js';
import { safeUrl } from '../url.js';
import { parseDate } from '../time/dates.js';
import { slug } from './slug.js';

const REQUIRED: Column[] = ['id', 'start', 'title', 'category', 'source', 'quote', 'translation'];

/** A row's cells by column: a Map, so that no column name ever meets an object's prototype. */
type Row = Map<Column, string>;

/** A value, or `undefined` for an empty cell. */
function value(row: Row, column: Column): string | undefined {
  const text = row.get(column)?.trim();
  return text ? text : undefined;
}

function number(text: string | undefined): number | undefined | string {
  if (text === undefined) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : text;
}

/**
 * The source a row names, in the project's shape. A `source_url` that is no http(s) address (the
 * placeholder `http://`, a `javascript:` link) is left out with a notice: it must not cost the source,
 * and with it every event citing it.
 */
function sourceOf(
  row: Row,
  id: string,
  file: string,
  leftOut: (why: string) => void
): Record<string, unknown> {
  const isRecord = value(row, 'source_kind')?.toLowerCase() === 'record';
  const given = value(row, 'source_url');
  // Kept as written; safeUrl only says whether it is an http(s) address.
  const url = given !== undefined && safeUrl(given) ? given : undefined;
  if (given !== undefined && url === undefined) leftOut(`${JSON.stringify(given)} is not an http(s) address`);
  const author = value(row, 'source_author');
  const date = value(row, 'source_date');
  return {
    id,
    ...(isRecord ? { kind: 'record' } : {}),
    outlet: value(row, 'source_outlet') ?? id,
    title: value(row, 'source_title') ?? value(row, 'source_outlet') ?? id,
    ...(author ? { author } : {}),
    ...(date ? { published: { date, derivation: `given in ${file}` } } : {}),
    language: 'und',
    ...(url ? { url } : {})
  };
}

/** A row's note (`note`, `note_kind`, `note_source`), if it has one. */
function noteOf(row: Row): Record<string, unknown> | undefined {
  const note = value(row, 'note');
  const source = value(row, 'note_source');
  return note
    ? { kind: value(row, 'note_kind') ?? 'ambiguity', ...(source ? { source } : {}), text: { en: note } }
    : undefined;
}

/**
 * The event a row starts, in the project's shape, citing `citation`. Its summary is sentence-cited when
 * the row has a `claims` cell (`problem` hears what is wrong with it); a plain `summary` is still read.
 */
function eventOf(
  row: Row,
  citation: Record<string, string>,
  problem: (message: string) => void
): Record<string, unknown> {
  const optional = (key: string, column: Column) => {
    const text = value(row, column);
    return text ? { [key]: text } : {};
  };
  const place = value(row, 'place');
  const approximate = value(row, 'approximate');
  const dateNote = value(row, 'date_note');
  const people = value(row, 'people');
  const note = noteOf(row);
  const claimsCell = value(row, 'claims');
  let claims: Record<string, unknown>[] | undefined;
  if (claimsCell) {
    const parsed = parseClaims(claimsCell, value(row, 'claims_id'));
    claims = parsed.claims;
    parsed.problems.forEach(problem);
  }
  return {
    id: value(row, 'id') ?? '',
    start: value(row, 'start') ?? '',
    ...optional('end', 'end'),
    ...(approximate ? { approximate: /^(true|yes|1|x)$/i.test(approximate) } : {}),
    ...(dateNote ? { dateDerivation: { en: dateNote } } : {}),
    title: { en: value(row, 'title') ?? '', ...optional('id', 'title_id') },
    ...(claims ? { claims } : {}),
    ...(value(row, 'summary') || !claims
      ? { summary: { en: value(row, 'summary') ?? '', ...optional('id', 'summary_id') } }
      : {}),
    category: value(row, 'category') ?? '',
    ...optional('importance', 'importance'),
    ...optional('status', 'status'),
    ...(place
      ? {
          place: {
            name: place,
            ...optional('country', 'country'),
            ...(value(row, 'lat') ? { lat: number(value(row, 'lat')) } : {}),
            ...(value(row, 'lon') ? { lon: number(value(row, 'lon')) } : {})
          }
        }
      : {}),
    ...(people
      ? {
          people: people
            .split(';')
            .map((p) => p.trim())
            .filter(Boolean)
        }
      : {}),
    sources: [citation],
    ...(note ? { notes: [note] } : {})
  };
}

/**
 * Converts a CSV to the project's shape. Throws a `CsvError` only for a text that is no CSV dataset at
 * all; everything else is an issue at its line.
 *
 * csvToDataset('id,start,…\na,2019,…', 'a.csv') → { format: 'csv', data: { sources, events }, places, issues }
 */
export function csvToDataset(text: string, file: string): Converted {
  const issues: Issue[] = [];
  const notices: Issue[] = [];
  const empty = (): Converted => ({ format: 'csv', data: { events: [] }, issues, notices });
  const rows = csvRows(text, file, issues);
  const header = rows.shift();
  if (!header) return empty();
  const columns = readHeader(header, file, issues);
  const summarised = columns.includes('claims') || columns.includes('summary');
  const missing = [...REQUIRED.slice(0, 3), 'claims (or summary)', ...REQUIRED.slice(3)].filter((name) =>
    name === 'claims (or summary)' ? !summarised : !columns.includes(name as Column)
  );
  if (missing.length > 0) {
    issues.push({
      file,
      record: `line ${header.line}`,
      message: `lacks the required columns ${missing.join(', ')}`
    });
    return empty();
  }

  const events: Record<string, unknown>[] = [];
  const lines: { event: string; quotes: string[] }[] = [];
  const byId = new Map<string, number>();
  const sources = new Map<string, Record<string, unknown>>();
  const sourceLines: string[] = [];
  /** Events by the episode (title) their row names. */
  const episodes = new Map<string, Record<string, unknown>[]>();
  /** Notes on record-source rows, attached once every event is known. */
  const pending: { id: string; note: Record<string, unknown>; at: string }[] = [];

  for (const { line, cells } of rows) {
    const at = `line ${line}`;
    if (cells.length > columns.length) {
      issues.push({
        file,
        record: at,
        message: `has ${cells.length} cells but the header has ${columns.length}`
      });
    }
    const row: Row = new Map();
    columns.forEach((column, i) => column && row.set(column, cells[i] ?? ''));
    const id = value(row, 'id') ?? '';
    const citation = {
      source: value(row, 'source') ?? '',
      quote: value(row, 'quote') ?? '',
      translation: value(row, 'translation') ?? ''
    };
    const sourceId = value(row, 'source');
    if (sourceId && !sources.has(sourceId)) {
      sources.set(
        sourceId,
        sourceOf(row, sourceId, file, (why) =>
          notices.push({ file, record: at, field: 'source_url', message: `was left out: ${why}` })
        )
      );
      sourceLines.push(at);
    }
    const note = noteOf(row);
    if (value(row, 'source_kind')?.toLowerCase() === 'record') {
      // A record source's row quotes nothing; its note, if any, belongs to the event of its id.
      if (note && id !== '') pending.push({ id, note, at });
      continue;
    }
    const existing = byId.get(id);
    if (existing !== undefined && id !== '') {
      (events[existing]!.sources as unknown[]).push(citation);
      lines[existing]!.quotes.push(at);
      if (note) ((events[existing]!.notes ??= []) as unknown[]).push(note);
      continue;
    }
    byId.set(id, events.length);
    const event = eventOf(row, citation, (message) =>
      issues.push({ file, record: `${at} (event ${JSON.stringify(id)})`, message })
    );
    events.push(event);
    lines.push({ event: at, quotes: [at] });
    const episode = value(row, 'episode');
    if (episode) episodes.set(episode, [...(episodes.get(episode) ?? []), event]);
  }
  for (const { id, note, at } of pending) {
    const index = byId.get(id);
    if (index === undefined) {
      issues.push({
        file,
        record: at,
        message: `has a note for event ${JSON.stringify(id)}, which no row with a quote defines`
      });
    } else ((events[index]!.notes ??= []) as unknown[]).push(note);
  }
  return {
    format: 'csv',
    data: {
      sources: [...sources.values()],
      events,
      ...(episodes.size ? { episodes: csvEpisodes(episodes) } : {})
    },
    places: { events: lines, sources: sourceLines },
    issues,
    notices
  };
}

/**
 * The episodes a CSV names in its `episode` column: one per title, from the earliest start to the latest
 * end of its events (dates that do not parse are left to validation, which reports them by line).
 */
function csvEpisodes(episodes: Map<string, Record<string, unknown>[]>) {
  const span = (iso: unknown) => {
    try {
      return parseDate(iso as string);
    } catch {
      return null;
    }
  };
  const used = new Set<string>();
  return [...episodes].flatMap(([title, members]) => {
    const starts = members.map((e) => span(e.start)).filter((d) => d !== null);
    const ends = members.map((e) => span(e.end ?? e.start)).filter((d) => d !== null);
    if (starts.length === 0) return [];
    const first = starts.reduce((a, b) => (b.start < a.start ? b : a));
    const last = ends.reduce((a, b) => (b.end > a.end ? b : a));
    let id = slug(title);
    while (used.has(id)) id = `${id}-${used.size + 1}`;
    used.add(id);
    return [{ id, title: { en: title }, start: first.iso, end: last.iso }];
  });
}
