/**
 * TimelineJS's spreadsheet template (its Google Sheet, downloaded as CSV or copied and pasted as
 * tab-separated text), converted to the project's shape by the rules of TimelineJS's JSON (timelinejs.ts):
 * the same reading of dates (`isoOf`), text as plain text, media credits as sources, media as the event's
 * `media`. The title row (`Type` = `title`) gives the dataset's title and description, `era` rows its
 * episodes, `Group` each event's group and `Display Date` the date a reader sees. Total: every row is
 * read on its own, so a bad row is an issue at its line and the others are converted.
 */
import { csvRows } from './csv.js';
import type { Converted } from './formats.js';
import { htmlToText } from './html-text.js';
import type { Issue } from './issue.js';
import { slug } from './slug.js';
import { hostOf, isoOf, shown } from './timelinejs.js';
import { LEFT_OUT as WHY, slideEvent, timelineDataset } from './timelinejs-decorations.js';

/** The template's columns, as its header names them (matched regardless of case and spacing). */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background'
] as const;
type Column = (typeof SHEET_COLUMNS)[number];

/** What the timeline cannot show, said at each row that fills it. */
const LEFT_OUT: [Column, string][] = [
  ['Time', WHY.time],
  ['End Time', WHY.time],
  ['Media Thumbnail', WHY.thumbnail],
  ['Background', WHY.background]
];

/** What the title row may fill but gives nothing to: its text is the dataset's title and description. */
const TITLE_LEFT_OUT = SHEET_COLUMNS.filter((column) => !['Headline', 'Text', 'Type'].includes(column));
const TITLE_ONLY = 'the title row gives the timeline its title and description only';

/** The column `isoOf` means by a field such as `start.year` or `end.day`. */
const DATE_COLUMNS: Record<string, Column> = {
  'start.year': 'Year',
  'start.month': 'Month',
  'start.day': 'Day',
  'end.year': 'End Year',
  'end.month': 'End Month',
  'end.day': 'End Day'
};

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
const BY_KEY = new Map<string, Column>(SHEET_COLUMNS.map((column) => [key(column), column]));

/**
 * Converts TimelineJS's spreadsheet, as CSV or tab-separated text (its header tells which).
 *
 * timelineJsSheetToDataset('Year,Month,Day,…,Headline,Text,…\n2019,4,25,…', 'sheet.csv')
 *   → { format: 'timelinejs-sheet', data: { title, events, episodes? }, places, issues, notices }
 */
