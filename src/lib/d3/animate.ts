/**
 * Animates a programmatic zoom (a button, a key, a cluster, a deep link) through d3-zoom, one
 * `zoom.transform` per frame, so d3-zoom's state and ours stay one.
 *
 * The animation stops where it is when a gesture starts (the zoom behaviour's 'start' handler calls
 * `stopAnimation` for events with a `sourceEvent`), when anything else moves the view between two
 * frames (a sideways wheel pans through `zoom.translateBy`, with no event), and when another animation
 * starts on the same node. This is ours, not d3-transition's: d3-zoom's `interrupt` never reaches it.
 */
import type { Selection } from 'd3-selection';
import { zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import type { ZoomTransform } from '../core/time/axis.js';

/** How to cancel the animation running on each node. */
const running = new WeakMap<Element, () => void>();

/** Stops the animation running on `node`, if any: the view stays where its last frame left it. */
export function stopAnimation(node: Element): void {
  running.get(node)?.();
  running.delete(node);
}

/** Cubic ease in and out: quick to start, gentle to land. */
function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * Moves `selection`'s zoom from `from` to `to` over `duration` ms; 0 jumps. Scale is interpolated in log
 * space and the point under the view's centre moves linearly, so a zoom neither lurches nor overshoots.
 * Stops the animation already running on the node first.
 */
export function animateZoom(
  selection: Selection<HTMLElement, unknown, null, undefined>,
  behavior: ZoomBehavior<HTMLElement, unknown>,
  from: ZoomTransform,
  to: ZoomTransform,
  viewWidth: number,
  duration: number
): void {
  const node = selection.node();
  const apply = (t: ZoomTransform) =>
    behavior.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
  if (node) stopAnimation(node);
  if (!node || duration <= 0) {
    apply(to);
    return;
  }
  // d3-zoom's transform as this animation last left it (d3-zoom keeps the very object it is given).
  let current = zoomTransform(node);
  const centre = viewWidth / 2;
  const c0 = (centre - from.x) / from.k;
  const c1 = (centre - to.x) / to.k;
  const start = performance.now();
  let frame = 0;
  const cancel = () => cancelAnimationFrame(frame);
  const step = (now: number) => {
    if (zoomTransform(node) !== current) {
      // Something else moved the view since the last frame: it wins.
      stopAnimation(node);
      return;
    }
    const p = ease(Math.min(1, (now - start) / duration));
    const k = from.k * (to.k / from.k) ** p;
    const c = c0 + (c1 - c0) * p;
    apply({ k, x: centre - k * c });
    current = zoomTransform(node);
    if (p < 1) frame = requestAnimationFrame(step);
    else if (running.get(node) === cancel) running.delete(node);
  };
  running.set(node, cancel);
  frame = requestAnimationFrame(step);
}
