/**
 * CSV as a spreadsheet exports it: one row per event (or several rows with the same `id` for an event
 * with several quotes), converted to the project's shape, every issue pointed at its line.
 */
import type { Converted } from './formats.js';
import type { Issue } from './issue.js';
import { parseDate } from '../time/dates.js';
import { slug } from './slug.js';

/**
 * Parses CSV by RFC 4180 as spreadsheets write it: commas, quoted fields with commas, doubled quotes and
 * line breaks inside, CRLF or LF. Returns rows with the line each starts on (1-based).
 *
 * parseCsv('a,b\n"x, y","say ""hi"""') → [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', 'say "hi"'] }]
 */
export function parseCsv(text: string, file: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  const source = text.replace(/^\ufeff/, '');
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) throw new SyntaxError(`${file}: line ${quoteLine}: a quoted field is never closed`);
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((row) => row.cells.some((value) => value.trim() !== ''));
}

/** The CSV columns, as the README documents them. */
export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'approximate',
  'date_note',
  'title',
  'title_id',
  'summary',
  'summary_id',
  'category',
  'status',
  'place',
  'country',
  'lat',
  'lon',
  'people',
  'source',
  'source_outlet',
  'source_title',
  'source_author',
  'source_date',
  'source_url',
  'quote',
  'translation',
  'note_kind',
  'note',
  'importance',
  'episode'
] as const;

type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['id', 'start', 'title', 'summary', 'category', 'source', 'quote', 'translation'];

/** A value, or `undefined` for an empty cell. */
function value(row: Partial<Record<Column, string>>, column: Column): string | undefined {
  const text = row[column]?.trim();
  return text ? text : undefined;
}

function number(text: string | undefined): number | undefined | string {
  if (text === undefined) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : text;
}

/**
 * Converts CSV rows to the project's shape: one row per event, or several rows with the same `id` for
 * an event with several quotes (its other columns may then be left empty). Sources are made from the
 * `source*` columns, one per distinct `source` id.
 */
export function csvToDataset(text: string, file: string): Converted {
  const issues: Issue[] = [];
  const rows = parseCsv(text, file);
  const header = rows.shift();
  if (!header)
    return { format: 'csv', data: { events: [] }, issues: [{ file, message: 'has no header row' }] };
  const columns = header.cells.map((name) => name.trim().toLowerCase());
  for (const name of columns) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      issues.push({
        file,
        record: `line ${header.line}`,
        field: name || '(empty)',
        message: 'is not a known column'
      });
    }
  }
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    issues.push({
      file,
      record: `line ${header.line}`,
      message: `lacks the required columns ${missing.join(', ')}`
    });
    return { format: 'csv', data: { events: [] }, issues };
  }

  const events: Record<string, unknown>[] = [];
  const lines: { event: number; quotes: number[] }[] = [];
  const byId = new Map<string, number>();
  const sources = new Map<string, Record<string, unknown>>();
  /** Events by the episode (title) their row names. */
  const episodes = new Map<string, Record<string, unknown>[]>();

  for (const { line, cells } of rows) {
    if (cells.length > columns.length) {
      issues.push({
        file,
        record: `line ${line}`,
        message: `has ${cells.length} cells but the header has ${columns.length}`
      });
    }
    const row: Partial<Record<Column, string>> = {};
    columns.forEach((name, i) => (row[name as Column] = cells[i] ?? ''));
    const id = value(row, 'id') ?? '';
    const citation = {
      source: value(row, 'source') ?? '',
      quote: value(row, 'quote') ?? '',
      translation: value(row, 'translation') ?? ''
    };

    const sourceId = value(row, 'source');
    if (sourceId && !sources.has(sourceId)) {
      const url = value(row, 'source_url');
      sources.set(sourceId, {
        id: sourceId,
        outlet: value(row, 'source_outlet') ?? sourceId,
        title: value(row, 'source_title') ?? value(row, 'source_outlet') ?? sourceId,
        ...(value(row, 'source_author') ? { author: value(row, 'source_author') } : {}),
        ...(value(row, 'source_date')
          ? { published: { date: value(row, 'source_date'), derivation: `given in ${file}` } }
          : {}),
        language: 'und',
        ...(url ? { url } : {})
      });
    }

    const existing = byId.get(id);
    if (existing !== undefined && id !== '') {
      (events[existing]!.sources as unknown[]).push(citation);
      lines[existing]!.quotes.push(line);
      continue;
    }
    const title_id = value(row, 'title_id');
    const summary_id = value(row, 'summary_id');
    const place = value(row, 'place');
    const note = value(row, 'note');
    const event: Record<string, unknown> = {
      id,
      start: value(row, 'start') ?? '',
      ...(value(row, 'end') ? { end: value(row, 'end') } : {}),
      ...(value(row, 'approximate')
        ? { approximate: /^(true|yes|1|x)$/i.test(value(row, 'approximate')!) }
        : {}),
      ...(value(row, 'date_note') ? { dateDerivation: { en: value(row, 'date_note') } } : {}),
      title: { en: value(row, 'title') ?? '', ...(title_id ? { id: title_id } : {}) },
      summary: { en: value(row, 'summary') ?? '', ...(summary_id ? { id: summary_id } : {}) },
      category: value(row, 'category') ?? '',
      ...(value(row, 'importance') ? { importance: value(row, 'importance') } : {}),
      ...(value(row, 'status') ? { status: value(row, 'status') } : {}),
      ...(place
        ? {
            place: {
              name: place,
              ...(value(row, 'country') ? { country: value(row, 'country') } : {}),
              ...(value(row, 'lat') ? { lat: number(value(row, 'lat')) } : {}),
              ...(value(row, 'lon') ? { lon: number(value(row, 'lon')) } : {})
            }
          }
        : {}),
      ...(value(row, 'people')
        ? {
            people: value(row, 'people')!
              .split(';')
              .map((p) => p.trim())
              .filter(Boolean)
          }
        : {}),
      sources: [citation],
      ...(note ? { notes: [{ kind: value(row, 'note_kind') ?? 'ambiguity', text: { en: note } }] } : {})
    };
    byId.set(id, events.length);
    events.push(event);
    lines.push({ event: line, quotes: [line] });
    const episode = value(row, 'episode');
    if (episode) episodes.set(episode, [...(episodes.get(episode) ?? []), event]);
  }
  const data = {
    sources: [...sources.values()],
    events,
    ...(episodes.size ? { episodes: csvEpisodes(episodes) } : {})
  };
  return { format: 'csv', data, lines, issues };
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

/**
 * Points a CSV dataset's issues at lines: `event "x"` becomes `line 4 (event "x")`, and a quote's issue
 * the line of that quote.
 */
export function locateCsvIssues(issues: Issue[], converted: Converted): Issue[] {
  if (converted.format !== 'csv' || !converted.lines) return issues;
  return issues.map((issue) => {
    const at = issue.event === undefined ? undefined : converted.lines![issue.event];
    if (!at) return issue;
    const quote = /^sources\[(\d+)\]/.exec(issue.field ?? '');
    const line = quote ? (at.quotes[Number(quote[1])] ?? at.event) : at.event;
    return { ...issue, record: `line ${line} (${issue.record})` };
  });
}