export function timelineJsSheetToDataset(text: string, file: string): Converted {
  const issues: Issue[] = [];
  const notices: Issue[] = [];
  const rows = csvRows(text, file, issues);
  const header = rows.shift();
  const index = new Map<Column, number>();
  header?.cells.forEach((name, i) => {
    const column = BY_KEY.get(key(name));
    const record = `line ${header.line}`;
    if (!column)
      issues.push({ file, record, field: name.trim() || '(empty)', message: 'is not a TimelineJS column' });
    else if (index.has(column)) {
      issues.push({ file, record, field: column, message: 'repeats a column; the later one is ignored' });
    } else index.set(column, i);
  });

  let title = '';
  let description = '';
  let titleLine = '';
  const episodes: Record<string, unknown>[] = [];
  const episodeLines = new Map<string, string>();
  const sources = new Map<string, Record<string, unknown>>();
  const sourceLines: string[] = [];
  const lines: { event: string; quotes: string[] }[] = [];
  const ids = new Set<string>();
  const events: Record<string, unknown>[] = [];
  /** Rows are read once the title row is known: an event's source may be the timeline itself. */
  const eventRows: { at: string; cell: (column: Column) => string }[] = [];

  for (const { line, cells } of rows) {
    const at = `line ${line}`;
    if (header && cells.length > header.cells.length) {
      issues.push({
        file,
        record: at,
        message: `has ${cells.length} cells but the header has ${header.cells.length}`
      });
    }
    const cell = (column: Column) => {
      const i = index.get(column);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const type = cell('Type').toLowerCase();
    if (type === 'title') {
      if (titleLine) {
        issues.push({
          file,
          record: at,
          field: 'Type',
          message: `is a second title row; the title is ${titleLine}'s`
        });
      } else {
        titleLine = at;
        title = htmlToText(cell('Headline'));
        description = htmlToText(cell('Text'));
        for (const column of TITLE_LEFT_OUT) {
          if (cell(column)) {
            notices.push({ file, record: at, field: column, message: `was left out: ${TITLE_ONLY}` });
          }
        }
      }
    } else if (type === 'era') {
      const era = dates(cell, (field, message) => issues.push({ file, record: at, field, message }));
      if (!era) continue;
      const name = htmlToText(cell('Headline')) || `Era ${episodes.length + 1}`;
      let id = slug(name);
      while (episodeLines.has(id)) id = `${id}-${line}`;
      episodeLines.set(id, at);
      episodes.push({ id, title: { en: name }, start: era.start, end: era.end || era.start });
    } else if (type !== '') {
      issues.push({
        file,
        record: at,
        field: 'Type',
        message: `is ${shown(cell('Type'))}: it must be empty, "title" or "era"`
      });
    } else eventRows.push({ at, cell });
  }
  title ||= file;

  for (const { at, cell } of eventRows) {
    const found = dates(cell, (field, message) => issues.push({ file, record: at, field, message }));
    const leftOut = (field: string, why: string) =>
      notices.push({ file, record: at, field, message: `was left out: ${why}` });
    for (const [column, why] of LEFT_OUT) if (cell(column)) leftOut(column, why);
    const headline = htmlToText(cell('Headline'));
    const summary = htmlToText(cell('Text')) || headline;
    if (!summary) {
      issues.push({
        file,
        record: at,
        message: 'Headline and Text are both empty: an event needs one or the other'
      });
    }
    if (!found || !summary) continue;
    const url = cell('Media');
    const host = url ? hostOf(url) : undefined;
    if (url && !host) leftOut('Media', `${shown(url)} is not an http(s) address`);
    const credit = htmlToText(cell('Media Credit'));
    const caption = htmlToText(cell('Media Caption'));

    let id = slug(headline || `event-${events.length + 1}`);
    while (ids.has(id)) id = `${id}-${at.slice(5)}`;
    ids.add(id);
    const { event, added } = slideEvent(
      {
        id,
        start: found.start,
        end: found.end,
        headline,
        summary,
        title,
        host,
        decorations: {
          displayDate: htmlToText(cell('Display Date')),
          group: htmlToText(cell('Group')),
          ...(host ? { url } : {}),
          credit,
          caption,
          alt: ''
        }
      },
      sources
    );
    if (added) sourceLines.push(at);
    lines.push({ event: at, quotes: [at] });
    events.push(event);
  }
  return {
    format: 'timelinejs-sheet',
    data: timelineDataset(title, description, episodes, [...sources.values()], events),
    places: { events: lines, sources: sourceLines, episodes: episodeLines },
    issues,
    notices
  };
}

/**
 * A row's start (`Year`, `Month`, `Day`) and end (`End Year`, …) read as TimelineJS's JSON reads a
 * date, by `isoOf`; undefined, each problem told by its column, when either is missing or bad.
 */
function dates(
  cell: (column: Column) => string,
  problem: (column: string, message: string) => void
): { start: string; end: string } | undefined {
  let bad = false;
  const told = (field: string, message: string) => {
    bad = true;
    problem(DATE_COLUMNS[field] ?? field, message);
  };
  const start = isoOf({ year: cell('Year'), month: cell('Month'), day: cell('Day') }, 'start', told);
  const given = cell('End Year') || cell('End Month') || cell('End Day');
  const end = given
    ? isoOf({ year: cell('End Year'), month: cell('End Month'), day: cell('End Day') }, 'end', told)
    : '';
  return bad ? undefined : { start, end };
}
