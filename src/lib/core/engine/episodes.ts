/**
 * The story's chapters as the timeline shows them: the dataset's own episodes, or, for a dataset without
 * any, the stretches of the axis between its breaks, each named by the time it covers ("April 2019",
 * "2018–2019"). Each is a span of time and of base pixels; the frame draws it as a band the reader can
 * activate to zoom to it.
 */
import type { PreparedEvent } from '../data/events.js';
import type { Episode } from '../data/schema.js';
import { localize } from '../i18n/index.js';
import type { TimeAxis } from '../time/axis.js';
import { formatRange, MONTH_MS, parseDate, type Locale } from '../time/dates.js';

export interface ModelEpisode {
  id: string;
  title: string;
  lang: Locale;
  /** UTC ms, end exclusive. */
  start: number;
  end: number;
  /** Base pixels. */
  x0: number;
  x1: number;
}

/** "2019-04-25" → "2019-04"; "2019-04-25" → "2019" */
const cut = (iso: string, precision: 'month' | 'year') => {
  const negative = iso.startsWith('-');
  const [year, month] = (negative ? iso.slice(1) : iso).split('-');
  const y = `${negative ? '-' : ''}${year}`;
  return precision === 'year' || month === undefined ? y : `${y}-${month}`;
};

/**
 * modelEpisodes(undefined, events, axis, 'en') → [{ id: 'stretch-1', title: '2002', … }, …]
 */
export function modelEpisodes(
  episodes: readonly Episode[] | undefined,
  events: readonly PreparedEvent[],
  axis: TimeAxis,
  locale: Locale
): ModelEpisode[] {
  if (episodes && episodes.length > 0) {
    return episodes.map((episode) => {
      const start = parseDate(episode.start).start;
      const end = parseDate(episode.end).end;
      const title = localize(episode.title, locale);
      return {
        id: episode.id,
        title: title.text,
        lang: title.lang,
        start,
        end,
        x0: axis.scale(start),
        x1: axis.scale(end)
      };
    });
  }
  const chapters: ModelEpisode[] = [];
  axis.segments.forEach((segment, i) => {
    const inside = events.filter((e) => segment.start <= e.start && e.start < segment.end);
    if (inside.length === 0) return;
    const first = inside[0]!.event.start;
    const last = inside.at(-1)!.event.start;
    const span = inside.at(-1)!.start - inside[0]!.start;
    const byYear = span >= 12 * MONTH_MS || inside.some((e) => e.precision === 'year');
    const precision = byYear ? 'year' : 'month';
    const [from, to] = [cut(first, precision), cut(last, precision)];
    chapters.push({
      id: `stretch-${i + 1}`,
      title: formatRange(from, to === from ? undefined : to, locale),
      lang: locale,
      start: segment.start,
      end: segment.end,
      x0: segment.x0,
      x1: segment.x1
    });
  });
  return chapters;
}
