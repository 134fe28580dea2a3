/**
 * CSV as a spreadsheet exports it: the text as rows (RFC 4180), and the header as known columns. Total: a
 * quote never closed, an unknown or repeated column cost only their own lines; only a text whose first
 * line names no column at all is no dataset (`CsvError`). The rows become events in csv-dataset.ts.
 */
import type { Issue } from './issue.js';

/** A text that is not a dataset at all: not JSON, and its first line names none of the columns. */
export class CsvError extends SyntaxError {
  override name = 'CsvError';
  constructor(
    readonly line: number,
    /** The start of that line, quoted, for the message. */
    readonly found: string
  ) {
    super(`line ${line}: not a dataset; it begins ${found}`);
  }
}

export interface CsvRow {
  /** The line the row starts on (1-based). */
  line: number;
  cells: string[];
  /** Its last field opens a quote that is never closed, and so runs to the end of the text. */
  unclosed?: true;
}

/**
 * The separator of a spreadsheet's text: a tab when its first line holds one (what a copy from a
 * spreadsheet pastes), a comma otherwise (what "Download as CSV" writes).
 *
 * separatorOf('Year\tMonth\n2019\t4') → '\t'; separatorOf('id,start') → ','
 */
export function separatorOf(text: string): ',' | '\t' {
  const end = text.search(/[\r\n]/);
  return (end === -1 ? text : text.slice(0, end)).includes('\t') ? '\t' : ',';
}

/**
 * Parses CSV by RFC 4180 as spreadsheets write it: commas, quoted fields with commas, doubled quotes and
 * line breaks inside, CRLF or LF; tab-separated text alike, its separator told by `separatorOf`. Returns
 * rows with the line each starts on (1-based); a row whose quote is never closed comes last, marked
 * `unclosed`.
 *
 * parseCsv('a,b\n"x, y","say ""hi"""') → [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', 'say "hi"'] }]
 */
export function parseCsv(text: string, separator: ',' | '\t' = separatorOf(text)): CsvRow[] {
  const rows: CsvRow[] = [];
  const source = text.replace(/^\ufeff/, '');
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
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
    } else if (char === separator) {
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
  if (quoted || cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells, ...(quoted ? { unclosed: true as const } : {}) });
  }
  return rows.filter((row) => row.unclosed || row.cells.some((value) => value.trim() !== ''));
}

/**
 * The rows of a CSV (or TSV) text, for a converter: a quoted field never closed leaves its row and every
 * line after it out, and says so at its line in `issues`.
 */
export function csvRows(text: string, file: string, issues: Issue[]): CsvRow[] {
  const rows = parseCsv(text);
  const last = rows.at(-1);
  if (last?.unclosed) {
    rows.pop();
    issues.push({
      file,
      record: `line ${last.line}`,
      message: 'opens a quoted field that is never closed: this row and every line after it are left out'
    });
  }
  return rows;
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
  'note_source',
  'importance',
  'episode'
] as const;

export type Column = (typeof CSV_COLUMNS)[number];

const isColumn = (name: string): name is Column => (CSV_COLUMNS as readonly string[]).includes(name);

/**
 * The header's column for each cell (undefined for an unknown or repeated one), with an issue for each
 * of those. Throws a `CsvError` when it names no known column: the text is no dataset at all.
 *
 * readHeader({ line: 1, cells: ['id', 'colour'] }, 'a.csv', issues) → ['id', undefined], one issue
 */
export function readHeader(header: CsvRow, file: string, issues: Issue[]): (Column | undefined)[] {
  const record = `line ${header.line}`;
  const names = header.cells.map((name) => name.trim().toLowerCase());
  if (!names.some(isColumn)) {
    const start = header.cells.join(',');
    throw new CsvError(header.line, JSON.stringify(start.length > 40 ? `${start.slice(0, 40)}…` : start));
  }
  const seen = new Set<string>();
  return names.map((name) => {
    const repeated = seen.has(name);
    seen.add(name);
    if (!isColumn(name)) {
      issues.push({ file, record, field: name || '(empty)', message: 'is not a known column' });
      return undefined;
    }
    if (repeated) {
      issues.push({ file, record, field: name, message: 'repeats a column; the later one is ignored' });
      return undefined;
    }
    return name;
  });
}
