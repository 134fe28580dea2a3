/**
 * The model of a timeline: everything about what it shows that does not change while the reader pans or
 * zooms. Built once per dataset, width and language; every frame (frame.ts) is computed from it.
 *
 *   events ──prepareEvents──▶ sorted, dates parsed ──┐
 *   titles ──measure────────▶ label widths ──────────┼──buildModel──▶ axis, base x, layouts by level,
 *   width  ──geometryFor────▶ sizes ─────────────────┘                bar ends, overview, deepest zoom
 */
import { eventAnchors, type PreparedEvent } from '../data/events.js';
import type { Messages } from '../i18n/en.js';
import { localize } from '../i18n/index.js';
import { barEnds, type BarEnds } from '../layout/bars.js';
import type { Geometry } from '../layout/geometry.js';
import type { Measure } from '../layout/measure.js';
import { LayoutCache } from '../layout/levels.js';
import { buildTimeAxis, maxZoom, type TimeAxis } from '../time/axis.js';
import type { Locale } from '../time/dates.js';
import { overviewModel, type OverviewModel } from './overview.js';

export interface ModelInput {
  events: readonly PreparedEvent[];
  /** Each event's label width, from `labelWidths`. */
  labelWidths: Float64Array;
  /** The view's width in pixels. */
  width: number;
  geometry: Geometry;
  locale: Locale;
  t: Messages;
  /** Measures cluster labels ("3 events"). */
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
  overview: OverviewModel;
}

/**
 * The width each event's title needs as a label, in the reader's language — its text and the label's
 * padding and border (`pad`) — capped.
 *
 * labelWidths(events, 'en', estimateWidth, 260, 8) → Float64Array [188.5, 104.2, …]
 */
export function labelWidths(
  events: readonly PreparedEvent[],
  locale: Locale,
  measure: Measure,
  maxLabel: number,
  pad = 0
): Float64Array {
  return Float64Array.from(events, (e) =>
    Math.min(maxLabel, measure(localize(e.event.title, locale).text) + pad)
  );
}

/**
 * buildModel({ events, labelWidths, width: 1280, geometry: GEOMETRY, locale: 'en', t: en, measure })
 *   → { axis, baseX, maxK, layouts, bars, overview, … }
 */
export function buildModel(input: ModelInput): Model {
  const { events, width, geometry, t, measure } = input;
  const axis = buildTimeAxis(eventAnchors(events), width, geometry);
  const baseX = Float64Array.from(events, (e) => axis.scale(e.start));
  const layouts = new LayoutCache(baseX, input.labelWidths, {
    lanes: geometry.lanes,
    clusterGap: geometry.clusterGap,
    maxClusterSpan: geometry.maxClusterSpan,
    gap: geometry.gap,
    dot: geometry.dot,
    minLabel: geometry.minLabel,
    limit: axis.width,
    clusterLabelWidth: (count) => measure(t.clusterLabel(count)) + geometry.clusterLabelPad
  });
  return {
    ...input,
    axis,
    baseX,
    maxK: maxZoom(axis, width, geometry.daysInView),
    layouts,
    bars: barEnds(events, baseX, axis.scale),
    overview: overviewModel(events, width, input.locale, geometry)
  };
}
