/**
 * TimelineJS's JSON, converted to the project's shape: dates at their precision, headlines, texts as plain
 * text, media credits as sources.
 */
import type { Converted } from './formats.js';
import { slug } from './slug.js';

/** Plain text from TimelineJS's HTML fields: tags dropped, entities decoded. Nothing is ever parsed as HTML. */
export function htmlToText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === '#') {
        const point =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
      }
      return named[code.toLowerCase()] ?? entity;
    })
    .trim();
}

interface TimelineJsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
}

/** A TimelineJS date object as one of our ISO shapes, its precision kept: {year: 2019, month: 4} → "2019-04". */
function isoFromTimelineJs(date: TimelineJsDate | undefined): string {
  if (!date || date.year === undefined || date.year === '') return '';
  const year = Number(date.year);
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
  let iso = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
  if (date.month !== undefined && date.month !== '') {
    iso += `-${pad(Number(date.month), 2)}`;
    if (date.day !== undefined && date.day !== '') iso += `-${pad(Number(date.day), 2)}`;
  }
  return iso;
}

/**
 * Converts a TimelineJS JSON timeline: dates with their precision, headlines, texts (as plain text) and
 * media credits. Each event's text becomes its quote (TimelineJS has no quotes of its own), cited to a
 * source made from its media credit and URL, or to the timeline itself when it has none; those sources
 * have no archived text, so the quotes are reported as not checked.
 */
export function timelineJsToDataset(data: unknown, file: string): Converted {
  const timeline = data as {
    title?: { text?: { headline?: string; text?: string } };
    events?: {
      unique_id?: string;
      start_date?: TimelineJsDate;
      end_date?: TimelineJsDate;
      text?: { headline?: string; text?: string };
      media?: { url?: string; credit?: string; caption?: string };
      group?: string;
    }[];
    eras?: { start_date?: TimelineJsDate; end_date?: TimelineJsDate; text?: { headline?: string } }[];
  };
  const title = htmlToText(timeline.title?.text?.headline ?? '') || file;
  const sources = new Map<string, Record<string, unknown>>();
  const used = new Set<string>();
  const events = (timeline.events ?? []).map((item, index) => {
    const headline = htmlToText(item.text?.headline ?? '');
    const text = htmlToText(item.text?.text ?? '') || headline;
    const start = isoFromTimelineJs(item.start_date);
    const end = isoFromTimelineJs(item.end_date);
    let id = slug(item.unique_id || headline || `event-${index + 1}`);
    while (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);

    const credit = htmlToText(item.media?.credit ?? '');
    const url = item.media?.url && /^https?:\/\//i.test(item.media.url) ? item.media.url : undefined;
    const sourceId = slug(credit || (url ? new URL(url).hostname : '') || title);
    if (!sources.has(sourceId)) {
      sources.set(sourceId, {
        id: sourceId,
        outlet: credit || (url ? new URL(url).hostname : title),
        title: htmlToText(item.media?.caption ?? '') || credit || title,
        language: 'und',
        ...(url ? { url } : {})
      });
    }
    return {
      id,
      start,
      ...(end && end !== start ? { end } : {}),
      title: { en: headline || text.slice(0, 80) },
      summary: { en: text },
      category: 'report',
      sources: [{ source: sourceId, quote: text, translation: text }]
    };
  });
  return {
    format: 'timelinejs',
    data: {
      title: { en: title },
      ...(timeline.eras?.length ? { episodes: erasToEpisodes(timeline.eras) } : {}),
      sources: [...sources.values()],
      events
    },
    issues: []
  };
}

/** TimelineJS's eras are the story's chapters: each becomes an episode, named by its headline. */
function erasToEpisodes(
  eras: { start_date?: TimelineJsDate; end_date?: TimelineJsDate; text?: { headline?: string } }[]
) {
  const used = new Set<string>();
  return eras.map((era, index) => {
    const title = htmlToText(era.text?.headline ?? '') || `Era ${index + 1}`;
    let id = slug(title);
    while (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);
    const start = isoFromTimelineJs(era.start_date);
    return { id, title: { en: title }, start, end: isoFromTimelineJs(era.end_date) || start };
  });
}
