/**
 * The story read top to bottom, for a narrow timeline: the events in time order, gathered under the
 * episodes that hold them (and, between episodes, under the years they fall in), with the empty time
 * between two groups said in words ("6 years later"). Pure: the narrow layout (Timeline.Story.svelte)
 * draws what it returns.
 */
import type { PreparedEvent } from '../data/events.js';
import type { Messages } from '../i18n/en.js';
import { gapDuration } from '../time/axis.js';
import { DAY_MS, formatRange, MONTH_MS, type Locale } from '../time/dates.js';
import type { ModelEpisode } from './episodes.js';

export interface StoryGroup {
  /** The episode's id, or `between-<n>` for events outside every episode. */
  id: string;
  title: string;
  lang: Locale;
  /** True for an episode of the story; false for the events between episodes. */
  episode: boolean;
  /** Indexes of the group's events, in time order. */
  events: number[];
  /** The empty time since the group before, in words; '' when there is none worth saying. */
  later: string;
}

/** Gaps shorter than this are not worth saying. */
const MIN_GAP = 30 * DAY_MS;

const yearOf = (iso: string) => (iso.startsWith('-') ? `-${iso.slice(1).split('-')[0]}` : iso.split('-')[0]!);
const monthOf = (iso: string) =>
  iso
    .split('-')
    .slice(0, iso.startsWith('-') ? 3 : 2)
    .join('-');

/**
 * storyGroups(events, chapters, 'en', en) → [{ id: 'russia-2002', title: 'Putin and Kim Jong Il meet…', events: [0] }, …]
 */
export function storyGroups(
  events: readonly PreparedEvent[],
  chapters: readonly ModelEpisode[],
  locale: Locale,
  t: Messages
): StoryGroup[] {
  const groups: StoryGroup[] = [];
  let between = 0;
  let lastEnd = -Infinity;
  for (const event of events) {
    const chapter = chapters.find((c) => c.start <= event.start && event.start < c.end);
    const id = chapter ? chapter.id : null;
    const current = groups.at(-1);
    if (current && (chapter ? current.id === id : !current.episode)) {
      current.events.push(event.index);
    } else {
      const gap = event.start - lastEnd;
      const duration = gapDuration(gap);
      groups.push({
        id: id ?? `between-${++between}`,
        title: chapter ? chapter.title : '',
        lang: chapter ? chapter.lang : locale,
        episode: !!chapter,
        events: [event.index],
        later: groups.length > 0 && gap >= MIN_GAP ? t.later(t.duration(duration.count, duration.unit)) : ''
      });
    }
    lastEnd = Math.max(lastEnd, event.end);
  }
  // Events between episodes are named by the time they fall in.
  for (const group of groups) {
    if (group.episode) continue;
    const first = events[group.events[0]!]!;
    const last = events[group.events.at(-1)!]!;
    const byYear =
      last.start - first.start >= 12 * MONTH_MS || group.events.some((i) => events[i]!.precision === 'year');
    const cut = byYear ? yearOf : monthOf;
    const [from, to] = [cut(first.event.start), cut(last.event.start)];
    group.title = formatRange(from, to === from ? undefined : to, locale);
  }
  return groups;
}
