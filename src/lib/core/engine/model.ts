/**
 * The model of a timeline: everything about what it shows that does not change while the reader pans or
 * zooms. Built once per dataset, width and language; every frame (frame.ts) is computed from it.
 *
 *   events ──prepareEvents──▶ sorted, dates parsed ──┐
 *   titles ──measure────────▶ labels (cut at words) ─┼──buildModel──▶ axis, base x, layouts by level,
 *   width  ──geometryFor────▶ sizes ─────────────────┤                bar ends, episodes, overview,
 *   episodes (or the axis's own stretches) ──────────┘                deepest zoom
 */
import { eventAnchors, type PreparedEvent } from '../data/events.js';
import type { Episode } from '../data/schema.js';
import type { Messages } from '../i18n/en.js';
import { localize } from '../i18n/index.js';
import { barEnds, type BarEnds } from '../layout/bars.js';
import type { Geometry } from '../layout/geometry.js';
import { Labels } from '../layout/labels.js';
import { PRIORITY } from '../layout/lanes.js';
import type { Measure } from '../layout/measure.js';
import { LayoutCache } from '../layout/levels.js';
import { buildTimeAxis, maxZoom, type TimeAxis } from '../time/axis.js';
import type { Locale } from '../time/dates.js';
import { modelEpisodes, type ModelEpisode } from './episodes.js';
import { overviewModel, type OverviewModel } from './overview.js';

export interface ModelInput {
  events: readonly PreparedEvent[];
  /** The dataset's episodes; without them, the axis's stretches between breaks are named instead. */
  episodes?: readonly Episode[];
  /** The events' labels in the reader's language, from `eventLabels`. */
  labels: Labels;
  /** The view's width in pixels. */
  width: number;
  geometry: Geometry;
  locale: Locale;
  t: Messages;
  /** Measures text at the labels' size. */
  measure: Measure;
}

export interface Model extends ModelInput {
  axis: TimeAxis;
  /** Each event's start in base pixels (zoom 1), in event order. */
  baseX: Float64Array;
  /** The deepest zoom: a few days of the busiest stretch across the view. */
  maxK: number;
  layouts: LayoutCache;
  bars: BarEnds;
  chapters: ModelEpisode[];
  overview: OverviewModel;
  /** What a cluster's label adds to its top member's title, by how many others it holds. */
  suffixWidth: (others: number) => number;
}

/**
 * The events' titles as labels in the reader's language, measured once, cut after words on demand.
 *
 * eventLabels(events, 'en', measure, GEOMETRY).widths[i] → label i's whole width, padding included
 */
export function eventLabels(
  events: readonly PreparedEvent[],
  locale: Locale,
  measure: Measure,
  geometry: Pick<Geometry, 'labelPad' | 'maxLabel' | 'maxHeadline'>
): Labels {
  const titles = events.map((e) => localize(e.event.title, locale).text);
  // A headline may take more room: it is always named, whole where it can be.
  const max = (i: number) =>
    events[i]!.event.importance === 'headline' ? geometry.maxHeadline : geometry.maxLabel;
  return new Labels(titles, measure, 2 * geometry.labelPad, max, locale);
}

/**
 * buildModel({ events, labels, width: 1280, geometry: GEOMETRY, locale: 'en', t: en, measure })
 *   → { axis, baseX, maxK, layouts, bars, chapters, overview, … }
 */
export function buildModel(input: ModelInput): Model {
  const { events, width, geometry: g, t, measure, labels } = input;
  // Break labels are set smaller than event labels.
  const small = (text: string) => (measure(text) * g.smallText) / g.labelText;
  const axis = buildTimeAxis(eventAnchors(events), width, {
    breakWidth: g.breakWidth,
    margin: g.margin,
    minSegment: g.minSegment,
    breakLabelWidth: (d) => small(t.duration(d.count, d.unit)) + 2 * g.labelPad + 4
  });
  const baseX = Float64Array.from(events, (e) => axis.scale(e.start));
  const priorities = Uint8Array.from(events, (e) => PRIORITY[e.event.importance ?? 'major']);
  const suffixWidth = (others: number) => Math.ceil(measure(` ${t.clusterMore(others)}`));
  const layouts = new LayoutCache(
    baseX,
    labels.widths,
    {
      lanes: g.lanes,
      clusterGap: g.clusterGap,
      maxClusterSpan: g.maxClusterSpan,
      gap: g.gap,
      dot: g.dot,
      minLabel: g.minLabel,
      minCut: g.minCut,
      limit: axis.width,
      clusterSuffixWidth: suffixWidth,
      fit: (index, room) => labels.fit(index, room)
    },
    priorities
  );
  const chapters = modelEpisodes(input.episodes, events, axis, input.locale);
  return {
    ...input,
    axis,
    baseX,
    maxK: maxZoom(axis, width, g.daysInView),
    layouts,
    bars: barEnds(events, baseX, axis.scale),
    chapters,
    overview: overviewModel(events, width, input.locale, g, chapters),
    suffixWidth
  };
}
