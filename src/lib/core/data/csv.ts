/**
 * CSV as a spreadsheet exports it: one row per event (or several rows with the same `id` for an event
 * with several quotes), converted to the project's shape, every issue pointed at its line.
 *
 * The summary is sentence-cited in a `claims` cell: one sentence per line, each ending in the quotes it
 * rests on, numbered from 1 in the order of the event's quote rows (`[1]`, `[1,2]` or `[1][2]`), or in
 * `[r:<id>]` for a record source. A row whose `source_kind` is `record` declares a record source (from
 * its `source_*` cells) and quotes nothing. A plain `summary` column is still read.
 */
import type { Converted } from './formats.js';
import type { Issue } from './issue.js';

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
  'claims',
  'claims_id',
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
  'source_kind',
  'source_outlet',
  'source_title',
  'source_author',
  'source_date',
  'source_url',
  'quote',
  'translation',
  'note_kind',
  'note',
  'note_source'
] as const;

type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['id', 'start', 'title', 'category', 'source', 'quote', 'translation'];

/**
 * A line split into its sentence and the bracketed citations it ends in (`[1]`, `[1,2]`, `[1][2]`,
 * `[r:source-id]`), read from the end by hand: linear in the line's length whatever it holds.
 *
 * splitMarkers('They met. [1][r:afp]') → { text: 'They met.', markers: ['1', 'r:afp'] }
 */
function splitMarkers(line: string): { text: string; markers: string[] } {
  const markers: string[] = [];
  let text = line.trimEnd();
  while (text.endsWith(']')) {
    const open = text.lastIndexOf('[');
    if (open < 0) break;
    markers.unshift(text.slice(open + 1, -1));
    text = text.slice(0, open).trimEnd();
  }
  return { text, markers };
}

/**
 * A `claims` cell as claims: one per line, each line's closing markers read as what it cites.
 *
 * parseClaims('They met. [1]\nIt was cut short. [r:afp]') →
 *   { claims: [{ en: 'They met.', cites: [0] }, { en: 'It was cut short.', record: 'afp' }], problems: [] }
 */
export function parseClaims(
  text: string,
  translated?: string
): { claims: Record<string, unknown>[]; problems: string[] } {
  const problems: string[] = [];
  const lines = (cell: string) =>
    cell
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  const english = lines(text);
  const indonesian = translated === undefined ? undefined : lines(translated);
  if (indonesian && indonesian.length !== english.length) {
    problems.push(
      `claims_id has ${indonesian.length} sentence${indonesian.length === 1 ? '' : 's'} but claims has ${english.length}: give one line for each`
    );
  }
  const claims = english.map((line, index) => {
    const { text: en, markers } = splitMarkers(line);
    const cites: number[] = [];
    let record: string | undefined;
    for (const inside of markers) {
      const body = inside.trim();
      if (/^r:/i.test(body)) record = body.slice(2).trim();
      else if (/^\d+(?:\s*,\s*\d+)*$/.test(body) && !/(^|,)\s*0+\s*(,|$)/.test(body))
        cites.push(...body.split(',').map((n) => Number(n) - 1));
      else
        problems.push(
          `claims line ${index + 1}: "[${inside}]" is not a citation: write [1] for the event's first quote, [1,2] for two, [r:source-id] for a record source`
        );
    }
    const id = indonesian?.[index] === undefined ? undefined : splitMarkers(indonesian[index]).text;
    return {
      en,
      ...(id ? { id } : {}),
      ...(cites.length > 0 ? { cites } : {}),
      ...(record !== undefined ? { record } : {})
    };
  });
  return { claims, problems };
}

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
  const summarised = columns.includes('claims') || columns.includes('summary');
  const missing = [...REQUIRED.slice(0, 3), 'claims (or summary)', ...REQUIRED.slice(3)].filter((name) =>
    name === 'claims (or summary)' ? !summarised : !columns.includes(name)
  );
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
  /** Notes on record-source rows, attached once every event is known. */
  const pending: { id: string; note: Record<string, unknown>; line: number }[] = [];

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
    const isRecord = value(row, 'source_kind')?.toLowerCase() === 'record';
    if (sourceId && !sources.has(sourceId)) {
      const url = value(row, 'source_url');
      sources.set(sourceId, {
        id: sourceId,
        ...(isRecord ? { kind: 'record' } : {}),
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

    const note = value(row, 'note');
    const noteSource = value(row, 'note_source');
    const made = note
      ? {
          kind: value(row, 'note_kind') ?? 'ambiguity',
          ...(noteSource ? { source: noteSource } : {}),
          text: { en: note }
        }
      : undefined;
    if (isRecord) {
      // A record source's row quotes nothing; its note, if any, belongs to the event of its id.
      if (made && id !== '') pending.push({ id, note: made, line });
      continue;
    }
    const existing = byId.get(id);
    if (existing !== undefined && id !== '') {
      (events[existing]!.sources as unknown[]).push(citation);
      lines[existing]!.quotes.push(line);
      if (made) ((events[existing]!.notes ??= []) as unknown[]).push(made);
      continue;
    }
    const title_id = value(row, 'title_id');
    const summary_id = value(row, 'summary_id');
    const place = value(row, 'place');
    const claimsCell = value(row, 'claims');
    let claims: Record<string, unknown>[] | undefined;
    if (claimsCell) {
      const parsed = parseClaims(claimsCell, value(row, 'claims_id'));
      claims = parsed.claims;
      for (const message of parsed.problems)
        issues.push({ file, record: `line ${line} (event ${JSON.stringify(id)})`, message });
    }
    const event: Record<string, unknown> = {
      id,
      start: value(row, 'start') ?? '',
      ...(value(row, 'end') ? { end: value(row, 'end') } : {}),
      ...(value(row, 'approximate')
        ? { approximate: /^(true|yes|1|x)$/i.test(value(row, 'approximate')!) }
        : {}),
      ...(value(row, 'date_note') ? { dateDerivation: { en: value(row, 'date_note') } } : {}),
      title: { en: value(row, 'title') ?? '', ...(title_id ? { id: title_id } : {}) },
      ...(claims ? { claims } : {}),
      ...(value(row, 'summary') || !claims
        ? { summary: { en: value(row, 'summary') ?? '', ...(summary_id ? { id: summary_id } : {}) } }
        : {}),
      category: value(row, 'category') ?? '',
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
      ...(made ? { notes: [made] } : {})
    };
    byId.set(id, events.length);
    events.push(event);
    lines.push({ event: line, quotes: [line] });
  }
  for (const { id, note, line } of pending) {
    const index = byId.get(id);
    if (index === undefined) {
      issues.push({
        file,
        record: `line ${line}`,
        message: `has a note for event ${JSON.stringify(id)}, which no row with a quote defines`
      });
    } else ((events[index]!.notes ??= []) as unknown[]).push(note);
  }
  return { format: 'csv', data: { sources: [...sources.values()], events }, lines, issues };
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
