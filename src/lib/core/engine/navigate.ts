/**
 * Where a move takes the view: pure functions from the model and the current transform to the
 * transform to go to. The state (state/timeline.svelte.ts) hands the result to d3-zoom, which owns the
 * gestures, so both always agree.
 */
import { clampTransform, fitTransform, toScreen, type ZoomTransform } from '../time/axis.js';
import { LEVEL_STEP, atMaxZoom, zoomLevel } from '../layout/levels.js';
import type { PlacedMark } from '../layout/lanes.js';
import { markOf } from '../layout/visibility.js';
import type { Model } from './model.js';

/**
 * A transform within bounds: zoom between 1 and the deepest, the axis never dragged out of the view —
 * of the part of it clear of `inset` pixels covered on the right, so that the end of the timeline can
 * be brought out from under the open event's drawer.
 *
 * bounded(model, { k: 0.5, x: 300 }) → { k: 1, x: 0 }
 */
export function bounded(model: Model, transform: ZoomTransform, inset = 0): ZoomTransform {
  const k = Math.min(model.maxK, Math.max(1, transform.k));
  return clampTransform({ k, x: transform.x }, model.axis.width, model.width - inset);
}

/**
 * Zooms by `factor` about screen x `center`, which stays where it is.
 *
 * zoomAbout(model, { k: 1, x: 0 }, 2, 640) → { k: 2, x: -640 }
 */
export function zoomAbout(model: Model, from: ZoomTransform, factor: number, center: number): ZoomTransform {
  const k = Math.min(model.maxK, Math.max(1, from.k * factor));
  // Bounded where it is used (the state's moveTo), with the drawer's inset.
  return { k, x: center - ((center - from.x) * k) / from.k };
}

/**
 * The transform at zoom `k` that puts base position `base` in the middle of the view, or of the part of
 * it left of `inset` pixels covered on the right (by the open event's drawer).
 */
export function centreOn(model: Model, base: number, k: number, inset = 0): ZoomTransform {
  return bounded(model, { k, x: (model.width - inset) / 2 - k * base }, inset);
}

/**
 * Where to go to show event `index` as a mark of its own: zoomed in just far enough to lift it out of
 * its cluster (if it is in one) and panned into view, clear of `inset` pixels covered on the right.
 * `null` when it is already on screen by itself.
 *
 * reveal(model, { k: 1, x: 0 }, 12) → { k: 4.76…, x: … } (the first level where event 12 stands alone)
 */
export function reveal(model: Model, from: ZoomTransform, index: number, inset = 0): ZoomTransform | null {
  const { k } = from;
  const clustering = !atMaxZoom(k, model.maxK);
  let target = k;
  if (markOf(model.layouts.at(zoomLevel(k), clustering), index)?.kind === 'cluster') {
    target = model.maxK;
    for (let level = zoomLevel(k) * LEVEL_STEP; level < model.maxK; level *= LEVEL_STEP) {
      if (markOf(model.layouts.at(zoomLevel(level), true), index)?.kind === 'event') {
        target = level;
        break;
      }
    }
  }
  const base = model.baseX[index]!;
  const g = model.geometry;
  const sx = target === k ? toScreen(from, base) : target * base;
  if (target === k && sx >= g.edge && sx <= model.width - inset - g.edge - g.revealRoom) return null;
  return centreOn(model, base, target, inset);
}

/**
 * Where to go to open a cluster: zoomed until its members spread across most of the view. `null` at
 * the deepest zoom, where no zoom can spread them (the members are listed instead).
 */
export function expand(model: Model, from: ZoomTransform, cluster: PlacedMark): ZoomTransform | null {
  if (atMaxZoom(from.k, model.maxK)) return null;
  const [x0, x1] = [model.baseX[cluster.first]!, model.baseX[cluster.last]!];
  return bounded(model, fitTransform(x0, x1, model.width, [1, model.maxK], 0.6));
}
