/**
 * The timeline's words in English: what the marks, the toolbar, the overview and the embed's messages
 * say. The open event's words are in en-details.ts, loaded with it; Indonesian is in id.ts and
 * id-details.ts, loaded only where it is shown (see index.ts). Dates are formatted by time/dates.ts;
 * quotes are never translated here (the dataset carries translations).
 */
import type { DurationUnit } from '../time/axis.js';
import { formatCount, type Locale } from '../time/dates.js';

export const en = {
  locale: 'en' as Locale,
  timeline: 'Timeline',
  timelineHelp:
    'Use the left and right arrow keys to move between events, Home and End for the first and last, Enter to open an event, plus and minus to zoom. Drag, or scroll sideways, to pan.',
  events: 'Events',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  overview: 'Overview: drag to move the timeline',
  overviewValue: (from: string, to: string) => `Showing ${from} to ${to}`,
  /** A cluster's name: its most important member, how many more it holds, and when. */
  clusterName: (title: string, others: number, dates: string, zooms: boolean) =>
    `${title} and ${others} more event${others === 1 ? '' : 's'}, ${dates}: ${zooms ? 'zoom in' : 'list them'}`,
  /** What a cluster's label adds to its most important member's title. */
  clusterMore: (others: number) => `+${others}`,
  episodes: 'Episodes',
  /** The list of the events' groups (a TimelineJS sheet's `Group`), with how many each holds. */
  groups: 'Groups',
  /** Between two episodes in the list for narrow screens. */
  later: (duration: string) => `${duration} later`,
  moreEvents: (count: number) => `${count} more event${count === 1 ? '' : 's'}`,
  /** A break's label: the empty time it stands for. */
  duration: (count: number, unit: DurationUnit) =>
    `${formatCount(count, 'en')} ${unit}${count === 1 ? '' : 's'}`,
  selected: (title: string, date: string) => `Opened: ${title}, ${date}`,
  closed: 'Closed the event details',
  close: 'Close',
  errors: (count: number) =>
    `${count} problem${count === 1 ? '' : 's'} in the data; the events with problems are left out:`,
  noEvents: 'There are no events to show.',
  loading: 'Loading the timeline…',
  retry: 'Try again',
  /** The link under a CORS failure, to the site's page on hosting the embed. */
  hosting: 'How to let other sites use it',
  /** Said while the words for why are on their way, or if they cannot be fetched (failures-en.ts). */
  failed: 'The timeline could not be loaded.',
  hint: 'Select an event to read what the articles said.'
};

export type Messages = typeof en;
